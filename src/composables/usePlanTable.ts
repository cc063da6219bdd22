import { useI18n } from 'vue-i18n'
import type { PlanResult } from '../domain/planner/types'
import { usePlanText } from './usePlanText'

/** A plan as a table in the current language: the CSV export and the workbook's Plan sheet. */
export interface PlanTable {
  header: string[]
  rows: (string | number)[][]
}

/** The plan's actions as rows (action, who, skill, from, to, cost, reason), then the total. */
export function usePlanTable() {
  const { t } = useI18n()
  const text = usePlanText()

  return function planTable(result: PlanResult): PlanTable {
    const header = ['action', 'who', 'skill', 'from', 'to', 'cost', 'reason'].map((key) => t(`plan.csv.${key}`))
    const rows = result.actions.map((action): (string | number)[] => {
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
    return { header, rows: [...rows, total] }
  }
}
