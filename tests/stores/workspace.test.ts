import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { loadWorkspace, readPeopleRecords } from '../../src/db/workspaceRepo'
import { EditError } from '../../src/domain/edits/editError'
import { levelAt } from '../../src/domain/ratings'
import type { Change } from '../../src/domain/changes'
import type { WorkspaceData } from '../../src/domain/types'
import { useMatrixStore } from '../../src/stores/matrix'
import { useNoticeStore } from '../../src/stores/notices'
import { seedEmptyWorkspace } from '../../src/stores/seeds'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { dumpDb, freshPinia, instrumentedDb, quotaError, type InstrumentedDb } from './helpers'

let storage: InstrumentedDb

async function openedStore() {
  const store = useWorkspaceStore()
  await store.init()
  return store
}

function firstCell(store: ReturnType<typeof useWorkspaceStore>) {
  const data = store.data!
  const person = data.people.find((p) => p.name === 'Alex Chen')!
  const skill = data.skills.find((s) => s.frameworkId === 'engagement.moderation')!
  return { person, skill, level: () => levelAt(store.data!.ratings.get(person.id), skill.slot) }
}

beforeEach(() => {
  freshPinia()
  storage = instrumentedDb()
  localStorage.clear()
  // Failed writes are logged on purpose; keep the test output readable.
  vi.spyOn(console, 'error').mockImplementation(() => {})
})

afterEach(() => {
  useWorkspaceStore().dispose()
  vi.restoreAllMocks()
})

describe('first run', () => {
  it('seeds the demo workspace into an empty database and reads it back on the next start', async () => {
    const store = await openedStore()
    expect(store.status).toBe('ready')
    expect(store.data?.skills).toHaveLength(48)
    const count = store.data!.people.length
    freshPinia()
    const again = await openedStore()
    expect(again.data?.workspace.id).toBe(store.data?.workspace.id)
    expect(again.data?.people).toHaveLength(count)
    expect(again.dataWasCleared).toBe(false)
  })

  it('tells "the browser cleared our data" from a first run', async () => {
    localStorage.setItem('skillgrid.hadData', '1')
    const store = await openedStore()
    expect(store.dataWasCleared).toBe(true)
  })
})

describe('editing a cell', () => {
  it('writes one person record in one read-write transaction', async () => {
    const store = await openedStore()
    const { person, skill } = firstCell(store)
    storage.resetCounters()
    useMatrixStore().setLevel(person.id, skill.id, 1)
    await store.whenSaved()
    expect(storage.writeTransactions()).toBe(1)
    // The person's block of members, and the entry that tells other tabs which person changed.
    expect(storage.writes()).toEqual({ memberBlocks: 1, tabJournal: 1 })
    const stored = await loadWorkspace(storage.db, store.data!.workspace.id)
    expect(levelAt(stored!.ratings.get(person.id), skill.slot)).toBe(1)
  })

  it('writes a self rating the same way: one record, one transaction, the lead’s level kept', async () => {
    const store = await openedStore()
    const { person, skill } = firstCell(store)
    const lead = store.data!.ratings.get(person.id)!.levels[skill.slot]
    storage.resetCounters()
    useMatrixStore().setSelfLevel(person.id, skill.id, 2)
    await store.whenSaved()
    expect(storage.writeTransactions()).toBe(1)
    // The person's block of members, and the entry that tells other tabs which person changed.
    expect(storage.writes()).toEqual({ memberBlocks: 1, tabJournal: 1 })
    const stored = await loadWorkspace(storage.db, store.data!.workspace.id)
    expect(stored!.ratings.get(person.id)!.self[skill.slot]).toBe(2)
    expect(stored!.ratings.get(person.id)!.levels[skill.slot]).toBe(lead)
  })

  it('undoes and redoes, on screen and on disk', async () => {
    const store = await openedStore()
    const { person, skill, level } = firstCell(store)
    const before = level()
    useMatrixStore().setLevel(person.id, skill.id, 0)
    expect(level()).toBe(0)
    store.undo()
    expect(level()).toBe(before)
    await store.whenSaved()
    let stored = await loadWorkspace(storage.db, store.data!.workspace.id)
    expect(levelAt(stored!.ratings.get(person.id), skill.slot)).toBe(before)
    store.redo()
    await store.whenSaved()
    stored = await loadWorkspace(storage.db, store.data!.workspace.id)
    expect(levelAt(stored!.ratings.get(person.id), skill.slot)).toBe(0)
    expect(store.canRedo).toBe(false)
  })

  it('adds no undo step for an edit that changes nothing', async () => {
    const store = await openedStore()
    const { person, skill, level } = firstCell(store)
    useMatrixStore().setLevel(person.id, skill.id, level())
    expect(store.canUndo).toBe(false)
  })

  it('leaves the database unchanged when the write fails, keeps the edit in memory and saves it on retry', async () => {
    const store = await openedStore()
    const { person, skill, level } = firstCell(store)
    await store.whenSaved()
    const before = await dumpDb(storage.db)
    storage.failWritesWith(quotaError())
    useMatrixStore().setLevel(person.id, skill.id, 2)
    await store.whenSaved()
    expect(await dumpDb(storage.db)).toEqual(before)
    expect(store.saveState).toBe('unsaved')
    expect(store.storageProblem).toBe('quota')
    expect(level()).toBe(2)
    storage.failWritesWith(null)
    await store.retrySave()
    expect(store.saveState).toBe('saved')
    const stored = await loadWorkspace(storage.db, store.data!.workspace.id)
    expect(levelAt(stored!.ratings.get(person.id), skill.slot)).toBe(2)
  })

  it('recognises a quota error wrapped in an AbortError', async () => {
    const store = await openedStore()
    const { person, skill } = firstCell(store)
    const wrapped = Object.assign(new DOMException('aborted', 'AbortError'), { inner: quotaError() })
    storage.failWritesWith(wrapped)
    useMatrixStore().setLevel(person.id, skill.id, 1)
    await store.whenSaved()
    expect(store.storageProblem).toBe('quota')
  })
})

