import type { Id, PersonRatings } from './types'

/** Marks a key deleted in an overlay. */
const GONE = null

/** Changes an overlay holds before they are folded into a new base: about √size. */
const overlayLimit = (baseSize: number) => 32 + 2 * Math.sqrt(baseSize)

/** Records looked at between two yields of `withChangesSteps` (~0.1–0.3 µs each). */
const CHANGES_PER_STEP = 5000

/**
 * An immutable map of rating records that shares its storage with the map it was made from, so
 * a cell edit costs O(changed records), not a copy of the whole team (50,000 records): changes sit
 * in a small overlay on a frozen base, folded into a new base once the overlay outgrows about
 * √size entries (amortised O(√n) per change). Reads and iteration behave as a Map's would,
 * replaced keys keeping their place.
 */
export class RatingsMap implements ReadonlyMap<Id, PersonRatings> {
  readonly size: number
  private readonly base: ReadonlyMap<Id, PersonRatings>
  private readonly overlay: ReadonlyMap<Id, PersonRatings | typeof GONE>

  private constructor(
    base: ReadonlyMap<Id, PersonRatings>,
    overlay: ReadonlyMap<Id, PersonRatings | typeof GONE>,
    size: number,
  ) {
    this.base = base
    this.overlay = overlay
    this.size = size
  }

  /** `ratings` as a RatingsMap; a plain Map is taken as the base, not copied (it is never mutated). */
  static from(ratings: ReadonlyMap<Id, PersonRatings>): RatingsMap {
    return ratings instanceof RatingsMap ? ratings : new RatingsMap(ratings, new Map(), ratings.size)
  }

  /** The map with `put` records set (by their personId) and `deleted` ids removed; this one is unchanged. */
  withChanges(put: readonly PersonRatings[], deleted: readonly Id[] = []): RatingsMap {
    if (!put.length && !deleted.length) return this
    const overlay = new Map(this.overlay)
    let size = this.size
    for (const id of deleted) {
      const present = overlay.has(id) ? overlay.get(id) !== GONE : this.base.has(id)
      if (present) size--
      if (this.base.has(id)) overlay.set(id, GONE)
      else overlay.delete(id)
    }
    for (const record of put) {
      const id = record.personId
      const present = overlay.has(id) ? overlay.get(id) !== GONE : this.base.has(id)
      if (!present) size++
      overlay.set(id, record)
    }
    if (overlay.size <= overlayLimit(this.base.size)) return new RatingsMap(this.base, overlay, size)
    return new RatingsMap(new Map(new RatingsMap(this.base, overlay, size)), new Map(), size)
  }

  /**
   * `withChanges` in steps, for a big change (an import of 50,000 records: ~20 ms and a copy of
   * the overlay at once, issue 16): the records are folded straight into a new base, yielding
   * every CHANGES_PER_STEP records. Same result and order as `withChanges`.
   */
  *withChangesSteps(put: readonly PersonRatings[], deleted: readonly Id[] = []): Generator<void, RatingsMap> {
    if (put.length + deleted.length + this.overlay.size <= overlayLimit(this.base.size))
      return this.withChanges(put, deleted)
    let looked = 0
    const replaced = new Map<Id, PersonRatings>()
    for (const record of put) {
      if (++looked % CHANGES_PER_STEP === 0) yield
      replaced.set(record.personId, record)
    }
    // Into an empty map (an import into an empty workspace) the records are the whole map.
    if (!this.size) return new RatingsMap(replaced, new Map(), replaced.size)
    const gone = new Set(deleted)
    const base = new Map<Id, PersonRatings>()
    // Keys of the base keep their place, also when deleted and put again.
    for (const [id, record] of this.base) {
      if (++looked % CHANGES_PER_STEP === 0) yield
      const replacement = replaced.get(id)
      const changed = replacement ?? (gone.has(id) ? GONE : this.overlay.get(id))
      if (changed !== GONE) base.set(id, changed ?? record)
    }
    // Keys only in the overlay keep theirs unless deleted (put again, they go to the end, as in a Map).
    for (const [id, record] of this.overlay) {
      if (record === GONE || this.base.has(id) || gone.has(id)) continue
      base.set(id, replaced.get(id) ?? record)
    }
    for (const [id, record] of replaced) {
      if (++looked % CHANGES_PER_STEP === 0) yield
      if (!base.has(id)) base.set(id, record)
    }
    return new RatingsMap(base, new Map(), base.size)
  }

  get(id: Id): PersonRatings | undefined {
    if (this.overlay.size) {
      const changed = this.overlay.get(id)
      if (changed !== undefined) return changed ?? undefined
    }
    return this.base.get(id)
  }

  has(id: Id): boolean {
    if (this.overlay.size) {
      const changed = this.overlay.get(id)
      if (changed !== undefined) return changed !== GONE
    }
    return this.base.has(id)
  }

  *entries(): MapIterator<[Id, PersonRatings]> {
    if (!this.overlay.size) {
      yield* this.base.entries()
      return
    }
    for (const [id, record] of this.base) {
      const changed = this.overlay.get(id)
      if (changed === undefined) yield [id, record]
      else if (changed !== GONE) yield [id, changed]
    }
    for (const [id, record] of this.overlay) if (record !== GONE && !this.base.has(id)) yield [id, record]
  }

  *keys(): MapIterator<Id> {
    for (const [id] of this.entries()) yield id
  }

  *values(): MapIterator<PersonRatings> {
    for (const [, record] of this.entries()) yield record
  }

  [Symbol.iterator](): MapIterator<[Id, PersonRatings]> {
    return this.entries()
  }

  forEach(callback: (record: PersonRatings, id: Id, map: ReadonlyMap<Id, PersonRatings>) => void, thisArg?: unknown) {
    for (const [id, record] of this.entries()) callback.call(thisArg, record, id, this)
  }
}
