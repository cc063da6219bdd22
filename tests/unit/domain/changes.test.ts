import { describe, expect, it } from 'vitest'
import { applyDelta, changesColumns, isEmptyDelta, peopleTouched } from '../../../src/domain/changes'
import { levelAt } from '../../../src/domain/ratings'
import { matrix, person } from '../../fixtures/builders'

describe('applyDelta', () => {
  it('replaces, adds and deletes entities without mutating the input', () => {
    const data = matrix([[1], [2]])
    const [first, second] = data.people
    const renamed = { ...first!, name: 'Renamed' }
    const added = person({ name: 'New' })
    const next = applyDelta(data, { people: { put: [renamed, added], delete: [second!.id] } }, 0)
    expect(next.people.map((p) => p.name)).toEqual(['Renamed', 'New'])
    expect(data.people.map((p) => p.name)).toEqual(['Person 0', 'Person 1'])
  })

  it('shares every part the delta does not touch', () => {
    const data = matrix([[1]])
    const next = applyDelta(data, { people: { put: [{ ...data.people[0]!, team: 'X' }] } }, 0)
    expect(next.skills).toBe(data.skills)
    expect(next.ratings).toBe(data.ratings)
  })

  it('merges cell writes into the person record', () => {
    const data = matrix([[1, 2]])
    const id = data.people[0]!.id
    const next = applyDelta(data, { ratings: { cells: [{ personId: id, slot: 1, level: 4 }] } }, 5)
    expect(levelAt(next.ratings.get(id), 0)).toBe(1)
    expect(levelAt(next.ratings.get(id), 1)).toBe(4)
    expect(levelAt(data.ratings.get(id), 1)).toBe(2)
  })

  it('creates a ratings record for a person who had none', () => {
    const data = matrix([[]], { skillCount: 2 })
    const id = data.people[0]!.id
    const emptied = applyDelta(data, { ratings: { delete: [id] } }, 0)
    const next = applyDelta(emptied, { ratings: { cells: [{ personId: id, slot: 0, level: 3 }] } }, 0)
    expect(levelAt(next.ratings.get(id), 0)).toBe(3)
  })

  it('never lowers the slot counter, even when an older workspace record is written back', () => {
    const data = matrix([[1]])
    const old = { ...data.workspace, nextSlot: 0 }
    expect(applyDelta(data, { workspace: old }, 0).workspace.nextSlot).toBe(1)
  })
})

describe('delta helpers', () => {
  it('names the people whose rows a delta touches', () => {
    const delta = {
      ratings: { cells: [{ personId: 'a', slot: 0, level: 1 }], delete: ['b'] },
      people: { put: [person({ id: 'c' })] },
    }
    expect([...peopleTouched(delta)].sort()).toEqual(['a', 'b', 'c'])
  })

  it('tells column changes from row changes', () => {
    expect(changesColumns({ ratings: { cells: [] } })).toBe(false)
    expect(changesColumns({ skills: { delete: ['s'] } })).toBe(true)
  })

  it('takes the empty skill and category lists of an import that adds none for no column change', () => {
    expect(changesColumns({ categories: { put: [] }, skills: { put: [] }, people: { put: [person({})] } })).toBe(false)
    expect(changesColumns({ categories: { put: [] }, skills: { put: [], delete: ['s'] } })).toBe(true)
  })

  it('recognises an empty delta', () => {
    expect(isEmptyDelta({ people: { put: [] }, ratings: { cells: [] } })).toBe(true)
    expect(isEmptyDelta({ ratings: { delete: ['x'] } })).toBe(false)
  })
})
