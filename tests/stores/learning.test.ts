import { beforeEach, describe, expect, it } from 'vitest'
import { loadWorkspace } from '../../src/db/workspaceRepo'
import type { ResourceFields } from '../../src/domain/edits'
import type { LearningResource, WorkspaceData } from '../../src/domain/types'
import { useBackupStore } from '../../src/stores/backup'
import { useLearningStore } from '../../src/stores/learning'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { dumpDb, freshPinia, instrumentedDb, type InstrumentedDb } from './helpers'

let storage: InstrumentedDb

async function opened() {
  const workspace = useWorkspaceStore()
  await workspace.init()
  await workspace.whenSaved()
  return { workspace, learning: useLearningStore() }
}

const stored = async () => (await loadWorkspace(storage.db, useWorkspaceStore().data!.workspace.id))!.resources

function fields(overrides: Partial<ResourceFields> = {}): ResourceFields {
  return {
    title: { en: 'Moderation school', ru: '' },
    url: null,
    kind: 'workshop',
    language: 'en',
    teaches: {},
    seats: 6,
    costPerSeat: 1.25,
    costPerSession: 2,
    note: '',
    ...overrides,
  }
}

beforeEach(() => {
  freshPinia()
  storage = instrumentedDb()
  localStorage.clear()
})

describe('the learning catalogue store', () => {
  it('starts a new workspace with the seeded catalogue, stored with it', async () => {
    const { workspace } = await opened()
    expect(workspace.data!.resources).toHaveLength(11)
    expect((await stored()).map((r) => r.frameworkId)).toEqual(workspace.data!.resources.map((r) => r.frameworkId))
  })

  it('adds and edits a resource, each one transaction and one undo step, kept after a reload', async () => {
    const { workspace, learning } = await opened()
    const moderation = workspace.data!.skills.find((s) => s.frameworkId === 'engagement.moderation')!
    storage.resetCounters()
    const id = learning.add(fields({ teaches: { [moderation.id]: 3 } }))!
    await workspace.whenSaved()
    expect(storage.writeTransactions()).toBe(1)
    expect(storage.writes()).toEqual({ resources: 1, tabJournal: 1 })
    expect(learning.update(id, fields({ costPerSeat: 3 }))).toBe(true)
    await workspace.whenSaved()
    expect((await stored()).find((r) => r.id === id)).toMatchObject({ costPerSeat: 3, teaches: {} })

    workspace.undo()
    await workspace.whenSaved()
    expect((await stored()).find((r) => r.id === id)).toMatchObject({ costPerSeat: 1.25 })
    workspace.undo()
    await workspace.whenSaved()
    expect((await stored()).some((r) => r.id === id)).toBe(false)
    workspace.redo()
    await workspace.whenSaved()
    expect((await stored()).some((r) => r.id === id)).toBe(true)
  })

  it('refuses what a form may not save, with the reason, and writes nothing', async () => {
    const { workspace, learning } = await opened()
    const before = await dumpDb(storage.db)
    expect(learning.problem(fields({ costPerSeat: 0.005 }))).toEqual({
      code: 'edit.resourceCostDecimals',
      params: { field: 'costPerSeat', value: '0.005' },
    })
    expect(learning.add(fields({ url: 'data:text/html,hi' }))).toBeNull()
    await workspace.whenSaved()
    expect(await dumpDb(storage.db)).toEqual(before)
  })

  it('travels in the backup: restored exactly (under fresh ids), the skills each teaches included', async () => {
    const { workspace, learning } = await opened()
    learning.add(fields())
    await workspace.whenSaved()
    const backups = useBackupStore()
    const file = await backups.backupFile()
    const original = workspace.data!
    const catalogue = original.resources
    learning.remove(catalogue[0]!.id)
    await workspace.whenSaved()
    const contents = await backups.readBackup(new Blob([file!.text]))
    expect(await backups.restoreBackup(contents!.data)).toBe(true)
    const byName = (data: WorkspaceData, resources: readonly LearningResource[]) => {
      const names = new Map(data.skills.map((s) => [s.id, s.name]))
      return resources.map(({ id: _, teaches, ...rest }) => ({
        ...rest,
        teaches: Object.entries(teaches).map(([skillId, level]) => [names.get(skillId), level]),
      }))
    }
    const expected = byName(original, catalogue)
    expect(byName(workspace.data!, workspace.data!.resources)).toEqual(expected)
    expect(byName(workspace.data!, await stored())).toEqual(expected)
  })

  it('round-trips its CSV: export, change a cost, import as one undoable change', async () => {
    const { workspace, learning } = await opened()
    const file = await learning.exportCsv()
    const facilitation = workspace.data!.resources.find((r) => r.frameworkId === 'facilitation-masterclass')!
    const edited = file!.text.replace(/(Facilitation master class.*?;|,)12,1,4,/, '$112,1,6,')
    expect(edited).not.toBe(file!.text)
    storage.resetCounters()
    expect(await learning.importCsv(new Blob([edited]))).toBe(true)
    await workspace.whenSaved()
    expect(storage.writeTransactions()).toBe(1)
    expect(learning.lastImported).toBe(1)
    expect((await stored()).find((r) => r.id === facilitation.id)!.costPerSession).toBe(6)
    workspace.undo()
    await workspace.whenSaved()
    expect((await stored()).find((r) => r.id === facilitation.id)!.costPerSession).toBe(4)
  })

  it('imports nothing from a CSV with a problem, and lists each problem by row', async () => {
    const { workspace, learning } = await opened()
    const before = await dumpDb(storage.db)
    const csv = 'title_en,url,cost_per_seat\r\nGood,https://example.org,1\r\nBad link,ftp://example.org,1\r\n'
    expect(await learning.importCsv(new Blob([csv]))).toBe(false)
    expect(learning.importProblems).toEqual([
      { row: 3, code: 'edit.resourceUrl', params: { value: 'ftp://example.org' } },
    ])
    await workspace.whenSaved()
    expect(await dumpDb(storage.db)).toEqual(before)
  })
})
