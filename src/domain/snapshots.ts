import type { Change } from './changes'
import { coverageSteps, type CoverageTotals } from './coverage'
import { appendPerson, peopleColumns, personAt, type PeopleColumns } from './peopleColumns'
import { INTEREST_UNSET, NOT_ASSESSED } from './scale'
import { effectiveRatings } from './sources'
import { runToEnd } from './steps'
import type { Category, Id, Person, PersonRatings, RatingSource, Skill, WorkspaceData } from './types'

/** Why a snapshot was taken: by hand, with an import, or once a day when the matrix was edited. */
export type SnapshotKind = 'manual' | 'import' | 'auto'
export const SNAPSHOT_KINDS: readonly SnapshotKind[] = ['manual', 'import', 'auto']

/** What the history list and the trend chart need, stored apart from the (large) content. */
export interface SnapshotSummary {
  id: Id
  takenAt: number
  kind: SnapshotKind
  label: string
  people: number
  skills: number
  totals: Pick<CoverageTotals, 'covered' | 'atRisk' | 'uncovered' | 'deficit'>
}

/** A snapshot's people, as columns. */
export type SnapshotPeople = PeopleColumns

/**
 * The matrix at one moment, packed: row p of `levels`/`self`/`interest` (width bytes each) holds
 * person p's arrays by slot. `self` is empty when nobody had a self rating.
 */
export interface SnapshotContent {
  id: Id
  categories: Category[]
  skills: Skill[]
  ratingSource: RatingSource
  people: SnapshotPeople
  width: number
  levels: Uint8Array
  self: Uint8Array
  interest: Uint8Array
  assessedAt: Float64Array
}

/** A snapshot (or the workspace now) as a comparable matrix. */
export type SnapshotState = Pick<WorkspaceData, 'categories' | 'skills' | 'people' | 'ratings'> & {
  ratingSource: RatingSource
}

function hasSelf(data: Pick<WorkspaceData, 'ratings'>): boolean {
  for (const record of data.ratings.values()) if (record.self.some((level) => level !== NOT_ASSESSED)) return true
  return false
}

/** Coverage totals of a state, with its own rating source. */
export function stateTotals(state: SnapshotState): CoverageTotals {
  return runToEnd(stateTotalsSteps(state))
}

function* stateTotalsSteps(state: SnapshotState): Generator<void, CoverageTotals> {
  const report = yield* coverageSteps({
    skills: state.skills,
    people: state.people,
    ratings: effectiveRatings(state.ratings, state.ratingSource),
  })
  return report.total
}

/** The workspace packed into one snapshot: its summary (list, chart) and its content (compare, restore). */
export function takeSnapshot(
  data: WorkspaceData,
  meta: Omit<SnapshotSummary, 'people' | 'skills' | 'totals'>,
  totals?: CoverageTotals,
): { summary: SnapshotSummary; content: SnapshotContent } {
  return runToEnd(snapshotSteps(data, meta, totals))
}

/** People packed per step of `snapshotSteps`: ~1 MB of cells at 200 skills, a few ms. */
export const SNAPSHOT_SLICE = 5000

/**
 * takeSnapshot in steps: it yields after every `slice` people packed, so that a caller can let
 * the page paint between them (50,000 × 200 in one go is a long task). `totals` are the coverage
 * totals of `data` when the caller has them (counting them is another pass over every cell).
 */