describe('people', () => {
  it('adds, deactivates and deletes a person with their ratings, each undoable', async () => {
    const store = await openedStore()
    const matrix = useMatrixStore()
    const count = store.data!.people.length
    const id = matrix.addNewPerson({ name: '  Зоя Новая ', team: 'Core' })!
    expect(store.data!.people).toHaveLength(count + 1)
    expect(store.data!.people.find((p) => p.id === id)?.name).toBe('Зоя Новая')
    matrix.editPerson(id, { active: false })
    expect(store.data!.people.find((p) => p.id === id)?.active).toBe(false)
    matrix.removePeople([id])
    await store.whenSaved()
    const storedPeople = async () => (await readPeopleRecords(storage.db, store.data!.workspace.id, [id])).people
    expect(await storedPeople()).toEqual([])
    store.undo()
    await store.whenSaved()
    expect((await storedPeople())[0]?.active).toBe(false)
  })

  it('refuses a second person with the same email and says so', async () => {
    const store = await openedStore()
    const taken = store.data!.people[0]!.email
    expect(useMatrixStore().addNewPerson({ name: 'Copy', email: taken.toUpperCase() })).toBeNull()
  })
})

describe('reset and start empty', () => {
  it('starts an empty workspace with the framework skills and clears undo', async () => {
    const store = await openedStore()
    const { person, skill } = firstCell(store)
    useMatrixStore().setLevel(person.id, skill.id, 0)
    await store.startEmpty()
    expect(store.data!.people).toHaveLength(0)
    expect(store.data!.skills).toHaveLength(48)
    expect(store.canUndo).toBe(false)
    const stored = await loadWorkspace(storage.db, store.data!.workspace.id)
    expect(stored!.people).toHaveLength(0)
    await store.resetToDemo()
    expect(store.data!.people.length).toBeGreaterThan(10)
    expect((await loadWorkspace(storage.db, store.data!.workspace.id))?.people).toHaveLength(store.data!.people.length)
  })
})

