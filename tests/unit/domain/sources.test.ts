import { describe, expect, it } from 'vitest'
import { computeCoverage } from '../../../src/domain/coverage'
import { setCells } from '../../../src/domain/edits'
import { applyDelta } from '../../../src/domain/changes'
import { NOT_ASSESSED } from '../../../src/domain/scale'
import {
  effectiveData,
  effectiveLevel,
  effectiveRatings,
  effectiveRecord,
  ratingDisagreements,
  selfOnlyBySkill,
  selfOnlyHoldings,
} from '../../../src/domain/sources'
import type { RatingSource } from '../../../src/domain/types'
import { matrix, ratings, workspace } from '../../fixtures/builders'

const NA = NOT_ASSESSED

describe('effectiveLevel', () => {
  it.each<[string, number, number, RatingSource, number]>([
    ['the lead’s level where there is one', 3, 1, 'lead-first', 3],
    ['the self level where the lead has none', NA, 2, 'lead-first', 2],
    ['not assessed when neither rated', NA, NA, 'lead-first', NA],
    ['an explicit lead 0 over a self 4', 0, 4, 'lead-first', 0],
    ['only the lead’s with “lead only”', NA, 4, 'lead-only', NA],
    ['only the self level with “self only”', 3, NA, 'self-only', NA],
    ['the self level with “self only” even where the lead rated', 3, 1, 'self-only', 1],
  ])('counts %s', (_, lead, self, source, expected) => {
    expect(effectiveLevel(lead, self, source)).toBe(expected)
  })
})

describe('effectiveRecord and effectiveRatings', () => {
  it('returns the record itself when it has no self rating, so nothing is allocated', () => {
    const record = ratings('p', [1, 2, 3])
    expect(effectiveRecord(record, 'lead-first')).toBe(record)
  })

  it('fills the lead’s gaps with self levels, also beyond the lead’s array', () => {
    const record = ratings('p', [1, null], [], [4, 2, 3])
    expect([...effectiveRecord(record, 'lead-first').levels]).toEqual([1, 2, 3])
    expect([...effectiveRecord(record, 'self-only').levels]).toEqual([4, 2, 3])
    expect(effectiveRecord(record, 'lead-only')).toBe(record)
  })

  it('folds each record once: the same record gives the same result object', () => {
    const record = ratings('p', [null], [], [2])
    expect(effectiveRecord(record, 'lead-first')).toBe(effectiveRecord(record, 'lead-first'))
    const map = new Map([['p', record]])
    expect(effectiveRatings(map, 'lead-first')).toBe(effectiveRatings(map, 'lead-first'))
  })

  it('makes coverage count self ratings where the lead has none, and not with “lead only”', () => {
    // Skill 0 needs 3 at target level 3: person 0 by the lead, person 1 by self, person 2 both (lead 1, self 4).
    const data = matrix([[3], [null], [1]])
    const [, second, third] = data.people
    data.ratings.set(second!.id, ratings(second!.id, [null], [], [3]))
    data.ratings.set(third!.id, ratings(third!.id, [1], [], [4]))
    const holders = (source: RatingSource) =>
      computeCoverage(effectiveData({ ...data, workspace: { ...data.workspace, ratingSource: source } })).bySkill.get(
        data.skills[0]!.id,
      )?.holders
    expect(holders('lead-first')).toBe(2)
    expect(holders('lead-only')).toBe(1)
    expect(holders('self-only')).toBe(2)
  })

  it('keeps data untouched when the source is “lead only”', () => {
    const data = matrix([[1]])
    const leadOnly = { ...data, workspace: workspace({ ...data.workspace, ratingSource: 'lead-only' }) }
    expect(effectiveData(leadOnly)).toBe(leadOnly)
  })
})

