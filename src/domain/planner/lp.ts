import { scaled, type PlanModel } from './model'

export const trainColumn = (i: number) => `t${i}`
export const mentorColumn = (i: number) => `m${i}`
export const attendColumn = (i: number) => `a${i}`
export const sessionColumn = (k: number) => `n${k}`
export const assignColumn = (j: number) => `g${j}`
export const holderColumn = (j: number) => `y${j}`
export const hireColumn = (j: number) => `h${j}`
export const unmetColumn = (k: number) => `u${k}`
export const uncoveredColumn = (k: number) => `v${k}`

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
 * Weights of the first three priorities in one whole-number objective (docs/planner.md proves
 * them safe): missing holders count 1 each (at most D = Σ need), an uncovered skill
 * D + 1 (more than any change in missing holders), an uncovered critical skill one more
 * W₁ = (D + 1)·V + D + 1 (more than any change in the two below; V = skills that can stay uncovered).
 */
export interface TierWeights {
  missing: 1
  uncovered: number
  critical: number
}

export function tierWeights(model: PlanModel): TierWeights {
  const total = model.needy.reduce((sum, n) => sum + n.need, 0)
  const uncovered = total + 1
  const canStayUncovered = model.needy.filter((n) => n.holders === 0).length
  return { missing: 1, uncovered, critical: uncovered * canStayUncovered + total + 1 }
}

/** Tier value of (critical uncovered, uncovered, missing) under `tierWeights`. */
export function tierValue(weights: TierWeights, criticalUncovered: number, uncovered: number, missing: number): number {
  return weights.critical * criticalUncovered + weights.uncovered * uncovered + missing
}

/**
 * What a solve minimises: `tiers` — the first three priorities (critical skills uncovered,
 * skills uncovered, missing holders) as one whole number; `cost` — total cost in 1/costScale
 * units, with the tier value held at most `tierBound` (the optimum of the `tiers` solve).
 */
export type LpObjective = { kind: 'tiers' } | { kind: 'cost'; tierBound: number }

/** One (person, skill) a plan can make a holder in more than one way: y ≤ Σ those ways. */
interface HolderLink {
  personIndex: number
  skillIndex: number
  sources: string[]
}

/**
 * The model as CPLEX LP text for HiGHS (docs/planner.md, "Model"):
 *   cover s:    Σ holders(p, s) + Σ_r h_r [r covers s] + u_s ≥ need(s)
 *               holders(p, s) is the one column making p a holder of s, or y_ps ≤ Σ of them (≤ 1)
 *   load p:     Σ_s t_ps + Σ_s m_ps + Σ_k a_pk ≤ K
 *   mentors:    Σ_q g_qs ≥ Σ_p m_ps per skill, Σ_s g_qs ≤ menteesPerMentor per mentor q
 *   sessions k: seats_k · n_k ≥ Σ_p a_pk
 *   uncovered:  u_s − v_s ≤ need(s) − 1 for skills with no holder (v_s = 1: it stays uncovered)
 *   budget:     Σ cost · columns ≤ budget (in the same whole units), hires: Σ h ≤ max hires
 *   tier:       (cost solve only) W₁ Σ_critical v + W₂ Σ v + Σ u ≤ tierBound
 */
