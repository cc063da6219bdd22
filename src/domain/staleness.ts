import { computeCoverage, type CoverageInput, type CoverageReport, type CoverageStatus } from './coverage'
import { NOT_ASSESSED } from './scale'
import type { Id, PersonRatings } from './types'

/** How current a person's ratings are: assessed within the workspace's window, older, or never. */
export type Freshness = 'fresh' | 'stale' | 'never'

/** The moment `months` calendar months before `now`: ratings last assessed earlier are stale. */
export function staleCutoff(now: number, months: number): number {
  const date = new Date(now)
  date.setMonth(date.getMonth() - months)
  return date.getTime()
}

function anyAssessed(record: PersonRatings): boolean {
  return record.levels.some((level) => level !== NOT_ASSESSED) || record.self.some((level) => level !== NOT_ASSESSED)
}

/** A person's freshness: never when no level is recorded in either source, else by when the ratings last changed. */
export function freshnessOf(record: PersonRatings | undefined, cutoff: number): Freshness {
  if (!record || record.updatedAt <= 0 || !anyAssessed(record)) return 'never'
  return record.updatedAt < cutoff ? 'stale' : 'fresh'
}

/** Ids of the people whose ratings are stale at `cutoff`. */
export function stalePeople(
  people: readonly { id: Id }[],
  ratings: ReadonlyMap<Id, PersonRatings>,
  cutoff: number,
): Set<Id> {
  return new Set(people.filter((p) => freshnessOf(ratings.get(p.id), cutoff) === 'stale').map((p) => p.id))
}

export interface StaleCoverage {
  /** People × skills counted as holders. */
  holderRatings: number
  /** Of those, resting on stale ratings. */
  staleHolderRatings: number
  /** Skills whose status would be worse without the stale ratings. */
  skillsAtStake: Id[]
}

const RANK: Record<CoverageStatus, number> = { uncovered: 0, 'at-risk': 1, covered: 2, 'not-needed': 3 }

/** How much of the coverage rests on stale ratings: coverage with and without the stale people's holds. */
export function staleCoverage(input: CoverageInput, stale: ReadonlySet<Id>): StaleCoverage {
  const withStale = computeCoverage(input)
  const without = computeCoverage({ ...input, excluded: alsoGone(input.excluded, stale) })
  return staleSummary(withStale, without)
}

/** `excluded` and `also` together, asked one id at a time (no set of the whole team is built). */
export function alsoGone(
  excluded: Pick<ReadonlySet<Id>, 'has'> | undefined,
  also: Pick<ReadonlySet<Id>, 'has'>,
): Pick<ReadonlySet<Id>, 'has'> {
  return { has: (id) => (excluded?.has(id) ?? false) || also.has(id) }
}

/** The stale people of `data` at `cutoff`, asked one id at a time: O(1) per question, nothing built. */
export function staleAt(ratings: ReadonlyMap<Id, PersonRatings>, cutoff: number): Pick<ReadonlySet<Id>, 'has'> {
  return { has: (id) => freshnessOf(ratings.get(id), cutoff) === 'stale' }
}

/** The figures from the coverage with the stale ratings and the coverage without them (O(skills)). */
export function staleSummary(withStale: CoverageReport, without: CoverageReport): StaleCoverage {
  let holderRatings = 0
  let freshHolderRatings = 0
  const skillsAtStake: Id[] = []
  for (const [skillId, coverage] of withStale.bySkill) {
    const fresh = without.bySkill.get(skillId)
    holderRatings += coverage.holders
    freshHolderRatings += fresh?.holders ?? 0
    if (fresh && RANK[fresh.status] < RANK[coverage.status]) skillsAtStake.push(skillId)
  }
  return { holderRatings, staleHolderRatings: holderRatings - freshHolderRatings, skillsAtStake }
}
