import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref, shallowRef } from 'vue'
import { SkillgridDb } from '../../../src/db/db'
import { loadStorage } from '../../../src/db/lazyStorage'
import { appendJournal, journalPosition, listNote } from '../../../src/db/tabSync'
import {
  createWorkspace,
  deleteWorkspace,
  listWorkspaces,
  loadWorkspace,
  writeDelta,
} from '../../../src/db/workspaceRepo'
import type { WorkspaceSummary } from '../../../src/db/workspaceRows'
import type { Delta } from '../../../src/domain/changes'
import { levelAt } from '../../../src/domain/ratings'
import type { WorkspaceData } from '../../../src/domain/types'
import { createChangeEvents, type WorkspaceEvent } from '../../../src/stores/workspace/changeEvents'
import { createTabFollow } from '../../../src/stores/workspace/tabFollow'
import { matrix, workspace } from '../../fixtures/builders'
import { instrumentedDb, type InstrumentedDb } from '../helpers'

let storage: InstrumentedDb
let otherTab: SkillgridDb
const stops: (() => void)[] = []

const seeded = matrix([
  [1, 2],
  [3, 4],
])
const [first, second] = seeded.people
const cells = (personId: string, slot: number, level: number): Delta => ({
  ratings: { cells: [{ personId, slot, level }] },
})

async function following(pendingChanges: Delta[] = []) {
  await createWorkspace(storage.db, seeded)
  const data = shallowRef<WorkspaceData | null>(await loadWorkspace(storage.db, seeded.workspace.id))
  const workspaces = ref<WorkspaceSummary[]>(await listWorkspaces(storage.db))
  const events = createChangeEvents()
  const heard: WorkspaceEvent[] = []
  events.onChange((event) => heard.push(event))
  const lists: string[] = []
  events.onListChanged((list) => lists.push(list))
  const openWorkspace = vi.fn(() => Promise.resolve())
  const deletedElsewhere = vi.fn()
  const tabs = createTabFollow({
    storage: loadStorage,
    tabId: 'this-tab',
    data,
    workspaces,
    pending: shallowRef(pendingChanges),
    inMemoryOnly: ref(false),
    whenSaved: () => Promise.resolve(),
    events,
    openWorkspace,
    deletedElsewhere,
  })
  stops.push(tabs.dispose)
  tabs.startFrom(await journalPosition(storage.db))
  return { tabs, data, workspaces, heard, lists, openWorkspace, deletedElsewhere }
}

const levelOf = (data: WorkspaceData | null, personId: string, slot: number) =>
  levelAt(data?.ratings.get(personId), slot)

beforeEach(() => {
  storage = instrumentedDb()
  otherTab = new SkillgridDb(storage.db.name)
})

afterEach(() => {
  for (const stop of stops.splice(0)) stop()
  otherTab.close()
  storage.db.close()
})

describe('following other tabs', () => {
  it('reads back the person another tab saved, keeping this tab’s unsaved edit on top', async () => {
    // This tab has an unsaved edit of the same person, another cell.
    const { tabs, data, heard } = await following([cells(first!.id, 1, 0)])
    await tabs.follow()
    await writeDelta(otherTab, seeded.workspace.id, cells(first!.id, 0, 4), 1, {
      tab: 'other-tab',
      personIds: [first!.id],
      structural: false,
    })
    await vi.waitFor(() => expect(levelOf(data.value, first!.id, 0)).toBe(4))
    expect(levelOf(data.value, first!.id, 1)).toBe(0)
    expect(levelOf(data.value, second!.id, 0)).toBe(3)
    expect(heard.map((event) => event.kind)).toEqual(['delta'])
  })

  it('reloads the workspace and its list after a structural change in another tab', async () => {
    const { tabs, data, workspaces, heard } = await following()
    await tabs.follow()
    const renamed = workspace({ ...seeded.workspace, name: 'Renamed elsewhere' })
    await writeDelta(otherTab, seeded.workspace.id, { workspace: renamed }, 1, {
      tab: 'other-tab',
      personIds: [],
      structural: true,
    })
    await vi.waitFor(() => expect(heard).toEqual([{ kind: 'reload' }]))
    expect(data.value?.workspace.name).toBe('Renamed elsewhere')
    expect(workspaces.value.map((w) => w.name)).toEqual(['Renamed elsewhere'])
  })

  it('tells the list listeners when another tab saved a plan, without touching the matrix', async () => {
    const { tabs, data, heard, lists } = await following()
    const before = data.value
    await tabs.follow()
    await appendJournal(otherTab, seeded.workspace.id, listNote('other-tab', 'plans'))
    await vi.waitFor(() => expect(lists).toEqual(['plans']))
    expect(data.value).toBe(before)
    expect(heard).toEqual([])
  })

  it('opens another workspace when the open one was deleted in another tab, and says so', async () => {
    const { tabs, openWorkspace, deletedElsewhere } = await following()
    const kept = matrix([[0]])
    kept.workspace = workspace({ ...kept.workspace, id: 'kept', name: 'Kept' })
    await createWorkspace(otherTab, kept)
    await tabs.follow()
    await deleteWorkspace(otherTab, seeded.workspace.id, 'other-tab')
    await vi.waitFor(() => expect(openWorkspace).toHaveBeenCalledWith('kept'))
    expect(deletedElsewhere).toHaveBeenCalledWith(seeded.workspace.name, 'Kept')
  })

  it('after a gap in the journal, reloads and has every list read again', async () => {
    const { tabs, heard, lists } = await following()
    await tabs.applyRemote({ workspaceId: null, personIds: [], structural: true })
    expect(lists).toEqual(['snapshots', 'plans'])
    expect(heard).toEqual([{ kind: 'reload' }])
  })

  it('ignores another workspace’s cell edits, and stops following once disposed', async () => {
    const { tabs, data, heard } = await following()
    const before = data.value
    await tabs.applyRemote({ workspaceId: 'another', personIds: [first!.id], structural: false })
    expect(data.value).toBe(before)
    await tabs.follow()
    tabs.dispose()
    await writeDelta(otherTab, seeded.workspace.id, cells(first!.id, 0, 4), 1, {
      tab: 'other-tab',
      personIds: [first!.id],
      structural: false,
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(levelOf(data.value, first!.id, 0)).toBe(1)
    expect(heard).toEqual([])
  })
})
