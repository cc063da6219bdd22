import type { ImportPlan } from './types'

/** True when the plan can be committed as it stands: no header problem, and every problem row skipped. */
export function planIsCommittable(plan: ImportPlan): boolean {
  if (plan.headerBlocked || plan.people.length === 0) return false
  return plan.problemRows.length === 0 || plan.skippedRows.length === plan.problemRows.length
}
