import { parsePlanResult } from '../domain/planner/validate'
import type { PlanResult } from '../domain/planner/types'
import { RESILIENCE_MODES } from '../domain/types'
import { isPackedPeopleAndRatings, type PackedPlannerInput } from './packedInput'

/** Main thread → solver worker: make the whole plan (model, exact solve, explanations) off the main thread. */
export interface PlanRequest {
  type: 'plan'
  id: number
  input: PackedPlannerInput
}

/** Solver worker → main thread. `loadMs` is set on the reply that had to load HiGHS first. */
export type SolverReply =
  | { type: 'planned'; id: number; result: PlanResult; loadMs: number | null }
  | { type: 'failed'; id: number; message: string }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function isPlanRequest(value: unknown): value is PlanRequest {
  if (!isRecord(value) || value.type !== 'plan' || typeof value.id !== 'number' || !isRecord(value.input)) return false
  const { skills, roles, costModel, limits, resources, resilience } = value.input
  const optionalResources = resources === undefined || Array.isArray(resources)
  const optionalResilience =
    resilience === undefined ||
    (typeof resilience === 'string' && (RESILIENCE_MODES as readonly string[]).includes(resilience))
  return (
    Array.isArray(skills) &&
    isPackedPeopleAndRatings(value.input) &&
    Array.isArray(roles) &&
    isRecord(costModel) &&
    isRecord(limits) &&
    optionalResources &&
    optionalResilience
  )
}

/** Worker messages are checked, not trusted: a malformed reply is null (the caller treats it as a failure). */
export function parseSolverReply(value: unknown): SolverReply | null {
  if (!isRecord(value) || typeof value.id !== 'number') return null
  if (value.type === 'failed')
    return { type: 'failed', id: value.id, message: typeof value.message === 'string' ? value.message : '' }
  if (value.type !== 'planned') return null
  const result = parsePlanResult(value.result)
  const loadMs = typeof value.loadMs === 'number' ? value.loadMs : null
  return result ? { type: 'planned', id: value.id, result, loadMs } : null
}
