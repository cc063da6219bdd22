import { describe, expect, it } from 'vitest'
import { emptyRatings, interestAt, levelAt, sameRatings, withCells } from '../../../src/domain/ratings'
import { INTEREST_UNSET, NOT_ASSESSED } from '../../../src/domain/scale'

describe('packed ratings', () => {
  it('starts every slot as not assessed and interest unset', () => {
    const record = emptyRatings('p', 3)
    expect([...record.levels]).toEqual([NOT_ASSESSED, NOT_ASSESSED, NOT_ASSESSED])
    expect([...record.interest]).toEqual([INTEREST_UNSET, INTEREST_UNSET, INTEREST_UNSET])
    expect(levelAt(record, 1)).toBeNull()
    expect(interestAt(record, 1)).toBeNull()
  })

  it('reads a slot beyond the stored length as not assessed', () => {
    expect(levelAt(emptyRatings('p', 2), 7)).toBeNull()
  })

  it('sets cells on a copy and leaves the input untouched', () => {
    const before = emptyRatings('p', 2)
    const after = withCells(before, [{ slot: 1, patch: { level: 3, interest: 2 } }], 42)
    expect(levelAt(after, 1)).toBe(3)
    expect(interestAt(after, 1)).toBe(2)
    expect(levelAt(before, 1)).toBeNull()
    expect(after.updatedAt).toBe(42)
  })

  it('grows the arrays when a new skill slot is written', () => {
    const after = withCells(emptyRatings('p', 2), [{ slot: 5, patch: { level: 4 } }], 0)
    expect(after.levels.length).toBe(6)
    expect(levelAt(after, 5)).toBe(4)
    expect(levelAt(after, 3)).toBeNull()
  })

  it.each([
    ['a level above the scale', { level: 9 }],
    ['a negative level', { level: -1 }],
    ['a fractional level', { level: 2.5 }],
  ])('stores %s as not assessed rather than a wrong number', (_, patch) => {
    const after = withCells(emptyRatings('p', 1), [{ slot: 0, patch }], 0)
    expect(after.levels[0]).toBe(NOT_ASSESSED)
  })

  it('leaves the level alone when only the interest changes', () => {
    const start = withCells(emptyRatings('p', 1), [{ slot: 0, patch: { level: 2 } }], 0)
    const after = withCells(start, [{ slot: 0, patch: { interest: 0 } }], 0)
    expect(levelAt(after, 0)).toBe(2)
    expect(interestAt(after, 0)).toBe(0)
  })

  it('compares records by content, treating missing slots as unset', () => {
    const short = emptyRatings('p', 1)
    const long = emptyRatings('p', 4)
    expect(sameRatings(short, long)).toBe(true)
    expect(sameRatings(short, withCells(long, [{ slot: 3, patch: { level: 0 } }], 0))).toBe(false)
  })
})
