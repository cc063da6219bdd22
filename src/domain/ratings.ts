import type { Interest, Level } from './scale'
import { INTEREST_UNSET, isInterest, isLevel, NOT_ASSESSED } from './scale'
import type { Id, PersonRatings } from './types'

/** A change to one cell; `undefined` leaves that part as it is, NOT_ASSESSED / INTEREST_UNSET clears it. */
export interface CellPatch {
  /** The lead's level. */
  level?: number
  /** The person's own level. */
  self?: number
  interest?: number
}

const NONE = new Uint8Array(0)

export function emptyRatings(personId: Id, capacity: number, updatedAt = 0): PersonRatings {
  return {
    personId,
    levels: new Uint8Array(capacity).fill(NOT_ASSESSED),
    // Self ratings are rare: no bytes until the first one.
    self: NONE,
    interest: new Uint8Array(capacity).fill(INTEREST_UNSET),
    updatedAt,
  }
}

/** Level at a slot, or null when not assessed. */
export function levelAt(ratings: Pick<PersonRatings, 'levels'> | undefined, slot: number): Level | null {
  const value = ratings?.levels[slot]
  return isLevel(value) ? value : null
}

/** The person's own level at a slot, or null when not assessed. */
export function selfAt(ratings: Pick<PersonRatings, 'self'> | undefined, slot: number): Level | null {
  const value = ratings?.self[slot]
  return isLevel(value) ? value : null
}

/** Interest at a slot, or null when unset. */
export function interestAt(ratings: Pick<PersonRatings, 'interest'> | undefined, slot: number): Interest | null {
  const value = ratings?.interest[slot]
  return isInterest(value) ? value : null
}

function grown(array: Uint8Array, capacity: number, fill: number): Uint8Array {
  const copy = new Uint8Array(Math.max(capacity, array.length)).fill(fill)
  copy.set(array)
  return copy
}

/** A copy of `ratings` with the cell patches applied (the input is never mutated). */
export function withCells(
  ratings: PersonRatings,
  cells: readonly { slot: number; patch: CellPatch }[],
  updatedAt: number,
): PersonRatings {
  const needed = cells.reduce((max, cell) => Math.max(max, cell.slot + 1), 0)
  const levels = grown(ratings.levels, needed, NOT_ASSESSED)
  const interest = grown(ratings.interest, needed, INTEREST_UNSET)
  const touchesSelf = cells.some((cell) => cell.patch.self !== undefined)
  const self = touchesSelf ? grown(ratings.self, needed, NOT_ASSESSED) : ratings.self
  for (const { slot, patch } of cells) {
    if (patch.level !== undefined) levels[slot] = normaliseLevel(patch.level)
    if (patch.self !== undefined) self[slot] = normaliseLevel(patch.self)
    if (patch.interest !== undefined) interest[slot] = normaliseInterest(patch.interest)
  }
  return { personId: ratings.personId, levels, self, interest, updatedAt }
}

function normaliseLevel(value: number): number {
  return isLevel(value) ? value : NOT_ASSESSED
}

function normaliseInterest(value: number): number {
  return isInterest(value) ? value : INTEREST_UNSET
}

export function sameRatings(a: PersonRatings | undefined, b: PersonRatings | undefined): boolean {
  if (!a || !b) return a === b
  const size = Math.max(
    a.levels.length,
    b.levels.length,
    a.interest.length,
    b.interest.length,
    a.self.length,
    b.self.length,
  )
  for (let slot = 0; slot < size; slot++) {
    if ((a.levels[slot] ?? NOT_ASSESSED) !== (b.levels[slot] ?? NOT_ASSESSED)) return false
    if ((a.self[slot] ?? NOT_ASSESSED) !== (b.self[slot] ?? NOT_ASSESSED)) return false
    if ((a.interest[slot] ?? INTEREST_UNSET) !== (b.interest[slot] ?? INTEREST_UNSET)) return false
  }
  return true
}
