import type { SnapshotContent, SnapshotSummary } from '../domain/snapshots'
import type { Id } from '../domain/types'
import { runToEnd } from '../domain/steps'
import { nextTask, runInSlices } from '../platform/nextTask'
import { readReadable } from './converters/validate'
import { appendJournal, listNote } from './tabSync'
import type { SkillgridDb } from './db'
import type { SnapshotContentRow, SnapshotPartRow } from './records'
import {
  packPeopleSteps,
  snapshotContentFromDb,
  snapshotContentToDb,
  snapshotFromDb,
  snapshotToDb,
} from './converters/snapshot'

/** The snapshots of a workspace, oldest first; a corrupt one is left out (and counted) rather than hiding the rest. */
export async function listSnapshots(
  db: SkillgridDb,
  workspaceId: Id,
): Promise<{ snapshots: SnapshotSummary[]; unreadable: number }> {
  const { items, unreadable } = readReadable(
    await db.snapshots.where('workspaceId').equals(workspaceId).toArray(),
    snapshotFromDb,
  )
  return { snapshots: items.sort((a, b) => a.takenAt - b.takenAt), unreadable }
}

/** Packed cells per part row: each put's structured clone stays a short task (one row of 10 MB was one long task). */
export const SNAPSHOT_PART_BYTES = 1_000_000

/** Part rows' ids sort right after their snapshot's id: one key range holds them all. */
const partId = (id: Id, index: number) => `${id}\u0000${String(index).padStart(6, '0')}`
const partRange = (id: Id): [string, string] => [`${id}\u0000`, `${id}\u0001`]

/** A copy of rows `from`…`to` of a packed array of `width` bytes per row (empty stays empty). */
function rows(array: Uint8Array, width: number, from: number, to: number): Uint8Array {
  return array.length ? array.slice(from * width, to * width) : new Uint8Array(0)
}

/**
 * Summary and content in one transaction: a snapshot is stored whole or not at all. A big team's
 * packed cells go in part rows, each put on its own (the clone of each is a short task, and the
 * page runs between them). `tab` tells the other tabs.
 */
export async function saveSnapshot(
  db: SkillgridDb,
  workspaceId: Id,
  summary: SnapshotSummary,
  content: SnapshotContent,
  tab?: string,
): Promise<void> {
  const { width } = content
  const count = content.people.ids.length
  const perPart = Math.max(1, Math.floor(SNAPSHOT_PART_BYTES / Math.max(1, width)))
  const parts = count * width > SNAPSHOT_PART_BYTES ? Math.ceil(count / perPart) : 0
  const empty = new Uint8Array(0)
  // A big team's text columns are packed in slices between paints, before the transaction (which a
  // pause would end); a small one's at once.
  const packing = packPeopleSteps(content.people)
  const people = parts ? await runInSlices(packing) : runToEnd(packing)
  // The first put's clone (the packed people: ~5 MB at 50,000) starts a task of its own, not the last packing slice's.
  if (parts) await nextTask()
  const head = parts
    ? { ...snapshotContentToDb(content, workspaceId, people), levels: empty, self: empty, interest: empty, parts }
    : snapshotContentToDb(content, workspaceId, people)
  await db.transaction('rw', [db.snapshots, db.snapshotContents, db.tabJournal], async () => {
    await db.snapshotContents.put(head)
    for (let index = 0; index < parts; index++) {
      const from = index * perPart
      const to = Math.min(count, from + perPart)
      const part: SnapshotPartRow = {
        id: partId(content.id, index),
        workspaceId,
        partOf: content.id,
        index,
        levels: rows(content.levels, width, from, to),
        self: rows(content.self, width, from, to),
        interest: rows(content.interest, width, from, to),
      }
      await db.snapshotContents.put(part)
    }
    await db.snapshots.put(snapshotToDb(summary, workspaceId))
    await appendJournal(db, workspaceId, listNote(tab, 'snapshots'))
  })
}

/** The content, its part rows put back together first (a missing or wrong part makes it unreadable). */
export async function readSnapshotContent(db: SkillgridDb, id: Id): Promise<SnapshotContent | null> {
  const row = (await db.snapshotContents.get(id)) as (SnapshotContentRow & Record<string, unknown>) | undefined
  if (!row) return null
  const parts = row.parts
  if (typeof parts !== 'number' || parts === 0) return snapshotContentFromDb(row)
  const [lower, upper] = partRange(id)
  const stored = (await db.snapshotContents.where(':id').between(lower, upper).toArray()) as SnapshotPartRow[]
  const joined = (field: 'levels' | 'self' | 'interest') => {
    const slices = stored.map((part) => part[field])
    const out = new Uint8Array(slices.reduce((sum, slice) => sum + (slice?.length ?? 0), 0))
    let at = 0
    for (const slice of slices) {
      if (!(slice instanceof Uint8Array)) return null
      out.set(slice, at)
      at += slice.length
    }
    return out
  }
  const inOrder = stored.length === parts && stored.every((part, index) => part.index === index)
  // Wrong sizes are caught by the content's own checks below.
  return snapshotContentFromDb({
    ...row,
    levels: inOrder ? joined('levels') : null,
    self: inOrder ? joined('self') : null,
    interest: inOrder ? joined('interest') : null,
  })
}

export async function deleteSnapshot(db: SkillgridDb, workspaceId: Id, id: Id, tab?: string): Promise<void> {
  await db.transaction('rw', [db.snapshots, db.snapshotContents, db.tabJournal], async () => {
    await db.snapshots.delete(id)
    await db.snapshotContents.delete(id)
    await db.snapshotContents
      .where(':id')
      .between(...partRange(id))
      .delete()
    await appendJournal(db, workspaceId, listNote(tab, 'snapshots'))
  })
}
