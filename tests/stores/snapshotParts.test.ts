import { beforeEach, describe, expect, it } from 'vitest'
import { deleteSnapshot, readSnapshotContent, saveSnapshot, SNAPSHOT_PART_BYTES } from '../../src/db/snapshotRepo'
import type { SnapshotPartRow } from '../../src/db/records'
import { takeSnapshot, type SnapshotContent } from '../../src/domain/snapshots'
import { generateWorkspace } from '../fixtures/generate'
import { freshPinia, instrumentedDb, type InstrumentedDb } from './helpers'

let storage: InstrumentedDb

beforeEach(() => {
  freshPinia()
  storage = instrumentedDb()
})

const meta = (id: string) => ({ id, takenAt: 1, kind: 'manual' as const, label: '' })

/** The packed cells and the people of two contents are the same (byte for byte). */
function sameCells(read: SnapshotContent | null, content: SnapshotContent) {
  expect(read).not.toBeNull()
  const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b))
  expect(same(read!.levels, content.levels)).toBe(true)
  expect(same(read!.self, content.self)).toBe(true)
  expect(same(read!.interest, content.interest)).toBe(true)
  expect(read!.people.ids).toEqual(content.people.ids)
  expect(read!.width).toBe(content.width)
}

describe('a big snapshot stored in parts (issue 16)', () => {
  it('stores cells past 1 MB in part rows, each put on its own, and reads them back whole', async () => {
    // 2,600 people × 400 slots = 1.04 MB of levels: more than one part; a self level makes `self` packed too.
    const data = generateWorkspace(2600, 400)
    const first = data.people[0]!
    data.ratings.set(first.id, { ...data.ratings.get(first.id)!, self: new Uint8Array(400).fill(3) })
    const { summary, content } = takeSnapshot(data, meta('big'))
    expect(content.levels.length).toBeGreaterThan(SNAPSHOT_PART_BYTES)
    await saveSnapshot(storage.db, data.workspace.id, summary, content)
    const parts = (await storage.db.snapshotContents.where('workspaceId').equals(data.workspace.id).toArray()).filter(
      (row) => 'partOf' in row,
    ) as SnapshotPartRow[]
    expect(parts.map((p) => p.index)).toEqual([0, 1])
    expect(parts.every((p) => p.levels.length <= SNAPSHOT_PART_BYTES)).toBe(true)
    sameCells(await readSnapshotContent(storage.db, 'big'), content)
    expect(content.self.length).toBe(content.levels.length)
  })

  it('keeps a small snapshot in one row, and deletes a big one with its parts', async () => {
    const small = generateWorkspace(50, 10)
    const taken = takeSnapshot(small, meta('small'))
    await saveSnapshot(storage.db, small.workspace.id, taken.summary, taken.content)
    expect(await storage.db.snapshotContents.count()).toBe(1)
    const big = generateWorkspace(2600, 400)
    const { summary, content } = takeSnapshot(big, meta('big'))
    await saveSnapshot(storage.db, big.workspace.id, summary, content)
    expect(await storage.db.snapshotContents.count()).toBe(4)
    await deleteSnapshot(storage.db, big.workspace.id, 'big')
    expect(await storage.db.snapshotContents.count()).toBe(1)
    sameCells(await readSnapshotContent(storage.db, 'small'), taken.content)
  })

  it('refuses to read a big snapshot with a part missing, rather than show a wrong matrix', async () => {
    const big = generateWorkspace(2600, 400)
    const { summary, content } = takeSnapshot(big, meta('big'))
    await saveSnapshot(storage.db, big.workspace.id, summary, content)
    const [part] = await storage.db.snapshotContents.where(':id').above('big\u0000').toArray()
    await storage.db.snapshotContents.delete(part!.id)
    await expect(readSnapshotContent(storage.db, 'big')).rejects.toThrow()
  })
})
