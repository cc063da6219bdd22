import { useI18n } from 'vue-i18n'
import type { PlanResult } from '../domain/planner/types'
import { buildPlanCsv } from '../io/planCsv'
import { usePlanText } from './usePlanText'

/** The plan as a CSV file, downloaded from a Blob: nothing leaves the browser. */
export function usePlanExport() {
  const { t } = useI18n()
  const text = usePlanText()

  function planCsv(result: PlanResult): string {
    const header = ['action', 'who', 'skill', 'from', 'to', 'cost', 'reason'].map((key) => t(`plan.csv.${key}`))
    const rows = result.actions.map((action) => {
      switch (action.kind) {
        case 'train':
        case 'mentor':
          return [t(`plan.kind.${action.kind}`), text.personName(action.personId), text.skillName(action.skillId), text.levelText(action.fromLevel), text.levelText(action.toLevel), action.cost, text.actionReason(action)]
        case 'course':
          return [t('plan.kind.course'), text.actionTitle(action), '', '', '', action.cost, text.actionReason(action)]
        case 'hire':
          return [t('plan.kind.hire'), text.roleName(action.roleId), '', '', '', action.cost, text.actionReason(action)]
      }
    })
    const total = [t('plan.csv.total'), '', '', '', '', result.totalCost, `${result.status}: ${text.statusText(result)}`]
    return buildPlanCsv(header, [...rows, total])
  }

  function download(result: PlanResult) {
    const blob = new Blob([planCsv(result)], { type: 'text/csv;charset=utf-8' })
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = `skillgrid-plan-${new Date().toISOString().slice(0, 10)}.csv`
    document.body.append(link)
    link.click()
    link.remove()
    // Give the browser a moment to start the download before the URL goes.
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }

  return { planCsv, download }
}
