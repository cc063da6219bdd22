import { scaled, type PlanModel } from './model'

export const trainColumn = (i: number) => `t${i}`
export const hireColumn = (j: number) => `h${j}`
export const unmetColumn = (k: number) => `u${k}`

/** Writes `terms` (coefficient, column) as LP text, a few per line: the LP reader limits line length. */
function linear(terms: readonly (readonly [number, string])[]): string {
  const parts = terms.map(([coefficient, column], i) => {
    const sign = coefficient < 0 ? '-' : i === 0 ? '' : '+'
    const size = Math.abs(coefficient)
    return `${sign} ${size === 1 ? '' : `${size} `}${column}`.trim()
  })
  const lines: string[] = []
  for (let i = 0; i < parts.length; i += 12) lines.push(parts.slice(i, i + 12).join(' '))
  return lines.join('\n  ')
}

export interface LpSize {
  rows: number
  columns: number
}

/**
 * The model as CPLEX LP text for HiGHS:
 *   minimise  W·Σ u_s + Σ cost·t_ps + Σ cost·h_r
 *   cover s:  Σ_p t_ps + Σ_r h_r [r covers s] + u_s ≥ need(s)
 *   cap p:    Σ_s t_ps ≤ K
 *   budget:   Σ cost·t + Σ cost·h ≤ budget          (when set; unrounded costs)
 *   hires:    Σ h_r ≤ max hires                      (when set)
 * t binary, h and u whole numbers (0 ≤ h_r ≤ largest need it covers, 0 ≤ u_s ≤ need(s)).
 */
export function modelToLp(model: PlanModel): { text: string; size: LpSize } {
  const { needy, candidates, hires, costScale } = model
  const rowOfSkill = new Map(needy.map((n, k) => [n.skillIndex, k]))
  const coverTerms: [number, string][][] = needy.map(() => [])
  const personTerms = new Map<number, [number, string][]>()
  const objective: [number, string][] = []
  const costTerms: [number, string][] = []
  needy.forEach((_, k) => objective.push([model.unmetWeight, unmetColumn(k)]))
  candidates.forEach((c, i) => {
    const column = trainColumn(i)
    const cost = scaled(c.cost, costScale)
    if (cost !== 0) objective.push([cost, column])
    if (c.cost !== 0) costTerms.push([c.cost, column])
    coverTerms[rowOfSkill.get(c.skillIndex) ?? -1]?.push([1, column])
    const terms = personTerms.get(c.personIndex) ?? []
    terms.push([1, column])
    personTerms.set(c.personIndex, terms)
  })
  hires.forEach((h, j) => {
    const column = hireColumn(j)
    const cost = scaled(h.cost, costScale)
    if (cost !== 0) objective.push([cost, column])
    if (h.cost !== 0) costTerms.push([h.cost, column])
    for (const s of h.covers) coverTerms[rowOfSkill.get(s) ?? -1]?.push([1, column])
  })
  const rows: string[] = []
  needy.forEach((n, k) => rows.push(`c${k}: ${linear([...(coverTerms[k] ?? []), [1, unmetColumn(k)]])} >= ${n.need}`))
  for (const [personIndex, terms] of personTerms) {
    if (terms.length > model.maxPerPerson) rows.push(`p${personIndex}: ${linear(terms)} <= ${model.maxPerPerson}`)
  }
  if (model.budget !== null && costTerms.length) rows.push(`budget: ${linear(costTerms)} <= ${model.budget}`)
  if (model.maxHires !== null && hires.length) rows.push(`hires: ${linear(hires.map((_, j) => [1, hireColumn(j)] as const))} <= ${model.maxHires}`)
  const bounds = [
    ...hires.map((h, j) => ` 0 <= ${hireColumn(j)} <= ${model.maxHires === null ? h.maxUseful : Math.min(h.maxUseful, model.maxHires)}`),
    ...needy.map((n, k) => ` 0 <= ${unmetColumn(k)} <= ${n.need}`),
  ]
  const generals = [...hires.map((_, j) => hireColumn(j)), ...needy.map((_, k) => unmetColumn(k))]
  const binaries = candidates.map((_, i) => trainColumn(i))
  const chunk = (names: string[]) => Array.from({ length: Math.ceil(names.length / 16) }, (_, i) => ` ${names.slice(i * 16, i * 16 + 16).join(' ')}`)
  const text = [
    'Minimize',
    ` obj: ${objective.length ? linear(objective) : '0 u0'}`,
    'Subject To',
    ...rows.map((row) => ` ${row}`),
    'Bounds',
    ...bounds,
    ...(generals.length ? ['General', ...chunk(generals)] : []),
    ...(binaries.length ? ['Binary', ...chunk(binaries)] : []),
    'End',
    '',
  ].join('\n')
  return { text, size: { rows: rows.length, columns: candidates.length + hires.length + needy.length } }
}