export function* snapshotSteps(
  data: WorkspaceData,
  meta: Omit<SnapshotSummary, 'people' | 'skills' | 'totals'>,
  totals?: CoverageTotals,
  slice = SNAPSHOT_SLICE,
): Generator<void, { summary: SnapshotSummary; content: SnapshotContent }> {
  const width = data.workspace.nextSlot
  const count = data.people.length
  const withSelf = hasSelf(data)
  // Each array filled in a step of its own: the three of 10 MB at 50,000 × 200 took ~60 ms together.
  yield
  const levels = new Uint8Array(count * width).fill(NOT_ASSESSED)
  yield
  const self = new Uint8Array(withSelf ? count * width : 0).fill(NOT_ASSESSED)
  yield
  const interest = new Uint8Array(count * width).fill(INTEREST_UNSET)
  const assessedAt = new Float64Array(count)
  const people = peopleColumns(count)
  yield
  for (let p = 0; p < count; p++) {
    if (p > 0 && p % slice === 0) yield
    const person = data.people[p] as Person
    appendPerson(people, person)
    const record = data.ratings.get(person.id)
    if (!record) continue
    levels.set(record.levels.subarray(0, width), p * width)
    interest.set(record.interest.subarray(0, width), p * width)
    if (withSelf) self.set(record.self.subarray(0, width), p * width)
    assessedAt[p] = record.updatedAt
  }
  const content: SnapshotContent = {
    id: meta.id,
    categories: data.categories.map((c) => ({ ...c })),
    skills: data.skills.map((s) => ({
      ...s,
      aliases: [...s.aliases],
      target: { ...s.target },
    })),
    ratingSource: data.workspace.ratingSource,
    people,
    width,
    levels,
    self,
    interest,
    assessedAt,
  }
  if (!totals) {
    yield
    totals = yield* stateTotalsSteps({ ...data, ratingSource: data.workspace.ratingSource })
  }
  const summary: SnapshotSummary = {
    ...meta,
    people: count,
    skills: data.skills.length,
    totals: { covered: totals.covered, atRisk: totals.atRisk, uncovered: totals.uncovered, deficit: totals.deficit },
  }
  return { summary, content }
}

/** The content unpacked; every array is a copy of its own (a view would store the whole buffer with each record). */
export function snapshotState(content: SnapshotContent): SnapshotState {
  const { people: columns, width } = content
  const people: Person[] = []
  const ratings = new Map<Id, PersonRatings>()
  columns.ids.forEach((id, p) => {
    people.push(personAt(columns, p))
    const row = (array: Uint8Array) => (array.length ? array.slice(p * width, (p + 1) * width) : new Uint8Array(0))
    ratings.set(id, {
      personId: id,
      levels: row(content.levels),
      self: row(content.self),
      interest: row(content.interest),
      updatedAt: content.assessedAt[p] ?? 0,
    })
  })
  return { categories: content.categories, skills: content.skills, people, ratings, ratingSource: content.ratingSource }
}

/** The workspace as a state to compare a snapshot with ("now"). */
export function currentState(data: WorkspaceData): SnapshotState {
  return { ...data, ratingSource: data.workspace.ratingSource }
}

/**
 * Restoring a snapshot as ONE undoable change: people and their ratings become the snapshot's;
 * skills and categories deleted since come back. Skills added since stay (not assessed for the
 * restored people); targets, roles and settings are left as they are now.
 */
export function restoreSnapshotChange(data: WorkspaceData, state: SnapshotState, subject: string): Change {
  const snapshotIds = new Set(state.people.map((p) => p.id))
  const added = data.people.filter((p) => !snapshotIds.has(p.id)).map((p) => p.id)
  const currentIds = new Set(data.people.map((p) => p.id))
  const returning = state.people.filter((p) => !currentIds.has(p.id)).map((p) => p.id)
  const skillIds = new Set(data.skills.map((s) => s.id))
  const skills = state.skills.filter((s) => !skillIds.has(s.id))
  const categoryIds = new Set(data.categories.map((c) => c.id))
  const neededCategories = new Set(skills.map((s) => s.categoryId))
  const categories = state.categories.filter((c) => !categoryIds.has(c.id) && neededCategories.has(c.id))
  const currentRatings = data.people.flatMap((p) => data.ratings.get(p.id) ?? [])
  const withoutRecord = data.people.filter((p) => !data.ratings.has(p.id)).map((p) => p.id)
  return {
    label: { action: 'restoreSnapshot', subject },
    forward: {
      categories: { put: categories },
      skills: { put: skills },
      people: { put: state.people, delete: added },
      ratings: { put: [...state.ratings.values()], delete: added },
    },
    backward: {
      categories: { delete: categories.map((c) => c.id) },
      skills: { delete: skills.map((s) => s.id) },
      people: { put: data.people, delete: returning },
      ratings: { put: currentRatings, delete: [...returning, ...withoutRecord] },
    },
  }
}
