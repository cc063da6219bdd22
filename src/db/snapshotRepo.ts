import type { SnapshotContent, SnapshotSummary } from '../domain/snapshots'
import type { Id } from '../domain/types'
import { readReadable } from './converters/validate'
import { appendJournal, listNote } from './tabSync'
import type { SkillgridDb } from './db'
import { snapshotContentFromDb, snapshotContentToDb, snapshotFromDb, snapshotToDb } from './converters/snapshot'

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

/** Summary and content in one transaction: a snapshot is stored whole or not at all. `tab` tells the other tabs. */
export async function saveSnapshot(
  db: SkillgridDb,
  workspaceId: Id,
  summary: SnapshotSummary,
  content: SnapshotContent,
  tab?: string,
): Promise<void> {
  await db.transaction('rw', [db.snapshots, db.snapshotContents, db.tabJournal], async () => {
    await db.snapshotContents.put(snapshotContentToDb(content, workspaceId))
    await db.snapshots.put(snapshotToDb(summary, workspaceId))
    await appendJournal(db, workspaceId, listNote(tab, 'snapshots'))
  })
}

export async function readSnapshotContent(db: SkillgridDb, id: Id): Promise<SnapshotContent | null> {
  const row = await db.snapshotContents.get(id)
  return row ? snapshotContentFromDb(row) : null
}

export async function deleteSnapshot(db: SkillgridDb, workspaceId: Id, id: Id, tab?: string): Promise<void> {
  await db.transaction('rw', [db.snapshots, db.snapshotContents, db.tabJournal], async () => {
    await db.snapshots.delete(id)
    await db.snapshotContents.delete(id)
    await appendJournal(db, workspaceId, listNote(tab, 'snapshots'))
  })
}
