import type { CellPatch } from './ratings'
import { emptyRatings, withCells } from './ratings'
import { RatingsMap } from './ratingsMap'
import { INTEREST_UNSET, NOT_ASSESSED } from './scale'
import { runToEnd } from './steps'
import type {
  Category,
  Id,
  LearningResource,
  Person,
  PersonRatings,
  RoleTemplate,
  Skill,
  Workspace,
  WorkspaceData,
} from './types'

export interface EntityDelta<T> {
  put?: T[]
  delete?: Id[]
}

export interface CellWrite extends CellPatch {
  personId: Id
  slot: number
}

export interface RatingsDelta {
  /** Whole records replace what is stored (imports, restores). */
  put?: PersonRatings[]
  delete?: Id[]
  /** Single cells: merged into the stored record, so two tabs editing one person keep both edits. */
  cells?: CellWrite[]
}

/** One atomic write to a workspace: applied to memory and to storage in one transaction. */
export interface Delta {
  workspace?: Workspace
  categories?: EntityDelta<Category>
  skills?: EntityDelta<Skill>
  people?: EntityDelta<Person>
  roles?: EntityDelta<RoleTemplate>
  resources?: EntityDelta<LearningResource>
  ratings?: RatingsDelta
}

/** What the undo list shows: a message key and the thing it was done to. */
export interface ChangeLabel {
  action: string
  subject: string
}

/** Something the user should know about an edit that was still made (a message key and its parameters). */
export interface EditWarning {
  code: string
  params: Record<string, string | number>
}

export interface Change {
  label: ChangeLabel
  forward: Delta
  backward: Delta
  /** Shown once when the change is made (not on undo or redo). */
  warnings?: EditWarning[]
}

/** Entities or records looked at between two yields of a big change's steps. */
const APPLIED_PER_STEP = 5000

function* applyEntityDeltaSteps<T extends { id: Id }>(
  items: T[],
  delta: EntityDelta<T> | undefined,
): Generator<void, T[]> {
  if (!delta || (!delta.put?.length && !delta.delete?.length)) return items
  const removed = new Set(delta.delete ?? [])
  const replacements = new Map<Id, T>()
  let looked = 0
  for (const item of delta.put ?? []) {
    if (++looked % APPLIED_PER_STEP === 0) yield
    replacements.set(item.id, item)
  }
  const result: T[] = []
  for (const item of items) {
    if (++looked % APPLIED_PER_STEP === 0) yield
    if (removed.has(item.id)) continue
    const replacement = replacements.get(item.id)
    result.push(replacement ?? item)
    replacements.delete(item.id)
  }
  for (const item of replacements.values()) {
    if (++looked % APPLIED_PER_STEP === 0) yield
    result.push(item)
  }
  return result
}

function applyEntityDelta<T extends { id: Id }>(items: T[], delta: EntityDelta<T> | undefined): T[] {
  return runToEnd(applyEntityDeltaSteps(items, delta))
}

export function groupCellsByPerson(cells: readonly CellWrite[]): Map<Id, { slot: number; patch: CellPatch }[]> {
  const byPerson = new Map<Id, { slot: number; patch: CellPatch }[]>()
  for (const { personId, slot, ...patch } of cells) {
    const list = byPerson.get(personId) ?? []
    list.push({ slot, patch })
    byPerson.set(personId, list)
  }
  return byPerson
}

function* applyRatingsDeltaSteps(
  ratings: ReadonlyMap<Id, PersonRatings>,
  delta: RatingsDelta | undefined,
  capacity: number,
  now: number,
): Generator<void, ReadonlyMap<Id, PersonRatings>> {
  if (!delta || (!delta.put?.length && !delta.delete?.length && !delta.cells?.length)) return ratings
  // Deletes first, then whole records, then cells on top of what is there by then.
  const afterRecords = yield* RatingsMap.from(ratings).withChangesSteps(delta.put ?? [], delta.delete ?? [])
  const edited: PersonRatings[] = []
  for (const [personId, cells] of groupCellsByPerson(delta.cells ?? [])) {
    const current = afterRecords.get(personId) ?? emptyRatings(personId, capacity)
    edited.push(withCells(current, cells, now))
  }
  return afterRecords.withChanges(edited)
}

/** The workspace after `delta`; untouched parts are shared with the input, which is not mutated. */
export function applyDelta(data: WorkspaceData, delta: Delta, now: number): WorkspaceData {
  return runToEnd(applyDeltaSteps(data, delta, now))
}

