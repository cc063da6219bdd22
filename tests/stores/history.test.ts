import { serialize } from 'node:v8'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { snapshotContentToDb, snapshotToDb } from '../../src/db/converters/snapshot'
import { readSnapshotContent } from '../../src/db/snapshotRepo'
import { loadWorkspace } from '../../src/db/workspaceRepo'
import { takeSnapshot } from '../../src/domain/snapshots'
import { useHistoryStore } from '../../src/stores/history'
import { useImportStore } from '../../src/stores/import'
import { useMatrixStore } from '../../src/stores/matrix'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { useWorkspaceListStore } from '../../src/stores/workspaceList'
import { generateWorkspace } from '../fixtures/generate'
import { freshPinia, instrumentedDb, quotaError, type InstrumentedDb } from './helpers'

let storage: InstrumentedDb

async function opened() {
  const workspace = useWorkspaceStore()
  await workspace.init()
  await workspace.whenSaved()
  return { workspace, history: useHistoryStore(), matrix: useMatrixStore() }
}

beforeEach(() => {
  freshPinia()
  localStorage.clear()
  storage = instrumentedDb()
})

describe('snapshots', () => {
  it('stores a dated snapshot by hand, and the comparison of two names who grew and which gap closed', async () => {
    const { workspace, history, matrix } = await opened()
    const first = await history.save('manual', 'Before training')
    const data = workspace.data!
    const level = (personId: string, slot: number) => data.ratings.get(personId)?.levels[slot] ?? 255
    const holds = (personId: string, skill: (typeof data.skills)[number]) =>
      level(personId, skill.slot) !== 255 && level(personId, skill.slot) >= skill.target.level
    const active = data.people.filter((p) => p.active)
    // A skill one holder short of its target (at risk): one more holder closes the gap.
    const skill = data.skills.find(
      (s) => s.target.people >= 2 && active.filter((p) => holds(p.id, s)).length === s.target.people - 1,
    )!
    const person = active.find((p) => !holds(p.id, skill) && level(p.id, skill.slot) !== 255)!
    const from = level(person.id, skill.slot)
    matrix.setLevel(person.id, skill.id, 4)
    const second = await history.save('manual', 'After')
    expect(history.snapshots.map((s) => s.label)).toEqual(['Before training', 'After'])
    expect(second!.takenAt).toBeGreaterThanOrEqual(first!.takenAt)
    const diff = (await history.compare(first!.id, second!.id))!
    expect(diff.closed.map((g) => [g.skillId, g.from, g.to])).toEqual([[skill.id, 'at-risk', 'covered']])
    expect(diff.opened).toEqual([])
    expect(diff.grew).toEqual([expect.objectContaining({ personId: person.id, skillId: skill.id, from, to: 4 })])
    expect(second!.totals.covered).toBe(first!.totals.covered + 1)
    expect(second!.totals.atRisk).toBe(first!.totals.atRisk - 1)
    // Read back from the database by a fresh store: the same list.
    freshPinia()
    const again = await opened()
    await again.history.load()
    expect(again.history.snapshots.map((s) => s.id)).toEqual([first!.id, second!.id])
  })

  it('restores an earlier matrix as one undoable change, saved to the database', async () => {
    const { workspace, history, matrix } = await opened()
    const before = workspace.data!
    const snapshot = (await history.save('manual'))!
    const person = before.people[0]!
    const skill = before.skills[0]!
    const original = before.ratings.get(person.id)!.levels[skill.slot]
    matrix.setLevel(person.id, skill.id, original === 4 ? 1 : 4)
    matrix.removePeople([before.people[1]!.id])
    expect(await history.restore(snapshot.id, 'x')).toBe(true)
    await workspace.whenSaved()
    const restored = await loadWorkspace(storage.db, before.workspace.id)
    expect(restored?.people.map((p) => p.id).sort()).toEqual(before.people.map((p) => p.id).sort())
    expect(restored?.ratings.get(person.id)?.levels[skill.slot]).toBe(original)
    workspace.undo()
    await workspace.whenSaved()
    const undone = await loadWorkspace(storage.db, before.workspace.id)
    expect(undone?.people).toHaveLength(before.people.length - 1)
    expect(undone?.ratings.get(person.id)?.levels[skill.slot]).toBe(original === 4 ? 1 : 4)
  })

  it('takes an automatic snapshot at most once a day', async () => {
    const { history } = await opened()
    const morning = new Date(2025, 4, 2, 9).getTime()
    expect(await history.autoSnapshot(morning)).not.toBeNull()
    expect(await history.autoSnapshot(morning + 3 * 3600_000)).toBeNull()
    expect(await history.autoSnapshot(morning + 24 * 3600_000)).not.toBeNull()
    expect(history.snapshots.filter((s) => s.kind === 'auto')).toHaveLength(2)
  })

  it('takes no automatic snapshot when the newest one already holds the last edit', async () => {
    const { history } = await opened()
    const manual = (await history.save('manual'))!
    expect(await history.autoSnapshot(manual.takenAt + 5000, manual.takenAt - 1)).toBeNull()
    expect(await history.autoSnapshot(manual.takenAt + 5000, manual.takenAt + 1)).not.toBeNull()
  })

  it('leaves a snapshot after every import', async () => {
    const { history } = await opened()
    const importStore = useImportStore()
    await importStore.openFile(new File(['Name,Writing\nZoe New,3\n'], 'zoe.csv'), { worker: false })
    expect(await importStore.commit()).toBe(true)
    await vi.waitFor(() => expect(history.snapshots.map((s) => [s.kind, s.label])).toEqual([['import', 'zoe.csv']]))
  })

  it("packs an import's snapshot while the import is written: it holds the imported data, and an edit right after is not in it", async () => {
    const { workspace, history } = await opened()
    const importStore = useImportStore()
    await importStore.openFile(new File(['Name,Writing\nZoe New,3\n'], 'zoe.csv'), { worker: false })
    const committed = importStore.commit()
    expect(await committed).toBe(true)
    const zoe = workspace.data!.people.find((p) => p.name === 'Zoe New')!
    workspace.edit(() => ({
      label: { action: 'test', subject: '' },
      forward: { people: { put: [{ ...zoe, name: 'Zoe Renamed' }] } },
      backward: { people: { put: [zoe] } },
    }))
    await vi.waitFor(() => expect(history.snapshots).toHaveLength(1))
    const content = await readSnapshotContent(storage.db, history.snapshots[0]!.id)
    expect(content?.people.names).toContain('Zoe New')
    expect(content?.people.names).not.toContain('Zoe Renamed')
    expect(workspace.data!.people.map((p) => p.name)).toContain('Zoe Renamed')
  })

  it('stores no snapshot for an import whose write failed', async () => {
    const { history } = await opened()
    const importStore = useImportStore()
    await importStore.openFile(new File(['Name,Writing\nZoe New,3\n'], 'zoe.csv'), { worker: false })
    storage.failWritesWith(quotaError())
    expect(await importStore.commit()).toBe(false)
    storage.failWritesWith(null)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(history.snapshots).toEqual([])
    expect(await storage.db.snapshots.count()).toBe(0)
  })

  it('lists the readable snapshots and counts a corrupt one instead of hiding them all', async () => {
    const { workspace, history } = await opened()
    const id = workspace.currentId!
    await history.save('manual', 'Good')
    await storage.db.snapshots.put({
      id: 'broken',
      workspaceId: id,
      kind: 'not-a-kind',
      label: '',
      takenAt: 1,
    } as never)
    await history.load(true)
    expect(history.snapshots.map((s) => s.label)).toEqual(['Good'])
    expect(history.unreadable).toBe(1)
  })

  it('deletes the snapshots with their workspace', async () => {
    const { workspace, history } = await opened()
    const id = workspace.currentId!
    await history.save('manual')
    await useWorkspaceListStore().create('Other', false)
    expect(await storage.db.snapshots.where('workspaceId').equals(id).count()).toBe(1)
    expect(await useWorkspaceListStore().remove(id)).toBe(true)
    expect(await storage.db.snapshots.where('workspaceId').equals(id).count()).toBe(0)
    expect(await storage.db.snapshotContents.where('workspaceId').equals(id).count()).toBe(0)
  })
})

