import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RatingsMap } from '../../../src/domain/ratingsMap'
import type { PersonRatings } from '../../../src/domain/types'
import { ratings } from '../../fixtures/builders'

const record = (id: string, level: number): PersonRatings => ratings(id, [level])

/** A step of a random history: records put (by id and a level) and ids deleted. */
const step = fc.record({
  put: fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 4 })), { maxLength: 12 }),
  deleted: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 6 }),
})

describe('RatingsMap', () => {
  it('reads, counts and iterates like a Map after any sequence of changes, and never changes an earlier version', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.array(step, { maxLength: 40 }), (start, steps) => {
        const initial = new Map<string, PersonRatings>(
          Array.from({ length: start }, (_, i) => [`p${i}`, record(`p${i}`, i % 5)]),
        )
        let model = new Map(initial)
        let map = RatingsMap.from(initial)
        const versions: [RatingsMap, [string, PersonRatings][]][] = []
        for (const { put, deleted } of steps) {
          const records = put.map(([id, level]) => record(`p${id}`, level))
          const ids = deleted.map((id) => `p${id}`)
          // The Map model: deletes first, then puts; a key put back keeps its place in the RatingsMap,
          // so order is compared as a set of entries plus the order of the keys never deleted.
          model = new Map(model)
          for (const id of ids) model.delete(id)
          for (const r of records) model.set(r.personId, r)
          map = map.withChanges(records, ids)
          versions.push([map, [...model]])
          expect(map.size).toBe(model.size)
          for (let i = 0; i <= 40; i++) {
            expect(map.get(`p${i}`)).toBe(model.get(`p${i}`))
            expect(map.has(`p${i}`)).toBe(model.has(`p${i}`))
          }
          expect(new Map(map)).toEqual(model)
          expect([...map.keys()].sort()).toEqual([...model.keys()].sort())
        }
        for (const [version, entries] of versions) expect(new Map(version)).toEqual(new Map(entries))
        expect(new Map(initial).size).toBe(start)
      }),
      { numRuns: 120 },
    )
  })

  it('keeps a replaced record in its place, as a Map does', () => {
    const map = RatingsMap.from(
      new Map([
        ['a', record('a', 1)],
        ['b', record('b', 2)],
        ['c', record('c', 3)],
      ]),
    )
    const next = map.withChanges([record('b', 4)])
    expect([...next.keys()]).toEqual(['a', 'b', 'c'])
    expect(next.get('b')?.levels[0]).toBe(4)
    expect(map.get('b')?.levels[0]).toBe(2)
  })

  it('folds a long run of single edits into its base without losing any', () => {
    let map = RatingsMap.from(new Map(Array.from({ length: 1000 }, (_, i) => [`p${i}`, record(`p${i}`, 0)] as const)))
    for (let i = 0; i < 1000; i++) map = map.withChanges([record(`p${i}`, 3)])
    expect(map.size).toBe(1000)
    expect([...map.values()].every((r) => r.levels[0] === 3)).toBe(true)
  })

  it('takes a big change in steps to the same records in the same order as at once (issue 16)', () => {
    const bigStep = fc.record({
      put: fc.array(fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 4 })), { maxLength: 90 }),
      deleted: fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 40 }),
    })
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.array(step, { maxLength: 6 }),
        bigStep,
        (start, history, change) => {
          let map = RatingsMap.from(
            new Map(Array.from({ length: start }, (_, i) => [`p${i}`, record(`p${i}`, i % 5)] as const)),
          )
          // Earlier small changes leave an overlay (keys replaced, deleted, added) for the big one to fold.
          for (const { put, deleted } of history)
            map = map.withChanges(
              put.map(([id, level]) => record(`p${id}`, level)),
              deleted.map((id) => `p${id}`),
            )
          const records = change.put.map(([id, level]) => record(`p${id}`, level))
          const ids = change.deleted.map((id) => `p${id}`)
          const steps = map.withChangesSteps(records, ids)
          let yields = 0
          let next = steps.next()
          for (; !next.done; next = steps.next()) yields++
          const atOnce = map.withChanges(records, ids)
          expect([...next.value.entries()]).toEqual([...atOnce.entries()])
          expect(next.value.size).toBe(atOnce.size)
          expect(yields).toBe(0)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('yields between slices of a change of 50,000 records and folds them into an empty map as they are', () => {
    const records = Array.from({ length: 50_000 }, (_, i) => record(`p${i}`, i % 5))
    const empty = RatingsMap.from(new Map())
    const steps = empty.withChangesSteps(records)
    let yields = 0
    let next = steps.next()
    for (; !next.done; next = steps.next()) yields++
    expect(yields).toBeGreaterThanOrEqual(9)
    expect(next.value.size).toBe(50_000)
    expect(next.value.get('p49999')).toBe(records[49_999])
    expect([...next.value.keys()].slice(0, 3)).toEqual(['p0', 'p1', 'p2'])

    const replaced = records.slice(0, 20_000).map((r) => record(r.personId, 4))
    const stepsAgain = next.value.withChangesSteps(replaced, ['p49999'])
    let again = stepsAgain.next()
    let yieldsAgain = 0
    for (; !again.done; again = stepsAgain.next()) yieldsAgain++
    expect(yieldsAgain).toBeGreaterThanOrEqual(10)
    expect([...again.value.entries()]).toEqual([...next.value.withChanges(replaced, ['p49999']).entries()])
  })
})
