import { useI18n, type Composer } from 'vue-i18n'
import { shownActions, type ShownAction } from '../domain/planner/shownActions'
import type { PlanResult } from '../domain/planner/types'
import { usePlanText } from './usePlanText'

/** A plan as a table in the current language: the CSV export and the workbook's Plan sheet. */
export interface PlanTable {
  header: string[]
  rows: (string | number)[][]
}

const COLUMNS = ['action', 'who', 'skill', 'from', 'to', 'cost', 'reason', 'mentor', 'course', 'sessions'] as const

/**
 * The plan's actions as the page shows them (hires of one role as one row), one row each: action,
 * who, skill, from, to, cost, reason, then a mentorship's mentor and a course's resource and
 * sessions × seats; then the total.
 */
export function usePlanTable() {
  return createPlanTable(useI18n().t, usePlanText())
}

/** usePlanTable outside a component's setup, from the messages and the plan's texts. */
export function createPlanTable(t: Composer['t'], text: ReturnType<typeof usePlanText>) {
  function row(action: ShownAction): (string | number)[] {
    const kind = t(`plan.kind.${action.kind}`)
    const reason = text.actionReason(action)
    switch (action.kind) {
      case 'train':
      case 'mentor':
        return [
          kind,
          text.personName(action.personId),
          text.skillName(action.skillId),
          text.levelText(action.fromLevel),
          text.levelText(action.toLevel),
          action.cost,
          reason,
          action.kind === 'mentor' ? text.personName(action.mentorId) : '',
          '',
          '',
        ]
      case 'course':
        return [
          kind,
          action.attendees.map((a) => text.personName(a.personId)).join(', '),
          action.holders.map((h) => `${text.skillName(h.skillId)} (${h.count})`).join(', '),
          '',
          '',
          action.cost,
          reason,
          '',
          text.resourceTitle(action.resourceId),
          action.sessions === null || action.seats === null
            ? t('plan.csv.selfPaced')
            : `${action.sessions} × ${action.seats}`,
        ]
      case 'hire': {
        const role = text.roleName(action.roleId)
        return [
          kind,
          action.count > 1 ? `${action.count} × ${role}` : role,
          '',
          '',
          '',
          action.cost,
          reason,
          '',
          '',
          '',
        ]
      }
    }
  }

  return function planTable(result: PlanResult): PlanTable {
    const header = COLUMNS.map((key) => t(`plan.csv.${key}`))
    const total = [
      t('plan.csv.total'),
      '',
      '',
      '',
      '',
      result.totalCost,
      `${result.status}: ${text.statusText(result)}`,
      '',
      '',
      '',
    ]
    return { header, rows: [...shownActions(result.actions).map(row), total] }
  }
}
