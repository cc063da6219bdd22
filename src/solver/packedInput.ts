import type { PlannerInput } from '../domain/planner/types'
import { appendPerson, peopleColumns, personAt, type PeopleColumns } from '../domain/peopleColumns'
import type { Id, PersonRatings } from '../domain/types'

/**
 * The planner's people and ratings as posted to the worker: columns of the people and each rating
 * array of every record in one buffer, handed over (transferred) rather than cloned. Posting 50,000
 * people and their records as objects was one task of 170–230 ms on the page (issue 16).
 */
export interface PackedPeopleAndRatings {
  people: PeopleColumns
  ratings: {
    personIds: Id[]
    updatedAt: Float64Array
    /** Record r's array is bytes[offsets[r]…offsets[r + 1]] of each. */
    levels: PackedArrays
    self: PackedArrays
    interest: PackedArrays
  }
}

export interface PackedArrays {
  bytes: Uint8Array
  offsets: Uint32Array
}

export type PackedPlannerInput = Omit<PlannerInput, 'people' | 'ratings'> & PackedPeopleAndRatings

/** People or records packed between two yields (a few ms at 50,000 people × 200 skills). */
const PACKED_PER_STEP = 2000

type RatingsField = 'levels' | 'self' | 'interest'

function* packArraysSteps(records: readonly PersonRatings[], field: RatingsField): Generator<void, PackedArrays> {
  const offsets = new Uint32Array(records.length + 1)
  for (let r = 0; r < records.length; r++) offsets[r + 1] = offsets[r]! + records[r]![field].length
  const bytes = new Uint8Array(offsets[records.length]!)
  for (let r = 0; r < records.length; r++) {
    if (r > 0 && r % PACKED_PER_STEP === 0) yield
    bytes.set(records[r]![field], offsets[r])
  }
  return { bytes, offsets }
}

/** The input with its people and ratings packed, in steps; `transfer` lists the buffers to hand over. */
export function* packPlannerInputSteps(
  input: PlannerInput,
): Generator<void, { packed: PackedPlannerInput; transfer: ArrayBuffer[] }> {
  const { people: persons, ratings: byPerson, ...rest } = input
  const people = peopleColumns(persons.length)
  for (const person of persons) appendPerson(people, person)
  yield
  const records = [...byPerson.values()]
  const updatedAt = new Float64Array(records.map((record) => record.updatedAt))
  const personIds = records.map((record) => record.personId)
  const levels = yield* packArraysSteps(records, 'levels')
  const self = yield* packArraysSteps(records, 'self')
  const interest = yield* packArraysSteps(records, 'interest')
  const packed: PackedPlannerInput = {
    ...rest,
    people,
    ratings: { personIds, updatedAt, levels, self, interest },
  }
  const transfer = [
    people.flags,
    people.order,
    updatedAt,
    ...[levels, self, interest].flatMap((a) => [a.bytes, a.offsets]),
  ].map((array) => array.buffer as ArrayBuffer)
  return { packed, transfer }
}

/** The planner input again, in the worker: records view the packed buffers, nothing is copied. */
export function unpackPlannerInput(packed: PackedPlannerInput): PlannerInput {
  const { people: columns, ratings: packedRatings, ...rest } = packed
  const people = columns.ids.map((_, p) => personAt(columns, p))
  const view = (arrays: PackedArrays, r: number) =>
    arrays.bytes.subarray(arrays.offsets[r] ?? 0, arrays.offsets[r + 1] ?? 0)
  const ratings = new Map<Id, PersonRatings>()
  packedRatings.personIds.forEach((personId, r) => {
    ratings.set(personId, {
      personId,
      levels: view(packedRatings.levels, r),
      self: view(packedRatings.self, r),
      interest: view(packedRatings.interest, r),
      updatedAt: packedRatings.updatedAt[r] ?? 0,
    })
  })
  return { ...rest, people, ratings }
}

const isTexts = (value: unknown, length: number): value is string[] =>
  Array.isArray(value) && value.length === length && value.every((item) => typeof item === 'string')

function isPackedArrays(value: unknown, records: number): value is PackedArrays {
  const arrays = value as Partial<PackedArrays> | null
  if (!arrays || !(arrays.bytes instanceof Uint8Array) || !(arrays.offsets instanceof Uint32Array)) return false
  const { bytes, offsets } = arrays
  if (offsets.length !== records + 1 || offsets[0] !== 0 || offsets[records] !== bytes.length) return false
  for (let r = 0; r < records; r++) if (offsets[r]! > offsets[r + 1]!) return false
  return true
}

/** Whether a message's people and ratings are packed as `packPlannerInputSteps` packs them. */
export function isPackedPeopleAndRatings(value: { people?: unknown; ratings?: unknown }): boolean {
  const people = value.people as Partial<PackedPeopleAndRatings['people']> | null | undefined
  const ratings = value.ratings as Partial<PackedPeopleAndRatings['ratings']> | null | undefined
  if (!people || !ratings || !Array.isArray(people.ids) || !Array.isArray(ratings.personIds)) return false
  const count = people.ids.length
  const records = ratings.personIds.length
  return (
    isTexts(people.ids, count) &&
    isTexts(people.names, count) &&
    isTexts(people.emails, count) &&
    isTexts(people.teams, count) &&
    isTexts(people.titles, count) &&
    people.flags instanceof Uint8Array &&
    people.flags.length === count &&
    people.order instanceof Float64Array &&
    people.order.length === count &&
    isTexts(ratings.personIds, records) &&
    ratings.updatedAt instanceof Float64Array &&
    ratings.updatedAt.length === records &&
    isPackedArrays(ratings.levels, records) &&
    isPackedArrays(ratings.self, records) &&
    isPackedArrays(ratings.interest, records)
  )
}
