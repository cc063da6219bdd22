import type { AttendanceCandidate, HireOption, MentorshipCandidate, TrainingCandidate } from './candidates'

/**
 * Exact pruning: every rule below keeps at least one optimal plan (most need closed, then least
 * cost) inside the kept set, so the pruned model has the same optimum as the full one.
 * Property tests compare both on random instances.
 */

/** Nothing that alone costs more than the budget can be in a plan within it. */
export function withinBudget<T extends { cost: number }>(items: readonly T[], budget: number | null): T[] {
  return budget === null ? [...items] : items.filter((item) => item.cost <= budget + 1e-9)
}

function byCostThenPerson(a: TrainingCandidate, b: TrainingCandidate): number {
  return a.cost - b.cost || a.personIndex - b.personIndex
}

/**
 * Per skill s keep only the first need(s) + B(s) candidates by cost (ties by person order), where
 * B(s) bounds how many people a non-redundant plan fills to the training cap K with trainings
 * in other skills.
 *
 * Why this is exact: drop every action that closes nothing from an optimal plan (costs are ≥ 0),
 * so it trains at most m(s) = min(need(s), candidates(s)) people in each skill s, and at most
 * T − m(s) outside s, where T = Σ m. Among all such optimal plans take one whose used candidates
 * have the smallest rank sum. Suppose it used a candidate c of s ranked after need(s) + B(s), with
 * B(s) = min(⌊(T − m(s)) / K⌋, people with ≥ K candidates). Of the need(s) + B(s) cheaper-or-equal
 * candidates of s at most need(s) − 1 are used, so at least B(s) + 1 are unused, all different
 * people; a person among them at the cap has K trainings outside s, so at most B(s) of them are at
 * the cap and one, q, is not. Training q instead of c closes the same need, costs no more (the
 * budget and hire limit still hold) and lowers the rank sum: a contradiction. The cut is repeated on
 * the smaller candidate set (exact for the same reason) until nothing changes.
 */
export function pruneTrainingCandidates(
  candidates: readonly TrainingCandidate[],
  needBySkill: ReadonlyMap<number, number>,
  maxPerPerson: number,
): TrainingCandidate[] {
  if (maxPerPerson < 1) return []
  let kept = candidates.filter((c) => (needBySkill.get(c.skillIndex) ?? 0) > 0)
  for (;;) {
    const bySkill = new Map<number, TrainingCandidate[]>()
    const perPerson = new Map<number, number>()
    for (const candidate of kept) {
      const list = bySkill.get(candidate.skillIndex) ?? []
      list.push(candidate)
      bySkill.set(candidate.skillIndex, list)
      perPerson.set(candidate.personIndex, (perPerson.get(candidate.personIndex) ?? 0) + 1)
    }
    const most = (skillIndex: number, list: readonly unknown[]) =>
      Math.min(needBySkill.get(skillIndex) ?? 0, list.length)
    let maxTrainings = 0
    for (const [skillIndex, list] of bySkill) maxTrainings += most(skillIndex, list)
    let canFill = 0
    for (const count of perPerson.values()) if (count >= maxPerPerson) canFill++
    const next: TrainingCandidate[] = []
    for (const [skillIndex, list] of bySkill) {
      const atCapElsewhere = Math.min(Math.floor((maxTrainings - most(skillIndex, list)) / maxPerPerson), canFill)
      list.sort(byCostThenPerson)
      next.push(...list.slice(0, (needBySkill.get(skillIndex) ?? 0) + atCapElsewhere))
    }
    if (next.length === kept.length)
      return next.sort((a, b) => a.personIndex - b.personIndex || a.skillIndex - b.skillIndex)
    kept = next
  }
}

function isSubset(small: readonly number[], large: ReadonlySet<number>): boolean {
  return small.every((item) => large.has(item))
}

/**
 * A role whose needy skills are a subset of another role's, at no lower cost, is never needed:
 * hiring the other role instead closes at least as much for no more, with the same number of hires.
 * Of two roles with the same skills and cost the first is kept.
 */
export function pruneHireOptions(options: readonly HireOption[]): HireOption[] {
  return options.filter(
    (option, i) =>
      !options.some((other, j) => {
        if (j === i || other.cost > option.cost) return false
        if (!isSubset(option.covers, new Set(other.covers))) return false
        const sameSkills = other.covers.length === option.covers.length
        // Equal skills and cost: keep the first of the two.
        return !(sameSkills && other.cost === option.cost) || j < i
      }),
  )
}

/** The options of a plan model that pruning works on. */
export interface PlanOptions {
  trainings: TrainingCandidate[]
  mentorships: MentorshipCandidate[]
  attendances: AttendanceCandidate[]
}

