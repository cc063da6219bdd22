import { beforeEach, describe, expect, it } from 'vitest'
import { createWorkspace, loadWorkspace, writeDelta } from '../../src/db/workspaceRepo'
import { freshPinia, instrumentedDb, type InstrumentedDb } from './helpers'
import { generateWorkspace } from '../fixtures/generate'

let storage: InstrumentedDb

beforeEach(() => {
  freshPinia()
  storage = instrumentedDb()
})

describe('writing the ratings of many people who are there already (issue 16)', () => {
  it.each([50, 1000, 5200])(
    'keeps each person and writes the new levels (%i people: one get each, one range read, or range reads page by page)',
    async (count) => {
      // 5,500 members: more than one page of range reads for 5,200 of them.
      const data = generateWorkspace(5500, 6)
      const other = generateWorkspace(5500, 6, 11)
      await createWorkspace(storage.db, data)
      // Whole ratings records without their people: each member's person is read back and kept.
      const records = other.people.slice(0, count).map((p) => ({ ...other.ratings.get(p.id)!, personId: p.id }))
      await writeDelta(storage.db, data.workspace.id, { ratings: { put: records } }, 5)
      const loaded = (await loadWorkspace(storage.db, data.workspace.id))!
      expect(loaded.people).toEqual(data.people)
      for (const person of data.people.slice(0, count + 5)) {
        const expected = person.id === records[data.people.indexOf(person)]?.personId ? other : data
        expect([...loaded.ratings.get(person.id)!.levels]).toEqual([...expected.ratings.get(person.id)!.levels])
      }
    },
  )
})