describe('change events', () => {
  it('tell listeners of a small edit at once, and of a big change once it is written', async () => {
    const store = await openedStore()
    const events: string[] = []
    store.onChange((event) =>
      events.push(event.kind === 'delta' ? `delta:${event.delta.people?.put?.length ?? 0}` : event.kind),
    )
    const { person, skill } = firstCell(store)
    useMatrixStore().setLevel(person.id, skill.id, 0)
    expect(events).toEqual(['delta:0'])

    const many = Array.from({ length: 1200 }, (_, i) => ({
      ...person,
      id: `bulk-${i}`,
      email: '',
      name: `Bulk ${i}`,
      order: 100 + i,
    }))
    store.commit({
      label: { action: 'addPerson', subject: 'bulk' },
      forward: { people: { put: many } },
      backward: { people: { delete: many.map((p) => p.id) } },
    })
    expect(store.data!.people.length).toBeGreaterThan(1200)
    expect(events).toEqual(['delta:0'])
    await store.whenSaved()
    await vi.waitFor(() => expect(events).toEqual(['delta:0', 'delta:1200']))
    expect((await loadWorkspace(storage.db, store.data!.workspace.id))?.people).toHaveLength(store.data!.people.length)
  })

  it('hold a small edit made while a big change is written behind it, so listeners see them in order', async () => {
    const store = await openedStore()
    const events: string[] = []
    store.onChange((event) =>
      events.push(
        event.kind === 'delta'
          ? `delta:${event.delta.people?.put?.length ?? 0}:${event.delta.ratings?.cells?.length ?? 0}`
          : event.kind,
      ),
    )
    const { person } = firstCell(store)
    const many = Array.from({ length: 1200 }, (_, i) => ({
      ...person,
      id: `bulk-${i}`,
      email: '',
      name: `Bulk ${i}`,
      order: 100 + i,
    }))
    store.commit({
      label: { action: 'addPerson', subject: 'bulk' },
      forward: { people: { put: many } },
      backward: { people: { delete: many.map((p) => p.id) } },
    })
    // An edit of someone the big change added, before it is on disk.
    const skill = store.data!.skills[0]!
    useMatrixStore().setLevel('bulk-7', skill.id, 3)
    expect(events).toEqual([])
    await store.whenSaved()
    await vi.waitFor(() => expect(events).toEqual(['delta:1200:0', 'delta:0:1']))
    expect(levelAt(store.data!.ratings.get('bulk-7'), skill.slot)).toBe(3)
    // Once the queue is empty, a small edit is told at once again.
    const level = levelAt(store.data!.ratings.get(person.id), skill.slot)
    useMatrixStore().setLevel(person.id, skill.id, level === 1 ? 2 : 1)
    expect(events).toHaveLength(3)
  })
})

describe('a change built in steps (an import)', () => {
  /** A change that sets Alex Chen's moderation level, built from `current` in `steps` yields. */
  function* setLevelSteps(current: WorkspaceData, level: number, steps: number, seen: WorkspaceData[]) {
    seen.push(current)
    for (let step = 0; step < steps; step++) yield
    const person = current.people.find((p) => p.name === 'Alex Chen')!
    const skill = current.skills.find((s) => s.frameworkId === 'engagement.moderation')!
    const before = current.ratings.get(person.id)!
    const levels = Uint8Array.from(before.levels)
    levels[skill.slot] = level
    return {
      label: { action: 'importCsv', subject: 'steps.csv' },
      forward: { ratings: { put: [{ ...before, levels }] } },
      backward: { ratings: { put: [before] } },
    }
  }

  it('commits it as one undoable change once every step ran', async () => {
    const store = await openedStore()
    const { level } = firstCell(store)
    const seen: WorkspaceData[] = []
    expect(await store.editInSteps((current) => setLevelSteps(current, 4, 3, seen))).toBe(true)
    expect(level()).toBe(4)
    expect(seen).toHaveLength(1)
    expect(store.nextUndo?.action).toBe('importCsv')
  })

  it('builds it again from the data as it is when another change came in meanwhile, keeping both', async () => {
    const store = await openedStore()
    const { person, level } = firstCell(store)
    const other = store.data!.skills.find((s) => s.frameworkId !== 'engagement.moderation')!
    const seen: WorkspaceData[] = []
    // Steps long enough (a task each, in slices of no time) for another edit to land between them.
    const building = store.editInSteps((current) => setLevelSteps(current, 4, 50, seen))
    useMatrixStore().setLevel(person.id, other.id, 2)
    expect(await building).toBe(true)
    expect(seen.length).toBe(2)
    expect(level()).toBe(4)
    expect(levelAt(store.data!.ratings.get(person.id), other.slot)).toBe(2)
  })

  it('is dropped when another workspace opened meanwhile (this one deleted in another tab)', async () => {
    const store = await openedStore()
    const first = store.data!.workspace.id
    let switched = false
    const building = store.editInSteps(function* (current) {
      // Each step runs past a slice, so the switch below gets tasks in between.
      for (let step = 0; step < 500 && !switched; step++) {
        const until = performance.now() + 13
        while (performance.now() < until);
        yield
      }
      return setLevelSteps(current, 4, 0, []).next().value as Change
    })
    await store.addWorkspace(await seedEmptyWorkspace('Other'))
    switched = true
    expect(await building).toBe(false)
    expect(store.data!.workspace.id).not.toBe(first)
    expect(store.nextUndo).toBeNull()
  })

  it('turns a refused change into a notice and changes nothing', async () => {
    const store = await openedStore()
    const { level } = firstCell(store)
    const before = level()
    const refused = store.editInSteps(function* () {
      yield
      throw new EditError('edit.nameRequired')
    })
    expect(await refused).toBe(false)
    expect(level()).toBe(before)
    expect(useNoticeStore().notices.map((n) => n.key)).toContain('edit.nameRequired')
  })
})
