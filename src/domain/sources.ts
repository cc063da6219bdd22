import { isLevel, NOT_ASSESSED, type Level } from './scale'
import { personById } from './coverage'
import type { Id, Person, PersonRatings, RatingSource, WorkspaceData } from './types'

/** The level that counts, from the lead's and the person's own (NOT_ASSESSED when neither counts). */
export function effectiveLevel(lead: number, self: number, source: RatingSource): number {
  if (source === 'lead-only') return lead
  if (source === 'self-only') return self
  return lead !== NOT_ASSESSED ? lead : self
}

function hasAnyLevel(levels: Uint8Array): boolean {
  for (let i = 0; i < levels.length; i++) if (levels[i] !== NOT_ASSESSED) return true
  return false
}

// Records are immutable: a changed record is a new object, so each is folded once per source.
const recordCache: Record<RatingSource, WeakMap<PersonRatings, PersonRatings>> = {
  'lead-first': new WeakMap(),
  'lead-only': new WeakMap(),
  'self-only': new WeakMap(),
}

/**
 * The record as coverage and the planner read it: `levels` hold the effective level per slot.
 * The record itself when nothing differs (lead only, or no self rating at all).
 */
export function effectiveRecord(record: PersonRatings, source: RatingSource): PersonRatings {
  // Most records have no self rating at all: nothing to fold, and no cache entry (50,000 at load).
  if (source === 'lead-only' || (source === 'lead-first' && record.self.length === 0)) return record
  const cache = recordCache[source]
  const cached = cache.get(record)
  if (cached) return cached
  let result = record
  if (source === 'self-only') result = { ...record, levels: record.self }
  else if (hasAnyLevel(record.self)) {
    const { levels: lead, self } = record
    const levels = new Uint8Array(Math.max(lead.length, self.length))
    for (let i = 0; i < levels.length; i++)
      levels[i] = effectiveLevel(lead[i] ?? NOT_ASSESSED, self[i] ?? NOT_ASSESSED, source)
    result = { ...record, levels }
  }
  cache.set(record, result)
  return result
}

/**
 * A ratings map read through `effectiveRecord`: nothing is copied, so after a cell edit the
 * effective ratings cost O(1) to make and only the edited record is folded again (when read).
 */
class EffectiveRatings implements ReadonlyMap<Id, PersonRatings> {
  constructor(
    private readonly ratings: ReadonlyMap<Id, PersonRatings>,
    private readonly source: RatingSource,
  ) {}

  get size(): number {
    return this.ratings.size
  }

  get(id: Id): PersonRatings | undefined {
    const record = this.ratings.get(id)
    return record && effectiveRecord(record, this.source)
  }

  has(id: Id): boolean {
    return this.ratings.has(id)
  }

  *entries(): MapIterator<[Id, PersonRatings]> {
    for (const [id, record] of this.ratings) yield [id, effectiveRecord(record, this.source)]
  }

  *keys(): MapIterator<Id> {
    yield* this.ratings.keys()
  }

  *values(): MapIterator<PersonRatings> {
    for (const record of this.ratings.values()) yield effectiveRecord(record, this.source)
  }

  [Symbol.iterator](): MapIterator<[Id, PersonRatings]> {
    return this.entries()
  }

  forEach(callback: (record: PersonRatings, id: Id, map: ReadonlyMap<Id, PersonRatings>) => void, thisArg?: unknown) {
    for (const [id, record] of this.entries()) callback.call(thisArg, record, id, this)
  }
}

const mapCache: Record<RatingSource, WeakMap<ReadonlyMap<Id, PersonRatings>, ReadonlyMap<Id, PersonRatings>>> = {
  'lead-first': new WeakMap(),
  'lead-only': new WeakMap(),
  'self-only': new WeakMap(),
}

/** Every record read as its effective levels (one view per ratings map and source, cached; records fold lazily). */
export function effectiveRatings(
  ratings: ReadonlyMap<Id, PersonRatings>,
  source: RatingSource,
): ReadonlyMap<Id, PersonRatings> {
  if (source === 'lead-only') return ratings
  const cache = mapCache[source]
  const cached = cache.get(ratings)
  if (cached) return cached
  const result = new EffectiveRatings(ratings, source)
  cache.set(ratings, result)
  return result
}

const dataCache = new WeakMap<WorkspaceData, WorkspaceData>()

/**
 * The workspace as coverage, the heat map and the planner see it: ratings hold effective levels.
 * The same object for the same data, so every reader shares one fold.
 */
export function effectiveData(data: WorkspaceData): WorkspaceData {
  const cached = dataCache.get(data)
  if (cached) return cached
  const ratings = effectiveRatings(data.ratings, data.workspace.ratingSource)
  const result = ratings === data.ratings ? data : { ...data, ratings }
  dataCache.set(data, result)
  return result
}

/** A self rating that differs from the lead's by `gap` levels or more: worth a conversation. */
export interface RatingDisagreement {
  personId: Id
  skillId: Id
  lead: Level
  self: Level
  gap: number
}

