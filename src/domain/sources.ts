import { isLevel, NOT_ASSESSED, type Level } from './scale'
import type { Id, PersonRatings, RatingSource, WorkspaceData } from './types'

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
  if (source === 'lead-only') return record
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

const mapCache: Record<RatingSource, WeakMap<Map<Id, PersonRatings>, Map<Id, PersonRatings>>> = {
  'lead-first': new WeakMap(),
  'lead-only': new WeakMap(),
  'self-only': new WeakMap(),
}

/** Every record folded to its effective levels (one map per ratings map and source, cached). */
export function effectiveRatings(ratings: Map<Id, PersonRatings>, source: RatingSource): Map<Id, PersonRatings> {
  if (source === 'lead-only') return ratings
  const cache = mapCache[source]
  const cached = cache.get(ratings)
  if (cached) return cached
  const result = new Map<Id, PersonRatings>()
  for (const [id, record] of ratings) result.set(id, effectiveRecord(record, source))
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
  const source = data.workspace.ratingSource
  const found: SelfOnlyHolding[] = []
  if (source === 'lead-only') return found
  for (const person of data.people) {
    if (!person.active || excluded?.has(person.id)) continue
    const record = data.ratings.get(person.id)
    if (!record || !hasAnyLevel(record.self)) continue
    for (const skill of data.skills) {
      const lead = record.levels[skill.slot] ?? NOT_ASSESSED
      const self = record.self[skill.slot]
      if (!isLevel(self) || self < skill.target.level) continue
      if (effectiveLevel(lead, self, source) !== self) continue
      if (lead !== NOT_ASSESSED && lead >= skill.target.level) continue
      found.push({ personId: person.id, skillId: skill.id, self })
    }
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