function keepCheapest<T extends { cost: number; personIndex: number; skillIndex: number }>(
  list: readonly T[],
  needBySkill: ReadonlyMap<number, number>,
  extra: (skillIndex: number) => number,
): T[] {
  const bySkill = new Map<number, T[]>()
  for (const item of list) {
    const items = bySkill.get(item.skillIndex) ?? []
    items.push(item)
    bySkill.set(item.skillIndex, items)
  }
  const kept: T[] = []
  for (const [skillIndex, items] of bySkill) {
    items.sort((a, b) => a.cost - b.cost || a.personIndex - b.personIndex)
    kept.push(...items.slice(0, (needBySkill.get(skillIndex) ?? 0) + extra(skillIndex)))
  }
  return kept.sort((a, b) => a.personIndex - b.personIndex || a.skillIndex - b.skillIndex)
}

/**
 * Exact pruning of trainings, mentorships and course attendances together (proof in
 * docs/planner.md, "Exact pruning"). With c(s) = people some kept option makes holders of s,
 * m(s) = min(need(s), c(s)) and T = Σ m(s), a minimal optimal plan has at most T learning
 * actions and at most T − m(s) of them by people who do not end up holding s, so:
 * - per skill, only the need(s) + B(s) cheapest trainings and the need(s) + B(s) cheapest
 *   mentorships can be needed, B(s) = min(⌊(T − m(s)) / K⌋, people with ≥ K options);
 * - an attendance of resource k by p is never needed when at least T people before p (by person
 *   order) could attend k and become holders of every skill p would.
 * Each cut is repeated on the smaller sets until nothing changes.
 */
export function pruneLearningOptions(
  options: PlanOptions,
  needBySkill: ReadonlyMap<number, number>,
  maxPerPerson: number,
): PlanOptions {
  if (maxPerPerson < 1) return { trainings: [], mentorships: [], attendances: [] }
  const needy = (s: number) => (needBySkill.get(s) ?? 0) > 0
  let trainings = options.trainings.filter((c) => needy(c.skillIndex))
  let mentorships = options.mentorships.filter((c) => needy(c.skillIndex))
  let attendances = options.attendances.flatMap((a) => {
    const skills = a.skills.filter((s) => needy(s.skillIndex))
    return skills.length ? [{ ...a, skills }] : []
  })
  for (;;) {
    const learners = new Map<number, Set<number>>()
    const optionsOf = new Map<number, number>()
    const add = (personIndex: number, skillIndex: number) => {
      const set = learners.get(skillIndex) ?? new Set<number>()
      set.add(personIndex)
      learners.set(skillIndex, set)
    }
    const count = (personIndex: number) => optionsOf.set(personIndex, (optionsOf.get(personIndex) ?? 0) + 1)
    for (const c of trainings) {
      add(c.personIndex, c.skillIndex)
      count(c.personIndex)
    }
    for (const c of mentorships) {
      add(c.personIndex, c.skillIndex)
      count(c.personIndex)
    }
    for (const a of attendances) {
      for (const s of a.skills) add(a.personIndex, s.skillIndex)
      count(a.personIndex)
    }
    const most = (skillIndex: number) => Math.min(needBySkill.get(skillIndex) ?? 0, learners.get(skillIndex)?.size ?? 0)
    let total = 0
    for (const skillIndex of learners.keys()) total += most(skillIndex)
    let canFill = 0
    for (const n of optionsOf.values()) if (n >= maxPerPerson) canFill++
    const extra = (skillIndex: number) => Math.min(Math.floor((total - most(skillIndex)) / maxPerPerson), canFill)
    const nextTrainings = keepCheapest(trainings, needBySkill, extra)
    const nextMentorships = keepCheapest(mentorships, needBySkill, extra)
    const byResource = new Map<number, AttendanceCandidate[]>()
    for (const a of attendances) byResource.set(a.resourceIndex, [...(byResource.get(a.resourceIndex) ?? []), a])
    const nextAttendances: AttendanceCandidate[] = []
    for (const list of byResource.values()) {
      list.sort((a, b) => a.personIndex - b.personIndex)
      // People seen so far, by the set of skills attending would make them holders of.
      const seen = new Map<string, { skills: Set<number>; people: number }>()
      for (const a of list) {
        const mine = a.skills.map((s) => s.skillIndex)
        let covering = 0
        for (const profile of seen.values()) if (mine.every((s) => profile.skills.has(s))) covering += profile.people
        if (covering < total) nextAttendances.push(a)
        const key = mine.join(',')
        const profile = seen.get(key) ?? { skills: new Set(mine), people: 0 }
        profile.people++
        seen.set(key, profile)
      }
    }
    const same =
      nextTrainings.length === trainings.length &&
      nextMentorships.length === mentorships.length &&
      nextAttendances.length === attendances.length
    trainings = nextTrainings
    mentorships = nextMentorships
    attendances = nextAttendances.sort((a, b) => a.resourceIndex - b.resourceIndex || a.personIndex - b.personIndex)
    if (same) return { trainings, mentorships, attendances }
  }
}
