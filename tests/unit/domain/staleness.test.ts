import { describe, expect, it } from 'vitest'
import { safeHref } from '../../../src/domain/links'
import { freshnessOf, staleCoverage, staleCutoff, stalePeople } from '../../../src/domain/staleness'
import { matrix, ratings } from '../../fixtures/builders'

const NOW = Date.UTC(2025, 6, 15, 12)
const DAY = 86_400_000

describe('staleCutoff', () => {
  it('goes back whole calendar months', () => {
    expect(new Date(staleCutoff(NOW, 6)).getUTCMonth()).toBe(0)
    expect(new Date(staleCutoff(NOW, 12)).getUTCFullYear()).toBe(2024)
  })
})

describe('freshnessOf', () => {
  const cutoff = staleCutoff(NOW, 6)
  it.each([
    ['never without a record', undefined, 'never'],
    ['never when nothing is rated', { ...ratings('p', [null, null]), updatedAt: NOW }, 'never'],
    ['fresh when assessed a day ago', { ...ratings('p', [2]), updatedAt: NOW - DAY }, 'fresh'],
    ['stale when assessed seven months ago', { ...ratings('p', [2]), updatedAt: NOW - 210 * DAY }, 'stale'],
    ['rated by self only counts as assessed', { ...ratings('p', [null], [], [3]), updatedAt: NOW - DAY }, 'fresh'],
  ] as const)('%s', (_, record, expected) => {
    expect(freshnessOf(record, cutoff)).toBe(expected)
  })
})

describe('staleCoverage', () => {
  it('counts holder ratings resting on stale people and the skills that would slip without them', () => {
    // Skill 0 (target 3 × 2): two holders, one stale → would be at risk. Skill 1: one fresh holder.
    const data = matrix([
      [3, 3],
      [4, null],
    ])
    const [fresh, old] = data.people
    data.ratings.set(fresh!.id, { ...data.ratings.get(fresh!.id)!, updatedAt: NOW })
    data.ratings.set(old!.id, { ...data.ratings.get(old!.id)!, updatedAt: NOW - 400 * DAY })
    const stale = stalePeople(data.people, data.ratings, staleCutoff(NOW, 6))
    expect([...stale]).toEqual([old!.id])
    expect(staleCoverage(data, stale)).toEqual({
      holderRatings: 3,
      staleHolderRatings: 1,
      skillsAtStake: [data.skills[0]!.id],
    })
  })
})

describe('safeHref', () => {
  it.each([
    ['https://example.org/course', 'https://example.org/course'],
    ['  http://example.org ', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['www.example.org', null],
    ['file:///etc/passwd', null],
  ])('%s → %s', (url, expected) => {
    expect(safeHref(url)).toBe(expected)
  })
})
