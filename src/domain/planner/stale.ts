import type { Resilience, WorkspaceData } from '../types'
import type { PlanLimits } from './types'

/** What changed since a plan was made, in the order the page names them. */
export type StaleReason = 'budget' | 'maxHires' | 'resilience' | 'costModel' | 'availability' | 'data'

/** What a plan was made from (or what the page holds now). */
export interface PlanSource {
  data: WorkspaceData
  limits: PlanLimits
  resilience: Resilience
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** True when the people differ in anything but who is available for training. */
function peopleChanged(before: WorkspaceData['people'], after: WorkspaceData['people']): boolean {
  if (before === after) return false
  if (before.length !== after.length) return true
  return before.some((person, i) => {
    const other = after[i]
    return person !== other && (!other || !sameJson({ ...person, trainable: true }, { ...other, trainable: true }))
  })
}

function availabilityChanged(before: WorkspaceData['people'], after: WorkspaceData['people']): boolean {
  if (before === after) return false
  const was = new Map(before.map((p) => [p.id, p.trainable]))
  return after.some((p) => was.has(p.id) && was.get(p.id) !== p.trainable)
}

/**
 * Why a plan made from `made` no longer matches `now` (empty: it still does). Data is compared by
 * identity first (every edit replaces what it touches), so this stays cheap for large teams.
 */
export function planStaleReasons(made: PlanSource, now: PlanSource): StaleReason[] {
  const reasons: StaleReason[] = []
  if (made.limits.budget !== now.limits.budget) reasons.push('budget')
  if (made.limits.maxHires !== now.limits.maxHires) reasons.push('maxHires')
  if (made.resilience !== now.resilience) reasons.push('resilience')
  const before = made.data
  const after = now.data
  if (before === after) return reasons
  if (!sameJson(before.workspace.costModel, after.workspace.costModel)) reasons.push('costModel')
  if (availabilityChanged(before.people, after.people)) reasons.push('availability')
  const dataChanged =
    before.workspace.ratingSource !== after.workspace.ratingSource ||
    before.skills !== after.skills ||
    before.roles !== after.roles ||
    before.ratings !== after.ratings ||
    before.resources !== after.resources ||
    peopleChanged(before.people, after.people)
  if (dataChanged) reasons.push('data')
  return reasons
}
