import { describe, expect, it } from 'vitest'
import { withFreshIds } from '../../../../src/domain/import/withFreshIds'
import { matrix } from '../../../fixtures/builders'

describe('withFreshIds', () => {
  it('gives every entity a new id and keeps every reference, slot and rating', () => {
    const data = matrix([[1, null], [4, 2]])
    data.roles = [{ id: 'r', name: 'Role', nameRu: '', requirements: { [data.skills[0]!.id]: 3 }, hireCost: 1, order: 0, frameworkId: '' }]
    let n = 0
    const fresh = withFreshIds(data, () => `fresh-${++n}`)
    const oldIds = new Set([data.workspace.id, ...data.categories.map((c) => c.id), ...data.skills.map((s) => s.id), ...data.people.map((p) => p.id), 'r'])
    const newIds = [fresh.workspace.id, ...fresh.categories.map((c) => c.id), ...fresh.skills.map((s) => s.id), ...fresh.people.map((p) => p.id), fresh.roles[0]!.id]
    expect(newIds.filter((id) => oldIds.has(id))).toEqual([])
    expect(fresh.skills.every((s) => s.categoryId === fresh.categories[0]!.id)).toBe(true)
    expect(Object.keys(fresh.roles[0]!.requirements)).toEqual([fresh.skills[0]!.id])
    expect(fresh.skills.map((s) => s.slot)).toEqual(data.skills.map((s) => s.slot))
    fresh.people.forEach((p, i) => expect(fresh.ratings.get(p.id)?.levels).toEqual(data.ratings.get(data.people[i]!.id)?.levels))
  })
})
