import type { LegacyHighs, LegacyHighsOptions } from 'highs'
import type { LpOutcome } from '../domain/planner/types'

/**
 * Exact settings: no relative MIP gap, an absolute gap far below one cost unit (the planner's
 * objective is a whole number), so "Optimal" means proven optimal.
 */
export const EXACT_OPTIONS: LegacyHighsOptions = {
  output_flag: false,
  mip_rel_gap: 0,
  mip_abs_gap: 1e-6,
  time_limit: 120,
}

/**
 * A small covering MILP shaped like the planner's (cover rows, per-person caps, general integers).
 * The first solves of a fresh wasm instance run several times slower until the engine tiers up;
 * solving this once after loading pays most of that before the user's first plan.
 */
export function warmUpLp(people = 12, skills = 6): string {
  let state = 7
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n
  }
  const objective: string[] = []
  const cover: string[][] = Array.from({ length: skills }, (_, s) => [`u${s}`])
  const rows: string[] = []
  const binaries: string[] = []
  for (let p = 0; p < people; p++) {
    const mine: string[] = []
    for (let s = 0; s < skills; s++) {
      if (next(4) !== 0) continue
      const name = `t${p}_${s}`
      objective.push(`${1 + next(6)} ${name}`)
      cover[s]?.push(name)
      mine.push(name)
      binaries.push(name)
    }
    if (mine.length > 2) rows.push(` p${p}: ${mine.join(' + ')} <= 2`)
  }
  for (let r = 0; r < 4; r++) {
    const name = `h${r}`
    objective.push(`${8 + next(5)} ${name}`)
    for (let s = r; s < skills; s += 4 + r) cover[s]?.push(name)
  }
  cover.forEach((terms, s) => rows.push(` c${s}: ${terms.join(' + ')} >= ${1 + next(3)}`))
  const generals = [
    ...Array.from({ length: 4 }, (_, r) => `h${r}`),
    ...Array.from({ length: skills }, (_, s) => `u${s}`),
  ]
  return [
    'Minimize',
    ` obj: ${[...Array.from({ length: skills }, (_, s) => `500 u${s}`), ...objective].join(' + ')}`,
    'Subject To',
    ...rows,
    'Bounds',
    ...generals.map((g) => ` 0 <= ${g} <= 3`),
    'General',
    ` ${generals.join(' ')}`,
    'Binary',
    ` ${binaries.join(' ')}`,
    'End',
    '',
  ].join('\n')
}

export const WARM_UP_LP = warmUpLp()

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
  const status =
    solution.Status === 'Optimal'
      ? 'optimal'
      : hasValues && solution.Status === 'Time limit reached'
        ? 'feasible'
        : 'failed'
  const outcome: LpOutcome = { status, detail: solution.Status, objective: solution.ObjectiveValue, values, solveMs }
  if (typeof options.time_limit === 'number') outcome.timeLimitSeconds = options.time_limit
  return outcome
}
