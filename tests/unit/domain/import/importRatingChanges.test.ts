import { describe, expect, it } from 'vitest'
import { applyDelta } from '../../../../src/domain/changes'
import { buildImportChange } from '../../../../src/domain/import/buildImportChange'
import { changeCount, importRatingChanges } from '../../../../src/domain/import/importRatingChanges'
import type { ImportSource } from '../../../../src/domain/import/importSource'
import { resolveImport } from '../../../../src/domain/import/resolveImport'
import { INTEREST_UNSET, NOT_ASSESSED } from '../../../../src/domain/scale'
import type { WorkspaceData } from '../../../../src/domain/types'
import { category, person, ratings, skill, workspace } from '../../../fixtures/builders'

const NA = NOT_ASSESSED

function source(
  skills: string[],
  people: { name: string; email?: string; levels: (number | null)[]; interest?: (number | null)[] }[],
  format?: string,
): ImportSource {
  const width = skills.length
  const levels = new Uint8Array(people.length * width).fill(NA)
  const interest = new Uint8Array(people.length * width).fill(INTEREST_UNSET)
  people.forEach((p, i) => {
    p.levels.forEach((level, k) => level !== null && (levels[i * width + k] = level))
    p.interest?.forEach((value, k) => value !== null && (interest[i * width + k] = value))
  })
  return {
    skills: skills.map((name) => ({ name, category: '' })),
    people: people.map((p, i) => ({ row: i + 2, name: p.name, email: p.email ?? '', team: '', title: '' })),
    levels,
    interest,
    ...(format ? { format } : {}),
  }
}

/** Ann (lead 2, 1; self 3 in Writing) and Bob (lead –, 3) × Writing, SEO. */
function team(): WorkspaceData {
  const content = category({ name: 'Content' })
  const writing = skill({ slot: 0, categoryId: content.id, name: 'Writing' })
  const seo = skill({ slot: 1, categoryId: content.id, name: 'SEO', order: 1 })
  const ann = person({ name: 'Ann Lee', email: 'ann@x.org', order: 0 })
  const bob = person({ name: 'Bob Stone', order: 1 })
  return {
    workspace: workspace({ nextSlot: 2 }),
    categories: [content],
    skills: [writing, seo],
    people: [ann, bob],
    roles: [],
    resources: [],
    ratings: new Map([
      [ann.id, ratings(ann.id, [2, 1], [], [3, null])],
      [bob.id, ratings(bob.id, [null, 3])],
    ]),
  }
}

let counter = 0
const options = (extra: object = {}) => ({ newId: () => `new-${++counter}`, now: 1000, subject: 'f.csv', ...extra })

describe('importRatingChanges', () => {
  it('lists only the cells of stored people whose level or interest the merge changes', () => {
    const data = team()
    const file = source(
      ['Writing', 'SEO'],
      [
        { name: 'Ann Lee', email: 'ann@x.org', levels: [2, 3] },
        { name: 'Bob Stone', levels: [null, 3], interest: [2, null] },
        { name: 'New Person', levels: [4, 4] },
      ],
    )
    const groups = importRatingChanges(data, file, 'merge')
    expect(
      groups.map((g) => [g.name, g.changes.map((c) => [c.skillName, c.from, c.to, c.interestFrom, c.interestTo])]),
    ).toEqual([
      ['Ann Lee', [['SEO', 1, 3, INTEREST_UNSET, INTEREST_UNSET]]],
      ['Bob Stone', [['Writing', NA, NA, INTEREST_UNSET, 2]]],
    ])
    expect(changeCount(groups)).toBe(2)
  })

  it('lists cleared cells in replace mode, skills the file lacks included', () => {
    const data = team()
    const groups = importRatingChanges(
      data,
      source(['Writing'], [{ name: 'Ann Lee', email: 'ann@x.org', levels: [2] }]),
      'replace',
    )
    expect(groups).toHaveLength(1)
    expect(groups[0]!.changes.map((c) => [c.skillName, c.from, c.to])).toEqual([['SEO', 1, NA]])
  })

  it('compares self levels for a self-assessment form', () => {
    const data = team()
    const file = source(['Writing', 'SEO'], [{ name: 'Ann Lee', email: 'ann@x.org', levels: [3, 2] }], 'self')
    const groups = importRatingChanges(data, file, 'merge')
    expect(groups[0]!.changes.map((c) => [c.skillName, c.from, c.to])).toEqual([['SEO', NA, 2]])
  })
})

describe('buildImportChange with two sources', () => {
  it('writes a self-assessment into self levels and leaves the lead’s untouched', () => {
    const data = team()
    const ann = data.people[0]!
    const file = source(
      ['Writing', 'SEO'],
      [{ name: 'Ann Lee', email: 'ann@x.org', levels: [4, 0], interest: [2, null] }],
      'self',
    )
    const after = applyDelta(data, buildImportChange(data, file, 'merge', options()).forward, 1000)
    const record = after.ratings.get(ann.id)!
    expect([...record.levels]).toEqual([2, 1])
    expect([...record.self]).toEqual([4, 0])
    expect(record.interest[0]).toBe(2)
  })

  it('always merges a self-assessment, even when asked to replace', () => {
    const data = team()
    const file = source(['Writing'], [{ name: 'Ann Lee', email: 'ann@x.org', levels: [4] }], 'self')
    expect(resolveImport(data, file, 'replace').removedPeople).toEqual([])
    const after = applyDelta(data, buildImportChange(data, file, 'replace', options()).forward, 1000)
    expect(after.people.map((p) => p.name)).toEqual(['Ann Lee', 'Bob Stone'])
  })

  it('keeps self levels when a normal import writes the lead’s', () => {
    const data = team()
    const ann = data.people[0]!
    const after = applyDelta(
      data,
      buildImportChange(
        data,
        source(['Writing'], [{ name: 'Ann Lee', email: 'ann@x.org', levels: [0] }]),
        'merge',
        options(),
      ).forward,
      1000,
    )
    expect(after.ratings.get(ann.id)!.levels[0]).toBe(0)
    expect(after.ratings.get(ann.id)!.self[0]).toBe(3)
  })

  it('keeps what is stored in the cells the user declined, and applies the rest', () => {
    const data = team()
    const [ann, bob] = data.people
    const file = source(
      ['Writing', 'SEO'],
      [
        { name: 'Ann Lee', email: 'ann@x.org', levels: [4, 4], interest: [2, 2] },
        { name: 'Bob Stone', levels: [1, 1] },
      ],
    )
    const rejected = new Map([[ann!.id, new Set([0])]])
    const after = applyDelta(data, buildImportChange(data, file, 'merge', options({ rejected })).forward, 1000)
    expect([...after.ratings.get(ann!.id)!.levels]).toEqual([2, 4])
    expect([...after.ratings.get(ann!.id)!.interest]).toEqual([INTEREST_UNSET, 2])
    expect([...after.ratings.get(bob!.id)!.levels]).toEqual([1, 1])
  })

  it('commits exactly the listed changes: after the import nothing is left to change', () => {
    const data = team()
    const file = source(
      ['Writing', 'SEO', 'Video'],
      [
        { name: 'Ann Lee', email: 'ann@x.org', levels: [0, null, 2] },
        { name: 'Bob Stone', levels: [3, 3, null] },
      ],
    )
    const groups = importRatingChanges(data, file, 'merge')
    expect(changeCount(groups)).toBe(3)
    const after = applyDelta(data, buildImportChange(data, file, 'merge', options()).forward, 1000)
    expect(importRatingChanges(after, file, 'merge')).toEqual([])
  })
})
