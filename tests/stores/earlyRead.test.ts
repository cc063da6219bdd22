import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SkillgridDb, setDbForTests } from '../../src/db/db'
import { readEarly, startEarlyRead } from '../../src/db/earlyRead'
import { loadWorkspace } from '../../src/db/workspaceRepo'
import { workspaceFromRows } from '../../src/db/workspaceRows'
import { DB_NAME } from '../../src/db/names'
import { useMatrixStore } from '../../src/stores/matrix'
import { useWorkspaceStore } from '../../src/stores/workspace'

const stores: ReturnType<typeof useWorkspaceStore>[] = []

async function openStore() {
  setActivePinia(createPinia())
  setDbForTests(new SkillgridDb())
  const store = useWorkspaceStore()
  stores.push(store)
  await store.init()
  return store
}

beforeEach(async () => {
  localStorage.clear()
  // The early reader reads the app's own database name.
  await new Promise((resolve) => (indexedDB.deleteDatabase(DB_NAME).onsuccess = resolve))
})

afterEach(async () => {
  for (const store of stores.splice(0)) store.dispose()
  const { getDb } = await import('../../src/db/db')
  getDb().close()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

describe('readEarly', () => {
  it('does not create the database on a first run', async () => {
    expect(await readEarly()).toBeNull()
    const names = (await indexedDB.databases()).map((d) => d.name)
    expect(names).not.toContain(DB_NAME)
  })

  it('reads the last used workspace exactly as the Dexie path does', async () => {
    const store = await openStore()
    const id = store.currentId!
    store.dispose()
    const { getDb } = await import('../../src/db/db')
    const early = await readEarly()
    expect(early?.workspaceId).toBe(id)
    expect(workspaceFromRows(early!.rows)).toEqual(await loadWorkspace(getDb(), id))
  })
})

describe('the early read and the tab journal', () => {
  it('reads where the journal stands in the same transaction as the rows', async () => {
    const store = await openStore()
    const person = store.data!.people[0]!
    useMatrixStore().setLevel(person.id, store.data!.skills[0]!.id, 2)
    useMatrixStore().setLevel(person.id, store.data!.skills[1]!.id, 3)
    await store.whenSaved()
    store.dispose()
    const { getDb } = await import('../../src/db/db')
    const last = await getDb().tabJournal.orderBy(':id').lastKey()
    expect(last).toBeGreaterThanOrEqual(2)
    expect((await readEarly())?.journalSeq).toBe(last)
  })
})

/** A first visit, then a reload that opens from the early read. */
async function reloadFromEarlyRead() {
  const first = await openStore()
  const id = first.currentId!
  first.dispose()
  ;(await import('../../src/db/db')).getDb().close()
  startEarlyRead()
  return { store: await openStore(), id }
}

/** Sets the first person's first skill to 0 and checks the database has it. */
async function expectEditSaved(store: ReturnType<typeof useWorkspaceStore>, id: string) {
  const person = store.data!.people[0]!
  const skill = store.data!.skills[0]!
  useMatrixStore().setLevel(person.id, skill.id, 0)
  await store.whenSaved()
  expect(store.saveState).toBe('saved')
  const stored = await loadWorkspace((await import('../../src/db/db')).getDb(), id)
  expect(stored?.ratings.get(person.id)?.levels[skill.slot]).toBe(0)
}

describe('the store with an early read', () => {
  it('opens from the early read, then saves edits through Dexie', async () => {
    const { store, id } = await reloadFromEarlyRead()
    expect(store.currentId).toBe(id)
    expect(store.data?.people).toHaveLength(16)
    await expectEditSaved(store, id)
  })

  it('after an early read, an edit opens Dexie at once instead of waiting for an idle page', async () => {
    // A page that never goes idle: only the edit can start the database.
    vi.stubGlobal('requestIdleCallback', () => 0)
    const { store, id } = await reloadFromEarlyRead()
    await expectEditSaved(store, id)
  })

  it('falls back to Dexie when the early rows do not validate', async () => {
    const first = await openStore()
    first.dispose()
    ;(await import('../../src/db/db')).getDb().close()
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    ;(globalThis as Record<string, unknown>).__skillgridEarlyRead = Promise.resolve({
      workspaceId: 'x',
      workspaces: [],
      rows: { workspace: { broken: true }, categories: [], skills: [], people: [], roles: [], ratings: [] },
    })
    const store = await openStore()
    expect(store.status).toBe('ready')
    expect(store.data?.people).toHaveLength(16)
  })
})

describe('the early read and self levels', () => {
  it('reads self levels back on reload exactly as saved', async () => {
    const first = await openStore()
    const person = first.data!.people[0]!
    const skill = first.data!.skills[1]!
    useMatrixStore().setSelfLevel(person.id, skill.id, 4)
    await first.whenSaved()
    first.dispose()
    ;(await import('../../src/db/db')).getDb().close()
    const early = await readEarly()
    expect(workspaceFromRows(early!.rows).ratings.get(person.id)?.self[skill.slot]).toBe(4)
  })

  it('reads nothing from a database of an older schema: Dexie upgrades it first', async () => {
    const { default: Dexie } = await import('dexie')
    const v3 = new Dexie(DB_NAME)
    v3.version(3).stores({
      workspaces: 'id',
      categories: 'id, workspaceId',
      skills: 'id, workspaceId',
      roles: 'id, workspaceId',
      plans: 'id, workspaceId',
      meta: 'key',
      members: '[workspaceId+personId], workspaceId',
    })
    await v3.table('workspaces').put({ id: 'w' })
    v3.close()
    expect(await readEarly()).toBeNull()
  })
})
