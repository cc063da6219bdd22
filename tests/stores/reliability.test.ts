import { memberBlockOf, membersFromBlock } from '../../src/db/converters/memberBlock'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SkillgridDb, setDbForTests } from '../../src/db/db'
import { levelAt } from '../../src/domain/ratings'
import { useMatrixStore } from '../../src/stores/matrix'
import { useWorkspaceStore } from '../../src/stores/workspace'

let name = ''
const stores: ReturnType<typeof useWorkspaceStore>[] = []

async function openStore(db: SkillgridDb) {
  setActivePinia(createPinia())
  setDbForTests(db)
  const store = useWorkspaceStore()
  stores.push(store)
  await store.init()
  return store
}

beforeEach(() => {
  name = `reliability-${Math.random()}`
  localStorage.clear()
  vi.spyOn(console, 'error').mockImplementation(() => {})
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})

afterEach(() => {
  for (const store of stores.splice(0)) store.dispose()
  vi.restoreAllMocks()
})

describe('storage failure modes (RELIABILITY.md)', () => {
  it('#2 IndexedDB missing: says so and keeps working in memory', async () => {
    const store = await openStore(new SkillgridDb(name, { indexedDB: undefined, IDBKeyRange: undefined }))
    expect(store.status).toBe('ready')
    expect(store.inMemoryOnly).toBe(true)
    expect(store.storageProblem).toBe('unavailable')
    const person = store.data!.people[0]!
    const skill = store.data!.skills[0]!
    useMatrixStore().setLevel(person.id, skill.id, 4)
    expect(store.data!.ratings.get(person.id)?.levels[skill.slot]).toBe(4)
    expect(store.saveState).toBe('unsaved')
  })

  it('#5 a transaction ends when it waits on anything but the database; the app never does that', async () => {
    const db = new SkillgridDb(name)
    // What auto-commit does to a transaction that awaits a timer (Dexie's own test): the next
    // request finds it finished (Dexie names it PrematureCommitError or TransactionInactiveError).
    await expect(
      db.transaction('rw', db.meta, async () => {
        await db.meta.put({ key: 'first', value: 1 })
        await new Promise((resolve) => setTimeout(resolve, 100))
        await db.meta.put({ key: 'second', value: 2 })
      }),
    ).rejects.toMatchObject({
      name: expect.stringMatching(/^(PrematureCommitError|TransactionInactiveError)$/) as unknown,
    })
    expect(await db.meta.get('second')).toBeUndefined()
    // Each kind of write the app makes is one transaction with its journal entry, and completes.
    const store = await openStore(db)
    const person = store.data!.people[0]!
    const skill = store.data!.skills[0]!
    useMatrixStore().setLevel(
      person.id,
      skill.id,
      levelAt(store.data!.ratings.get(person.id), skill.slot) === 4 ? 1 : 4,
    )
    useMatrixStore().addNewPerson({ name: 'Zoe New' })
    await store.whenSaved()
    expect(store.undoStack).toHaveLength(2)
    await store.resetToDemo()
    expect(store.saveState).toBe('saved')
    expect((await db.tabJournal.toArray()).map((entry) => entry.structural)).toEqual([false, false, true])
  })

  it('#3 a newer schema opened in another tab: the old tab stops writing and asks to reload', async () => {
    const store = await openStore(new SkillgridDb(name))
    // The next release of the app: today's schema plus one more version.
    const newer = new SkillgridDb(name)
    newer.version(newer.verno + 1).stores({ extra: 'id' })
    await newer.open()
    await vi.waitFor(() => expect(store.outdated).toBe(true))
    const person = store.data!.people[0]!
    const skill = store.data!.skills[0]!
    const before = store.data!.ratings.get(person.id)!.levels[skill.slot]!
    useMatrixStore().setLevel(person.id, skill.id, before === 0 ? 1 : 0)
    await store.whenSaved()
    expect(store.saveState).toBe('unsaved')
    expect(store.storageProblem).toBe('version')
    // Nothing old-shaped was written into the newer database.
    const block = await newer.table('memberBlocks').get([store.data!.workspace.id, memberBlockOf(person.id)])
    const stored = membersFromBlock(block).find((m) => m.person.id === person.id)
    expect(stored?.ratings.levels[skill.slot]).toBe(before)
    newer.close()
  })

  it('#4 an upgrade blocked by a tab that does not close says so instead of hanging silently', async () => {
    // An old connection that ignores versionchange.
    const stubborn = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1)
      request.onupgradeneeded = () => request.result.createObjectStore('workspaces', { keyPath: 'id' })
      request.onsuccess = () => {
        request.result.onversionchange = () => {}
        resolve(request.result)
      }
      request.onerror = () => reject(request.error)
    })
    setActivePinia(createPinia())
    // Skillgrid's schema upgrades the stubborn v1 database (Dexie multiplies versions by 10).
    setDbForTests(new SkillgridDb(name))
    const store = useWorkspaceStore()
    stores.push(store)
    const opening = store.init()
    await vi.waitFor(() => expect(store.blocked).toBe(true))
    stubborn.close()
    await opening
    expect(store.status).toBe('ready')
    expect(store.blocked).toBe(false)
  })
})
