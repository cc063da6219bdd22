import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref, shallowRef } from 'vue'
import { SkillgridDb, setDbForTests } from '../../../src/db/db'
import { startEarlyRead } from '../../../src/db/earlyRead'
import { readMeta, writeMeta } from '../../../src/db/metaRepo'
import { DB_NAME, META_KEYS, STORAGE_KEYS } from '../../../src/db/names'
import { journalPosition } from '../../../src/db/tabSync'
import { createWorkspace } from '../../../src/db/workspaceRepo'
import type { WorkspaceSummary } from '../../../src/db/workspaceRows'
import type { WorkspaceData } from '../../../src/domain/types'
import { createChangeEvents, type WorkspaceEvent } from '../../../src/stores/workspace/changeEvents'
import { createWorkspaceLoader } from '../../../src/stores/workspace/loadWorkspace'
import { createSaveQueue } from '../../../src/stores/workspace/saveQueue'
import { createStorageConnection } from '../../../src/stores/workspace/storageConnection'
import { matrix, workspace } from '../../fixtures/builders'
import { instrumentedDb } from '../helpers'

const opened: SkillgridDb[] = []

function loader(demoLocale?: () => 'en' | 'ru') {
  const data = shallowRef<WorkspaceData | null>(null)
  const workspaces = ref<WorkspaceSummary[]>([])
  const inMemoryOnly = ref(false)
  const connection = createStorageConnection()
  const queue = createSaveQueue({
    storage: connection.storage,
    tabId: 'tab',
    workspaceId: () => data.value?.workspace.id ?? null,
    inMemoryOnly,
    outdated: connection.outdated,
  })
  const events = createChangeEvents()
  const heard: WorkspaceEvent[] = []
  events.onChange((event) => heard.push(event))
  const tabs = { startFrom: vi.fn(), follow: vi.fn(() => Promise.resolve()) }
  const resetHistory = vi.fn()
  const load = createWorkspaceLoader({
    data,
    workspaces,
    inMemoryOnly,
    connection,
    queue,
    tabs,
    events,
    resetHistory,
    demoName: () => 'Demo for the test',
    demoLocale,
  })
  return { load, data, workspaces, inMemoryOnly, queue, tabs, heard, resetHistory }
}

beforeEach(() => {
  localStorage.clear()
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})

