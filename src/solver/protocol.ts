import type { LpOutcome } from '../domain/planner/types'

/** Main thread → solver worker. */
export interface SolveRequest {
  type: 'solve'
  id: number
  lp: string
}

/** Solver worker → main thread. `loadMs` is set on the reply that had to load HiGHS first. */
export type SolverReply =
  | { type: 'solved'; id: number; outcome: LpOutcome; loadMs: number | null }
  | { type: 'failed'; id: number; message: string }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function isSolveRequest(value: unknown): value is SolveRequest {
  return isRecord(value) && value.type === 'solve' && typeof value.id === 'number' && typeof value.lp === 'string'
}

function parseOutcome(value: unknown): LpOutcome | null {
  if (!isRecord(value)) return null
  const { status, detail, objective, values, solveMs } = value
  if (status !== 'optimal' && status !== 'feasible' && status !== 'failed') return null
  if (typeof detail !== 'string' || typeof objective !== 'number' || typeof solveMs !== 'number' || !isRecord(values)) return null
  const checked: Record<string, number> = {}
  for (const [name, v] of Object.entries(values)) {
    if (typeof v !== 'number' || !Number.isFinite(v)) return null
    checked[name] = v
  }
  return { status, detail, objective, values: checked, solveMs }
}

/** Worker messages are checked, not trusted: a malformed reply is reported as a failure. */
export function parseSolverReply(value: unknown): SolverReply | null {
  if (!isRecord(value) || typeof value.id !== 'number') return null
  if (value.type === 'failed') return { type: 'failed', id: value.id, message: typeof value.message === 'string' ? value.message : '' }
  if (value.type !== 'solved') return null
  const outcome = parseOutcome(value.outcome)
  const loadMs = typeof value.loadMs === 'number' ? value.loadMs : null
  return outcome ? { type: 'solved', id: value.id, outcome, loadMs } : null
}
