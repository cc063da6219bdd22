import type { HireOption, TrainingCandidate } from './candidates'

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
    const most = (skillIndex: number, list: readonly unknown[]) => Math.min(needBySkill.get(skillIndex) ?? 0, list.length)
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
    if (next.length === kept.length) return next.sort((a, b) => a.personIndex - b.personIndex || a.skillIndex - b.skillIndex)
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
  return options.filter((option, i) =>
    !options.some((other, j) => {
      if (j === i || other.cost > option.cost) return false
      if (!isSubset(option.covers, new Set(other.covers))) return false
      const sameSkills = other.covers.length === option.covers.length
      // Equal skills and cost: keep the first of the two.
      return !(sameSkills && other.cost === option.cost) || j < i
    }),
  )
}
