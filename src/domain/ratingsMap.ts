import type { Id, PersonRatings } from './types'

/** Marks a key deleted in an overlay. */
const GONE = null

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
    if (overlay.size <= 32 + 2 * Math.sqrt(this.base.size)) return new RatingsMap(this.base, overlay, size)
    return new RatingsMap(new Map(new RatingsMap(this.base, overlay, size)), new Map(), size)
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
