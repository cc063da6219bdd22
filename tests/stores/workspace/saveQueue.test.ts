import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { loadStorage } from '../../../src/db/lazyStorage'
import { createWorkspace, loadWorkspace } from '../../../src/db/workspaceRepo'
import type { Delta } from '../../../src/domain/changes'
import { createSaveQueue } from '../../../src/stores/workspace/saveQueue'
import { matrix, workspace } from '../../fixtures/builders'
import { instrumentedDb, quotaError, type InstrumentedDb } from '../helpers'

let storage: InstrumentedDb
const data = matrix([
  [1, 2],
  [3, 4],
])
const personId = data.people[0]!.id
const cell = (level: number): Delta => ({ ratings: { cells: [{ personId, slot: 0, level }] } })

async function queue(options: { inMemoryOnly?: boolean; outdated?: boolean } = {}) {
  await createWorkspace(storage.db, data)
  storage.resetCounters()
  const onQueued = vi.fn()
  const saves = createSaveQueue({
    storage: loadStorage,
    tabId: 'this-tab',
    workspaceId: () => data.workspace.id,
    inMemoryOnly: ref(options.inMemoryOnly ?? false),
    outdated: ref(options.outdated ?? false),
    onQueued,
  })
  return { saves, onQueued }
}

const storedLevel = async () => (await loadWorkspace(storage.db, data.workspace.id))?.ratings.get(personId)?.levels[0]

beforeEach(() => {
  storage = instrumentedDb()
  vi.spyOn(console, 'error').mockImplementation(() => {})
})

afterEach(() => {
  storage.db.close()
  vi.restoreAllMocks()
})

describe('the save queue', () => {
  it('writes each change in order, one read-write transaction each, with its journal entry', async () => {
    const { saves, onQueued } = await queue()
    saves.persist(cell(3))
    saves.persist({ workspace: workspace({ ...data.workspace, name: 'Renamed' }) })
    expect(saves.pending.value).toHaveLength(2)
    expect(onQueued).toHaveBeenCalledTimes(2)
    await saves.whenSaved()
    expect(saves.saveState.value).toBe('saved')
    expect(saves.pending.value).toEqual([])
    expect(storage.writeTransactions()).toBe(2)
    expect(await storedLevel()).toBe(3)
    const journal = await storage.db.tabJournal.toArray()
    expect(journal.map(({ tab, personIds, structural }) => ({ tab, personIds, structural }))).toEqual([
      { tab: 'this-tab', personIds: [personId], structural: false },
      { tab: 'this-tab', personIds: [], structural: true },
    ])
  })

  it('keeps a change that failed to save pending, says why, and writes it on retry', async () => {
    const { saves } = await queue()
    storage.failWritesWith(quotaError())
    saves.persist(cell(0))
    await saves.whenSaved()
    expect(saves.saveState.value).toBe('unsaved')
    expect(saves.storageProblem.value).toBe('quota')
    expect(saves.pending.value).toHaveLength(1)
    expect(await storedLevel()).toBe(1)
    storage.failWritesWith(null)
    await saves.retrySave()
    expect(saves.saveState.value).toBe('saved')
    expect(saves.storageProblem.value).toBeNull()
    expect(await storedLevel()).toBe(0)
  })

  it('writes nothing once another tab has upgraded the database', async () => {
    const { saves } = await queue({ outdated: true })
    saves.persist(cell(4))
    await saves.whenSaved()
    expect(saves.storageProblem.value).toBe('version')
    expect(storage.writeTransactions()).toBe(0)
  })

  it('queues nothing when the app works in memory only', async () => {
    const { saves, onQueued } = await queue({ inMemoryOnly: true })
    saves.persist(cell(4))
    await saves.whenSaved()
    expect(saves.pending.value).toEqual([])
    expect(onQueued).not.toHaveBeenCalled()
    expect(saves.saveState.value).toBe('saved')
  })

  it('runs a queued task after the writes queued before it; writes queued later wait for it', async () => {
    const { saves } = await queue()
    const seen: (number | undefined)[] = []
    let release!: () => void
    saves.persist(cell(2))
    saves.enqueue(async () => {
      seen.push(await storedLevel())
      await new Promise<void>((resolve) => (release = resolve))
    })
    await vi.waitFor(() => expect(seen).toEqual([2]))
    saves.persist(cell(4))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(await storedLevel()).toBe(2)
    release()
    await saves.whenSaved()
    expect(await storedLevel()).toBe(4)
  })

  it('forgets the pending changes when asked', async () => {
    const { saves } = await queue()
    storage.failWritesWith(quotaError())
    saves.persist(cell(0))
    await saves.whenSaved()
    saves.clearPending()
    expect(saves.pending.value).toEqual([])
  })
})