export function modelToLp(
  model: PlanModel,
  objective: LpObjective = { kind: 'tiers' },
): { text: string; size: LpSize } {
  const { needy, candidates, mentorships, attendances, courses, hires, costScale } = model
  const rowOfSkill = new Map(needy.map((n, k) => [n.skillIndex, k]))
  const coverTerms: [number, string][][] = needy.map(() => [])
  const personTerms = new Map<number, [number, string][]>()
  const costTerms: [number, string][] = []
  const addLoad = (personIndex: number, column: string) => {
    const terms = personTerms.get(personIndex) ?? []
    terms.push([1, column])
    personTerms.set(personIndex, terms)
  }
  const addCost = (cost: number, column: string) => {
    const units = scaled(cost, costScale)
    if (units !== 0) costTerms.push([units, column])
  }
  // Every way each (person, skill) can become a holder.
  const ways = new Map<string, HolderLink>()
  const way = (personIndex: number, skillIndex: number, column: string) => {
    const key = `${personIndex}:${skillIndex}`
    const link = ways.get(key) ?? { personIndex, skillIndex, sources: [] }
    link.sources.push(column)
    ways.set(key, link)
  }
  candidates.forEach((c, i) => {
    const column = trainColumn(i)
    addCost(c.cost, column)
    addLoad(c.personIndex, column)
    way(c.personIndex, c.skillIndex, column)
  })
  const menteesOf = new Map<number, string[]>()
  mentorships.forEach((c, i) => {
    const column = mentorColumn(i)
    addCost(c.cost, column)
    addLoad(c.personIndex, column)
    way(c.personIndex, c.skillIndex, column)
    menteesOf.set(c.skillIndex, [...(menteesOf.get(c.skillIndex) ?? []), column])
  })
  const courseRow = new Map(courses.map((c, k) => [c.resourceIndex, k]))
  const attendeesOf: string[][] = courses.map(() => [])
  attendances.forEach((a, i) => {
    const column = attendColumn(i)
    const course = courses[courseRow.get(a.resourceIndex) ?? -1]
    if (course) addCost(course.costPerSeat, column)
    attendeesOf[courseRow.get(a.resourceIndex) ?? -1]?.push(column)
    addLoad(a.personIndex, column)
    for (const s of a.skills) way(a.personIndex, s.skillIndex, column)
  })
  courses.forEach((c, k) => {
    if (c.seats !== null) addCost(c.costPerSession, sessionColumn(k))
  })
  hires.forEach((h, j) => {
    const column = hireColumn(j)
    addCost(h.cost, column)
    for (const s of h.covers) coverTerms[rowOfSkill.get(s) ?? -1]?.push([1, column])
  })
  const rows: string[] = []
  const links: HolderLink[] = []
  for (const link of ways.values()) {
    const k = rowOfSkill.get(link.skillIndex)
    if (k === undefined) continue
    if (link.sources.length === 1) coverTerms[k]?.push([1, link.sources[0] as string])
    else {
      const column = holderColumn(links.length)
      links.push(link)
      coverTerms[k]?.push([1, column])
      rows.push(`l${links.length - 1}: ${linear([[1, column], ...link.sources.map((s) => [-1, s] as const)])} <= 0`)
    }
  }
  needy.forEach((n, k) => rows.push(`c${k}: ${linear([...(coverTerms[k] ?? []), [1, unmetColumn(k)]])} >= ${n.need}`))
  for (const [personIndex, terms] of personTerms) {
    if (terms.length > model.maxPerPerson) rows.push(`p${personIndex}: ${linear(terms)} <= ${model.maxPerPerson}`)
  }
  // Mentors: g_j = mentees of one skill a mentor takes.
  const assignments: { mentor: number; skillIndex: number }[] = []
  for (const [skillIndex, columns] of menteesOf) {
    const mentors = model.mentors.get(skillIndex) ?? []
    const terms: [number, string][] = mentors.map((mentor) => {
      assignments.push({ mentor, skillIndex })
      return [1, assignColumn(assignments.length - 1)]
    })
    rows.push(`ms${skillIndex}: ${linear([...terms, ...columns.map((c) => [-1, c] as const)])} >= 0`)
  }
  const byMentor = new Map<number, string[]>()
  assignments.forEach((a, j) => byMentor.set(a.mentor, [...(byMentor.get(a.mentor) ?? []), assignColumn(j)]))
  for (const [mentor, columns] of byMentor) {
    if (columns.length > 1)
      rows.push(`mq${mentor}: ${linear(columns.map((c) => [1, c] as const))} <= ${model.menteesPerMentor}`)
  }
  courses.forEach((c, k) => {
    const attendees = attendeesOf[k] ?? []
    if (c.seats === null || !attendees.length) return
    rows.push(`k${k}: ${linear([[c.seats, sessionColumn(k)], ...attendees.map((a) => [-1, a] as const)])} >= 0`)
    // Valid and stronger for the LP relaxation: anyone attending needs a session to run.
    if (c.costPerSession > 0 && c.seats > 1)
      attendees.forEach((a, i) =>
        rows.push(
          `k${k}_${i}: ${linear([
            [1, sessionColumn(k)],
            [-1, a],
          ])} >= 0`,
        ),
      )
  })
  const uncoverable = needy.map((n, k) => [n, k] as const).filter(([n]) => n.holders === 0)
  for (const [n, k] of uncoverable)
    rows.push(
      `w${k}: ${linear([
        [1, unmetColumn(k)],
        [-1, uncoveredColumn(k)],
      ])} <= ${n.need - 1}`,
    )
  if (model.budget !== null && costTerms.length)
    rows.push(`budget: ${linear(costTerms)} <= ${Math.round(model.budget * costScale)}`)
  if (model.maxHires !== null && hires.length)
    rows.push(`hires: ${linear(hires.map((_, j) => [1, hireColumn(j)] as const))} <= ${model.maxHires}`)
  const weights = tierWeights(model)
  const tierTerms: [number, string][] = [
    ...needy.map((_, k) => [weights.missing, unmetColumn(k)] as [number, string]),
    ...uncoverable.map(
      ([n, k]) =>
        [weights.uncovered + (n.skill.critical ? weights.critical : 0), uncoveredColumn(k)] as [number, string],
    ),
  ]
  if (objective.kind === 'cost') rows.push(`tier: ${linear(tierTerms)} <= ${objective.tierBound}`)
  const goal = objective.kind === 'tiers' ? tierTerms : costTerms
  const bounds = [
    ...courses.flatMap((c, k) =>
      c.seats === null ? [] : [` 0 <= ${sessionColumn(k)} <= ${Math.ceil((attendeesOf[k]?.length ?? 0) / c.seats)}`],
    ),
    ...assignments.map((_, j) => ` 0 <= ${assignColumn(j)} <= ${model.menteesPerMentor}`),
    ...links.map((_, j) => ` 0 <= ${holderColumn(j)} <= 1`),
    ...hires.map(
      (h, j) =>
        ` 0 <= ${hireColumn(j)} <= ${model.maxHires === null ? h.maxUseful : Math.min(h.maxUseful, model.maxHires)}`,
    ),
    ...needy.map((n, k) => ` 0 <= ${unmetColumn(k)} <= ${n.need}`),
    ...uncoverable.map(([, k]) => ` 0 <= ${uncoveredColumn(k)} <= 1`),
  ]
  const generals = [
    ...courses.flatMap((c, k) => (c.seats === null ? [] : [sessionColumn(k)])),
    ...assignments.map((_, j) => assignColumn(j)),
    ...hires.map((_, j) => hireColumn(j)),
    ...needy.map((_, k) => unmetColumn(k)),
  ]
  const binaries = [
    ...candidates.map((_, i) => trainColumn(i)),
    ...mentorships.map((_, i) => mentorColumn(i)),
    ...attendances.map((_, i) => attendColumn(i)),
  ]
  const chunk = (names: string[]) =>
    Array.from({ length: Math.ceil(names.length / 16) }, (_, i) => ` ${names.slice(i * 16, i * 16 + 16).join(' ')}`)
  const text = [
    'Minimize',
    ` obj: ${goal.length ? linear(goal) : `0 ${needy.length ? unmetColumn(0) : 'z'}`}`,
    'Subject To',
    ...rows.map((row) => ` ${row}`),
    'Bounds',
    ...bounds,
    ...(generals.length ? ['General', ...chunk(generals)] : []),
    ...(binaries.length ? ['Binary', ...chunk(binaries)] : []),
    'End',
    '',
  ].join('\n')
  const columns = binaries.length + generals.length + links.length + uncoverable.length
  return { text, size: { rows: rows.length, columns } }
}

/**
 * The LP relaxation of an LP-format model made by `modelToLp`: the same rows and bounds with the
 * General and Binary sections dropped (binaries kept within 0…1). Its optimum bounds the MILP's
 * from below, which tells how far a plan found before a time limit can be from the best.
 */
export function relaxLp(text: string): string {
  const lines = text.split('\n')
  const kept: string[] = []
  const binaries: string[] = []
  let section = ''
  for (const line of lines) {
    const trimmed = line.trim()
    if (['Minimize', 'Subject To', 'Bounds', 'General', 'Binary', 'End'].includes(trimmed)) {
      section = trimmed
      if (section === 'General' || section === 'Binary' || section === 'End') continue
    } else if (section === 'Binary') {
      binaries.push(...trimmed.split(/\s+/).filter(Boolean))
      continue
    } else if (section === 'General' || section === 'End') continue
    kept.push(line)
  }
  if (!kept.some((line) => line.trim() === 'Bounds')) kept.push('Bounds')
  while (kept.length && kept[kept.length - 1]?.trim() === '') kept.pop()
  return [...kept, ...binaries.map((name) => ` 0 <= ${name} <= 1`), 'End', ''].join('\n')
}
