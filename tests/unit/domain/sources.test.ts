import { describe, expect, it } from 'vitest'
import { computeCoverage } from '../../../src/domain/coverage'
import { setCells } from '../../../src/domain/edits'
import { applyDelta } from '../../../src/domain/changes'
import { NOT_ASSESSED } from '../../../src/domain/scale'
import { effectiveData, effectiveLevel, effectiveRatings, effectiveRecord, ratingDisagreements } from '../../../src/domain/sources'
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
    const holders = (source: RatingSource) => computeCoverage(effectiveData({ ...data, workspace: { ...data.workspace, ratingSource: source } })).bySkill.get(data.skills[0]!.id)?.holders
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
    const data = matrix([[3, 1, 2], [0, 4, null]])
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