describe('storage cost of a snapshot', () => {
  it('is close to the packed arrays for 5,000 people × 100 skills', () => {
    const data = generateWorkspace(5000, 100)
    const { summary, content } = takeSnapshot(data, { id: 's', takenAt: 0, kind: 'manual', label: '' })
    const bytes = serialize(snapshotToDb(summary, 'w')).length + serialize(snapshotContentToDb(content, 'w')).length
    // Lead levels and interest, one byte per cell each (no self ratings here), and who the people are.
    const packed = 5000 * 100 * 2
    const encoder = new TextEncoder()
    const text = data.people.reduce(
      (sum, p) => sum + [p.id, p.name, p.email, p.team, p.title].reduce((n, t) => n + encoder.encode(t).length, 0),
      0,
    )
    console.log(
      `snapshot of 5,000 × 100: ${(bytes / 1e6).toFixed(2)} MB structured-clone size; packed arrays ${(packed / 1e6).toFixed(2)} MB + people's texts ${(text / 1e6).toFixed(2)} MB`,
    )
    expect(bytes).toBeGreaterThan(packed + text)
    // The rest is per-value framing, dates and order (16 bytes a person): no per-record field names.
    expect(bytes).toBeLessThan((packed + text + 5000 * 16) * 1.1)
  })
})
