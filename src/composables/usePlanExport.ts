import { useI18n } from 'vue-i18n'
import type { PlanResult } from '../domain/planner/types'
import { useExportStore, type ExportFile } from '../stores/export'
import { usePlanText } from './usePlanText'

/** The plan as a CSV file in the current language. */
export function usePlanExport() {
  const { t } = useI18n()
  const text = usePlanText()
  const exports = useExportStore()

  function planFile(result: PlanResult): ExportFile {
    const header = ['action', 'who', 'skill', 'from', 'to', 'cost', 'reason'].map((key) => t(`plan.csv.${key}`))
    const rows = result.actions.map((action) => {
      switch (action.kind) {
        case 'train':
        case 'mentor':
          return [
            t(`plan.kind.${action.kind}`),
            text.personName(action.personId),
            text.skillName(action.skillId),
            text.levelText(action.fromLevel),
            text.levelText(action.toLevel),
            action.cost,
            text.actionReason(action),
          ]
        case 'course':
          return [t('plan.kind.course'), text.actionTitle(action), '', '', '', action.cost, text.actionReason(action)]
        case 'hire':
          return [t('plan.kind.hire'), text.roleName(action.roleId), '', '', '', action.cost, text.actionReason(action)]
      }
    })
    const total = [
      t('plan.csv.total'),
      '',
      '',
      '',
      '',
      result.totalCost,
      `${result.status}: ${text.statusText(result)}`,
    ]
    return exports.planFile(header, [...rows, total])
  }

  return { planFile }
}
