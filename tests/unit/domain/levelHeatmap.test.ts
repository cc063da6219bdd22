import { describe, expect, it } from 'vitest'
import { levelHeatmap } from '../../../src/domain/levelHeatmap'
import type { Person } from '../../../src/domain/types'
import { category, matrix, skill, type FixtureData } from '../../fixtures/builders'

function twoCategories(rows: (number | null)[][], people: Partial<Person>[] = []): FixtureData {
  const first = category({ name: 'First', order: 0 })
  const second = category({ name: 'Second', order: 1 })
  const empty = category({ name: 'Empty', order: 2 })
  const base = matrix(rows, { people })
  return {
    ...base,
    categories: [second, empty, first],
    skills: [
      skill({ slot: 0, categoryId: first.id }),
      skill({ slot: 1, categoryId: first.id }),
      skill({ slot: 2, categoryId: second.id }),
    ],
  }
}

describe('levelHeatmap', () => {
  it('counts each active person once per category at their highest level there', () => {
    const data = twoCategories([
      [1, 3, 0],
      [4, null, null],
      [null, null, 2],
    ])
    const [first, second] = levelHeatmap(data)
    expect(first).toMatchObject({ categoryId: data.categories[2]!.id, counts: [0, 0, 0, 1, 1], notAssessed: 1 })
    expect(second).toMatchObject({ categoryId: data.categories[0]!.id, counts: [1, 0, 1, 0, 0], notAssessed: 1 })
  })

  it('leaves out categories without skills and keeps the category order', () => {
    const data = twoCategories([[1, 1, 1]])
    expect(levelHeatmap(data).map((row) => row.categoryId)).toEqual([data.categories[2]!.id, data.categories[0]!.id])
  })

  it('skips inactive and excluded people, and counts people without a record as not assessed', () => {
    const data = twoCategories(
      [
        [4, 4, 4],
        [4, 4, 4],
        [0, 0, 0],
        [2, 2, 2],
      ],
      [{}, { active: false }],
    )
    data.ratings.delete(data.people[2]!.id)
    const rows = levelHeatmap({ ...data, excluded: new Set([data.people[3]!.id]) })
    expect(rows.map((row) => [...row.counts, row.notAssessed])).toEqual([
      [0, 0, 0, 0, 1, 1],
      [0, 0, 0, 0, 1, 1],
    ])
  })
})