/** `applyDelta` in steps of a few thousand people or records (people then ratings: each ~20–40 ms at once for an import of 50,000). */
export function* applyDeltaSteps(data: WorkspaceData, delta: Delta, now: number): Generator<void, WorkspaceData> {
  // The slot counter only grows, even when an undo writes back an older workspace record.
  const workspace = delta.workspace
    ? { ...delta.workspace, nextSlot: Math.max(delta.workspace.nextSlot, data.workspace.nextSlot) }
    : data.workspace
  const people = yield* applyEntityDeltaSteps(data.people, delta.people)
  const ratings = yield* applyRatingsDeltaSteps(data.ratings, delta.ratings, workspace.nextSlot, now)
  return {
    workspace,
    categories: applyEntityDelta(data.categories, delta.categories),
    skills: applyEntityDelta(data.skills, delta.skills),
    people,
    roles: applyEntityDelta(data.roles, delta.roles),
    resources: applyEntityDelta(data.resources, delta.resources),
    ratings,
  }
}

/** People a change touches above which it is a big one (an import, its undo): taken in short tasks. */
const LARGE_CHANGE_PEOPLE = 1000

export function isLargeChange(delta: Delta): boolean {
  return peopleTouched(delta).size > LARGE_CHANGE_PEOPLE
}

/** `peopleTouched` of deltas already asked about: an import's is 50,000 ids, asked for by several stores. */
const touchedByDelta = new WeakMap<Delta, ReadonlySet<Id>>()

/** Ids of the people whose row in the matrix a delta touches (a delta is never changed once made). */
export function peopleTouched(delta: Delta): ReadonlySet<Id> {
  const known = touchedByDelta.get(delta)
  if (known) return known
  const ids = new Set<Id>()
  for (const person of delta.people?.put ?? []) ids.add(person.id)
  for (const id of delta.people?.delete ?? []) ids.add(id)
  for (const record of delta.ratings?.put ?? []) ids.add(record.personId)
  for (const id of delta.ratings?.delete ?? []) ids.add(id)
  for (const cell of delta.ratings?.cells ?? []) ids.add(cell.personId)
  touchedByDelta.set(delta, ids)
  return ids
}

/** True when a delta changes columns (skills, categories, scale), not just rows. */
export function changesColumns(delta: Delta): boolean {
  // An import names every entity, with empty lists where it adds no skill: those change nothing.
  const changes = (entity: EntityDelta<unknown> | undefined) => Boolean(entity?.put?.length || entity?.delete?.length)
  return Boolean(delta.workspace) || changes(delta.skills) || changes(delta.categories)
}

export function isEmptyDelta(delta: Delta): boolean {
  const entity = (d: EntityDelta<unknown> | undefined) => !d || (!d.put?.length && !d.delete?.length)
  return (
    !delta.workspace &&
    entity(delta.categories) &&
    entity(delta.skills) &&
    entity(delta.people) &&
    entity(delta.roles) &&
    entity(delta.resources) &&
    (!delta.ratings || (!delta.ratings.put?.length && !delta.ratings.delete?.length && !delta.ratings.cells?.length))
  )
}

function cellValue(ratings: PersonRatings | undefined, slot: number, field: keyof CellPatch): number {
  if (field === 'interest') return ratings?.interest[slot] ?? INTEREST_UNSET
  return (field === 'self' ? ratings?.self[slot] : ratings?.levels[slot]) ?? NOT_ASSESSED
}

/**
 * `delta` (an undo's backward, a redo's forward) without the cells that no longer hold what
 * `expected` wrote: another tab changed them since, and its newer value must not be overwritten.
 * Gives the delta to apply (null when nothing is left) and how many cells were skipped.
 */
export function withoutOverwrittenCells(
  data: WorkspaceData,
  delta: Delta,
  expected: Delta,
): { delta: Delta | null; skipped: number } {
  const cells = delta.ratings?.cells
  const wrote = expected.ratings?.cells
  if (!cells?.length || !wrote?.length) return { delta, skipped: 0 }
  const written = new Map<string, CellPatch>()
  for (const { personId, slot, ...patch } of wrote) written.set(`${slot}\u0000${personId}`, patch)
  const kept = cells.filter((cell) => {
    const patch = written.get(`${cell.slot}\u0000${cell.personId}`)
    if (!patch) return true
    const ratings = data.ratings.get(cell.personId)
    return (Object.keys(patch) as (keyof CellPatch)[]).every(
      (field) => patch[field] === undefined || cellValue(ratings, cell.slot, field) === patch[field],
    )
  })
  const skipped = cells.length - kept.length
  if (skipped === 0) return { delta, skipped }
  const next: Delta = { ...delta, ratings: { ...delta.ratings, cells: kept } }
  return { delta: isEmptyDelta(next) ? null : next, skipped }
}
