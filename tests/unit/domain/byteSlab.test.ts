import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ByteSlab } from '../../../src/domain/byteSlab'

describe('ByteSlab (issue 16)', () => {
  it('hands out arrays that never overlap, each filled as asked, across buffers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 300_000 }), fc.integer({ min: 0, max: 255 })), { maxLength: 40 }),
        (asks) => {
          const slab = new ByteSlab()
          const arrays = asks.map(([length, fill]) => slab.filled(length, fill))
          arrays.forEach((array, i) => {
            expect(array.length).toBe(asks[i]![0])
            expect(array.every((byte) => byte === asks[i]![1])).toBe(true)
          })
          // Writing one array leaves every other as it was.
          arrays.forEach((array, i) => array.fill(i % 256))
          arrays.forEach((array, i) => expect(array.every((byte) => byte === i % 256)).toBe(true))
        },
      ),
      { numRuns: 40 },
    )
  })

  it('makes grown copies that keep the original and fill the rest, the original untouched', () => {
    const slab = new ByteSlab()
    const original = Uint8Array.from([1, 2, 3])
    const grown = slab.grownCopy(original, 6, 255)
    expect([...grown]).toEqual([1, 2, 3, 255, 255, 255])
    grown[0] = 9
    expect([...original]).toEqual([1, 2, 3])
    expect([...slab.grownCopy(Uint8Array.from([4, 5, 6, 7]), 2, 0)]).toEqual([4, 5, 6, 7])
  })
})
