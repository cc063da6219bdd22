import type { LegacyHighs, LegacyHighsOptions } from 'highs'
import type { LpOutcome } from '../domain/planner/types'

/**
 * Exact settings: no relative MIP gap, an absolute gap far below one cost unit (the planner's
 * objective is a whole number), so "Optimal" means proven optimal.
 */
export const EXACT_OPTIONS: LegacyHighsOptions = { output_flag: false, mip_rel_gap: 0, mip_abs_gap: 1e-6, time_limit: 120 }

/** A tiny MILP: the first solve of a fresh instance is several times slower (tier-up). */
export const WARM_UP_LP = 'Minimize\n obj: x + 2 y\nSubject To\n c: x + y >= 1\nBinary\n x y\nEnd\n'

const now = () => globalThis.performance?.now() ?? Date.now()

/** Solves LP-format text and keeps only the non-zero column values (small worker messages). */
export function solveLpText(highs: LegacyHighs, lp: string, options: LegacyHighsOptions = EXACT_OPTIONS): LpOutcome {
  const started = now()
  const solution = highs.solve(lp, options)
  const solveMs = now() - started
  const values: Record<string, number> = {}
  let hasValues = false
  for (const [name, column] of Object.entries(solution.Columns)) {
    if ('Primal' in column && typeof column.Primal === 'number') {
      hasValues = true
      if (column.Primal !== 0) values[name] = column.Primal
    }
  }
  const status = solution.Status === 'Optimal' ? 'optimal' : hasValues && solution.Status === 'Time limit reached' ? 'feasible' : 'failed'
  return { status, detail: solution.Status, objective: solution.ObjectiveValue, values, solveMs }
}