describe('ratingDisagreements', () => {
  it('lists cells where self and lead differ by two levels or more, biggest gap first', () => {
    const data = matrix([
      [3, 1, 2],
      [0, 4, null],
    ])
    const [a, b] = data.people
    data.ratings.set(a!.id, ratings(a!.id, [3, 1, 2], [], [1, 2, null]))
    data.ratings.set(b!.id, ratings(b!.id, [0, 4, null], [], [4, 3, 4]))
    const found = ratingDisagreements(data)
    expect(found.map((d) => [d.personId, d.skillId, d.lead, d.self, d.gap])).toEqual([
      [b!.id, data.skills[0]!.id, 0, 4, 4],
      [a!.id, data.skills[0]!.id, 3, 1, 2],
    ])
  })

  it('ignores cells only one side rated', () => {
    const data = matrix([[null, 4]])
    const [a] = data.people
    data.ratings.set(a!.id, ratings(a!.id, [null, 4], [], [0, null]))
    expect(ratingDisagreements(data)).toEqual([])
  })
})

describe('selfOnlyHoldings', () => {
  // Target level 3 for every skill (the builder's default target).
  function team(source: RatingSource = 'lead-first') {
    const data = matrix([
      [null, 3, 1, null],
      [null, null, null, null],
    ])
    const [a, b] = data.people
    // a: self 3 with no lead rating (self only), lead 3 (the lead's), lead 1 / self 4 (lead counts), self 2 (below target)
    data.ratings.set(a!.id, ratings(a!.id, [null, 3, 1, null], [], [3, 4, 4, 2]))
    data.ratings.set(b!.id, ratings(b!.id, [null, null, null, null], [], [4, null, null, null]))
    return { data: { ...data, workspace: { ...data.workspace, ratingSource: source } }, a: a!, b: b! }
  }

  it('lists the holders whose self-assessment alone makes them holders, lead-first', () => {
    const { data, a, b } = team()
    const found = selfOnlyHoldings(data)
    expect(found).toEqual([
      { personId: a.id, skillId: data.skills[0]!.id, self: 3 },
      { personId: b.id, skillId: data.skills[0]!.id, self: 4 },
    ])
    // They really are counted as holders by coverage.
    expect(computeCoverage(effectiveData(data)).bySkill.get(data.skills[0]!.id)?.holders).toBe(2)
    expect(selfOnlyBySkill(found).get(data.skills[0]!.id)).toEqual(new Set([a.id, b.id]))
  })

  it('lists nothing when coverage counts the lead only', () => {
    expect(selfOnlyHoldings(team('lead-only').data)).toEqual([])
  })

  it('counts a self level the lead rated lower as self only when coverage reads self ratings only', () => {
    const { data, a } = team('self-only')
    expect(
      selfOnlyHoldings(data)
        .filter((h) => h.personId === a.id)
        .map((h) => h.skillId),
    ).toEqual([data.skills[0]!.id, data.skills[2]!.id])
  })

  it('leaves out excluded and inactive people', () => {
    const { data, a, b } = team()
    expect(selfOnlyHoldings(data, new Set([a.id])).map((h) => h.personId)).toEqual([b.id])
    const inactive = { ...data, people: data.people.map((p) => (p.id === b.id ? { ...p, active: false } : p)) }
    expect(selfOnlyHoldings(inactive).map((h) => h.personId)).toEqual([a.id])
  })
})

describe('self levels in cell edits', () => {
  it('writes the self level without touching the lead’s, and undo restores it', () => {
    const data = matrix([[2, 3]])
    const personId = data.people[0]!.id
    const change = setCells(data, [{ personId, slot: 1, self: 1 }], 'x')
    expect(change?.forward).toEqual({ ratings: { cells: [{ personId, slot: 1, self: 1 }] } })
    const after = applyDelta(data, change!.forward, 5)
    expect([...after.ratings.get(personId)!.levels]).toEqual([2, 3])
    expect(after.ratings.get(personId)!.self[1]).toBe(1)
    const undone = applyDelta(after, change!.backward, 6)
    expect(undone.ratings.get(personId)!.self[1]).toBe(NA)
  })

  it('returns no change when the self level is already that', () => {
    const data = matrix([[2]])
    const personId = data.people[0]!.id
    data.ratings.set(personId, ratings(personId, [2], [], [3]))
    expect(setCells(data, [{ personId, slot: 0, self: 3 }], 'x')).toBeNull()
  })
})
