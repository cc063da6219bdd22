import type { Id } from '../types'
import { roundCost } from './result'
import type { ClosedNeed, CourseAction, MentorAction, PlanAction, TrainAction } from './types'

/** Every hire of one role in a plan, shown as one action ("Hire 2 × Moderator"). */
export interface HireGroup {
  kind: 'hire'
  roleId: Id
  count: number
  /** One hire's cost. */
  unitCost: number
  /** All of them together. */
  cost: number
  closes: ClosedNeed[]
}

/** An action as the page, the CSV and saved scenarios show it. */
export type ShownAction = TrainAction | MentorAction | CourseAction | HireGroup

/** The plan's actions in their order, with the hires of one role merged where the first of them stood. */
export function shownActions(actions: readonly PlanAction[]): ShownAction[] {
  const shown: ShownAction[] = []
  const groups = new Map<Id, HireGroup>()
  for (const action of actions) {
    if (action.kind !== 'hire') {
      shown.push(action)
      continue
    }
    const group = groups.get(action.roleId)
    if (group) {
      group.count++
      group.cost = roundCost(group.cost + action.cost)
      group.closes.push(...action.closes)
      continue
    }
    const first: HireGroup = {
      kind: 'hire',
      roleId: action.roleId,
      count: 1,
      unitCost: action.cost,
      cost: action.cost,
      closes: [...action.closes],
    }
    groups.set(action.roleId, first)
    shown.push(first)
  }
  return shown
}