afterEach(() => {
  for (const db of opened.splice(0)) db.close()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

describe('loading the workspace at start', () => {
  it('seeds a demo workspace into an empty database, opens it and then follows other tabs', async () => {
    const { db } = instrumentedDb()
    opened.push(db)
    const { load, data, workspaces, tabs, heard, resetHistory } = loader()
    await load.init()
    expect(load.status.value).toBe('ready')
    expect(data.value?.workspace.name).toBe('Demo for the test')
    expect(workspaces.value.map((w) => w.name)).toEqual(['Demo for the test'])
    expect(await readMeta(db, META_KEYS.lastWorkspaceId)).toBe(data.value?.workspace.id)
    expect(load.dataWasCleared.value).toBe(false)
    expect(localStorage.getItem(STORAGE_KEYS.hadData)).toBe('1')
    expect(tabs.startFrom).toHaveBeenCalledWith(0)
    expect(resetHistory).toHaveBeenCalled()
    expect(heard).toEqual([{ kind: 'reload' }])
    await vi.waitFor(() => expect(tabs.follow).toHaveBeenCalledOnce())
  })

  it.each([
    ['en', 'Igor Volkov', 'Platform'],
    ['ru', 'Игорь Волков', 'Платформа'],
  ] as const)('seeds the demo team in the language the app first opens in (%s)', async (locale, name, team) => {
    const { db } = instrumentedDb()
    opened.push(db)
    const { load, data } = loader(() => locale)
    await load.init()
    expect(data.value?.people.find((p) => p.email === 'igor.volkov@example.org')).toMatchObject({ name, team })
  })

  it('opens the last used workspace when there are several', async () => {
    const { db } = instrumentedDb()
    opened.push(db)
    const one = matrix([[1]])
    const two = matrix([[2]])
    two.workspace = workspace({ ...two.workspace, id: 'two', name: 'Two' })
    await createWorkspace(db, one)
    await createWorkspace(db, two)
    await db.meta.put({ key: META_KEYS.lastWorkspaceId, value: 'two' })
    const { load, data } = loader()
    await load.init()
    expect(data.value?.workspace.name).toBe('Two')
  })

  it('tells "the browser cleared our data" from a first run', async () => {
    opened.push(instrumentedDb().db)
    localStorage.setItem(STORAGE_KEYS.hadData, '1')
    const { load } = loader()
    await load.init()
    expect(load.dataWasCleared.value).toBe(true)
  })

  it('works in memory only when IndexedDB cannot be opened', async () => {
    setDbForTests(new SkillgridDb(`missing-${Math.random()}`, { indexedDB: undefined, IDBKeyRange: undefined }))
    const { load, data, inMemoryOnly, queue, heard } = loader()
    await load.init()
    expect(load.status.value).toBe('ready')
    expect(inMemoryOnly.value).toBe(true)
    expect(queue.storageProblem.value).toBe('unavailable')
    expect(queue.saveState.value).toBe('unsaved')
    expect(data.value?.workspace.name).toBe('Demo for the test')
    expect(heard).toEqual([{ kind: 'reload' }])
  })
})

describe('loading from the early read', () => {
  it('shows the early rows at once and opens Dexie only when idle or when an edit needs it', async () => {
    await new Promise((resolve) => (indexedDB.deleteDatabase(DB_NAME).onsuccess = resolve))
    const before = new SkillgridDb(DB_NAME)
    const saved = matrix([[1, 2]])
    await createWorkspace(before, saved, 'earlier-tab')
    await writeMeta(before, META_KEYS.lastWorkspaceId, saved.workspace.id)
    const position = await journalPosition(before)
    before.close()
    const db = new SkillgridDb(DB_NAME)
    opened.push(db)
    setDbForTests(db)
    // A page that never goes idle: only wake() opens the database.
    vi.stubGlobal('requestIdleCallback', () => 0)
    startEarlyRead()
    const { load, data, tabs, heard, queue } = loader()
    await load.init()
    expect(load.status.value).toBe('ready')
    expect(data.value?.workspace.id).toBe(saved.workspace.id)
    expect(tabs.startFrom).toHaveBeenCalledWith(position)
    expect(heard).toEqual([{ kind: 'reload' }])
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(db.isOpen()).toBe(false)
    expect(tabs.follow).not.toHaveBeenCalled()
    load.wake()
    await queue.whenSaved()
    expect(db.isOpen()).toBe(true)
    await vi.waitFor(() => expect(tabs.follow).toHaveBeenCalledOnce())
  })
})

async function earlyReadOfSavedWorkspace() {
  await new Promise((resolve) => (indexedDB.deleteDatabase(DB_NAME).onsuccess = resolve))
  const before = new SkillgridDb(DB_NAME)
  const saved = matrix([[1, 2]])
  await createWorkspace(before, saved, 'earlier-tab')
  await writeMeta(before, META_KEYS.lastWorkspaceId, saved.workspace.id)
  before.close()
  const db = new SkillgridDb(DB_NAME)
  opened.push(db)
  setDbForTests(db)
  startEarlyRead()
  return db
}

describe('loading Dexie after the first screen', () => {
  it('waits for the drawn rows, not for the first idle moment (the page idles while the grid loads)', async () => {
    const db = await earlyReadOfSavedWorkspace()
    vi.stubGlobal('requestIdleCallback', (task: () => void) => setTimeout(task, 0))
    const { load, queue } = loader()
    await load.init()
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(db.isOpen()).toBe(false)
    load.screenShown()
    await queue.whenSaved()
    expect(db.isOpen()).toBe(true)
  })

  it('opens it anyway a few seconds on when no grid reports (another route)', async () => {
    const db = await earlyReadOfSavedWorkspace()
    vi.stubGlobal('requestIdleCallback', (task: () => void) => setTimeout(task, 0))
    const { load, queue } = loader()
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    try {
      await load.init()
      vi.advanceTimersByTime(3900)
      expect(db.isOpen()).toBe(false)
      vi.advanceTimersByTime(200)
    } finally {
      vi.useRealTimers()
    }
    await queue.whenSaved()
    expect(db.isOpen()).toBe(true)
  })
})

describe('opening a workspace by id', () => {
  it('reads it, makes it the last used one, forgets the history and tells the listeners', async () => {
    const { db } = instrumentedDb()
    opened.push(db)
    const other = matrix([[3, 4]])
    other.workspace = workspace({ ...other.workspace, id: 'other', name: 'Other' })
    await createWorkspace(db, other)
    const { load, data, heard, resetHistory } = loader()
    await load.openWorkspace('other')
    expect(data.value?.workspace.name).toBe('Other')
    expect(await readMeta(db, META_KEYS.lastWorkspaceId)).toBe('other')
    expect(resetHistory).toHaveBeenCalledOnce()
    expect(heard).toEqual([{ kind: 'reload' }])
  })

  it('fails on a workspace that is not there, leaving the open one', async () => {
    opened.push(instrumentedDb().db)
    const { load, data } = loader()
    await expect(load.openWorkspace('nowhere')).rejects.toThrow('could not be read')
    expect(data.value).toBeNull()
  })
})