export const DISCUSS_GAP = 2

/** Every cell where both rated and the two differ by at least `minGap` levels, biggest gap first. */
export function ratingDisagreements(
  data: Pick<WorkspaceData, 'people' | 'skills' | 'ratings'>,
  minGap = DISCUSS_GAP,
): RatingDisagreement[] {
  const found: RatingDisagreement[] = []
  for (const person of data.people) {
    const record = data.ratings.get(person.id)
    if (!record || !hasAnyLevel(record.self)) continue
    for (const skill of data.skills) {
      const lead = record.levels[skill.slot]
      const self = record.self[skill.slot]
      if (!isLevel(lead) || !isLevel(self)) continue
      const gap = Math.abs(lead - self)
      if (gap >= minGap) found.push({ personId: person.id, skillId: skill.id, lead, self, gap })
    }
  }
  const order = new Map<Id, number>(data.people.map((p, i) => [p.id, i]))
  const skillOrder = new Map<Id, number>(data.skills.map((s, i) => [s.id, i]))
  return found.sort(
    (a, b) =>
      b.gap - a.gap ||
      (order.get(a.personId) ?? 0) - (order.get(b.personId) ?? 0) ||
      (skillOrder.get(a.skillId) ?? 0) - (skillOrder.get(b.skillId) ?? 0),
  )
}

/** A holder whose own rating alone makes them one: the lead's level does not reach the target. */
export interface SelfOnlyHolding {
  personId: Id
  skillId: Id
  self: Level
}

/**
 * Every holding of a counted person that rests only on a self-assessment: the effective level
 * reaches the skill's target, the lead's does not (never rated, or rated lower).
 */
export function selfOnlyHoldings(
  data: Pick<WorkspaceData, 'people' | 'skills' | 'ratings' | 'workspace'>,
  excluded?: ReadonlySet<Id>,
): SelfOnlyHolding[] {
  const found: SelfOnlyHolding[] = []
  for (const person of data.people) found.push(...personSelfOnly(data, person, excluded))
  return found
}

/** The holdings of one person that rest on their own word only (none when they do not count). */
function personSelfOnly(
  data: Pick<WorkspaceData, 'skills' | 'ratings' | 'workspace'>,
  person: Person,
  excluded?: ReadonlySet<Id>,
): SelfOnlyHolding[] {
  const source = data.workspace.ratingSource
  if (source === 'lead-only' || !person.active || excluded?.has(person.id)) return []
  const record = data.ratings.get(person.id)
  if (!record || !hasAnyLevel(record.self)) return []
  const found: SelfOnlyHolding[] = []
  for (const skill of data.skills) {
    const lead = record.levels[skill.slot] ?? NOT_ASSESSED
    const self = record.self[skill.slot]
    if (!isLevel(self) || self < skill.target.level) continue
    if (effectiveLevel(lead, self, source) !== self) continue
    if (lead !== NOT_ASSESSED && lead >= skill.target.level) continue
    found.push({ personId: person.id, skillId: skill.id, self })
  }
  return found
}

/** Skill id → ids of the people holding it on their own word only. */
export function selfOnlyBySkill(holdings: readonly SelfOnlyHolding[]): Map<Id, Set<Id>> {
  const bySkill = new Map<Id, Set<Id>>()
  for (const { skillId, personId } of holdings) {
    const people = bySkill.get(skillId)
    if (people) people.add(personId)
    else bySkill.set(skillId, new Set([personId]))
  }
  return bySkill
}

/**
 * selfOnlyBySkill after some people changed: only they are taken out and looked at again —
 * O(changed people × skills). Skills, targets and the rating source are as `previous` was made
 * with; `previous` and its sets are not mutated. Equal (as sets) to selfOnlyBySkill(selfOnlyHoldings(data, excluded)).
 */
export function updateSelfOnlyBySkill(
  previous: ReadonlyMap<Id, ReadonlySet<Id>>,
  data: Pick<WorkspaceData, 'people' | 'skills' | 'ratings' | 'workspace'>,
  personIds: Iterable<Id>,
  excluded?: ReadonlySet<Id>,
): Map<Id, Set<Id>> {
  const bySkill = new Map(previous) as Map<Id, Set<Id>>
  const copied = new Set<Id>()
  const writable = (skillId: Id): Set<Id> => {
    if (!copied.has(skillId)) {
      bySkill.set(skillId, new Set(bySkill.get(skillId)))
      copied.add(skillId)
    }
    return bySkill.get(skillId) as Set<Id>
  }
  const ids = new Set(personIds)
  for (const [skillId, people] of previous) for (const id of ids) if (people.has(id)) writable(skillId).delete(id)
  for (const id of ids) {
    const person = personById(data.people, id)
    if (person) for (const { skillId } of personSelfOnly(data, person, excluded)) writable(skillId).add(id)
  }
  for (const skillId of copied) if (!bySkill.get(skillId)?.size) bySkill.delete(skillId)
  return bySkill
}
