import { liveQuery } from 'dexie'
import type { Id } from '../domain/types'
import type { SkillgridDb } from './db'
import type { TabJournalRow } from './records'

/** What a tab learns of a change another tab saved. */
export interface TabMessage {
  /** null: this tab fell behind the journal, so any workspace may have changed. */
  workspaceId: Id | null
  /** People whose stored members changed. */
  personIds: Id[]
  /** Skills, categories, roles, the workspace record or many people changed: reload everything. */
  structural: boolean
  /** The workspace's snapshots or saved plans changed (nothing in the matrix). */
  lists?: ListName
}

export type ListName = 'snapshots' | 'plans'

/** What the saving tab says of its change. */
export interface JournalNote {
  tab: string
  personIds: readonly Id[]
  structural: boolean
  lists?: ListName
}

/** The note for a whole-workspace change the other tabs reload for; none when no tab is named. */
export function structuralNote(tab: string | undefined): JournalNote | undefined {
  return tab === undefined ? undefined : { tab, personIds: [], structural: true }
}

/** The note for a change to a list beside the matrix; none when no tab is named. */
export function listNote(tab: string | undefined, lists: ListName): JournalNote | undefined {
  return tab === undefined ? undefined : { tab, personIds: [], structural: false, lists }
}

/** Entries kept; a tab further behind reloads instead of replaying them. */
export const JOURNAL_KEEP = 200
/** An entry names at most this many people; a bigger change asks the other tabs to reload. */
export const LISTED_PEOPLE_LIMIT = 500

/**
 * Appends a saved change to the journal (nothing without a note). Called inside the transaction
 * that saves the change (its scope includes `tabJournal`), so the entry exists exactly when the
 * change does.
 */
export async function appendJournal(db: SkillgridDb, workspaceId: Id, note: JournalNote | undefined): Promise<void> {
  if (!note) return
  const listed = note.personIds.length <= LISTED_PEOPLE_LIMIT
  const entry: TabJournalRow = {
    tab: note.tab,
    workspaceId,
    personIds: listed ? [...note.personIds] : [],
    structural: note.structural || !listed,
  }
  if (note.lists) entry.lists = note.lists
  const seq = await db.tabJournal.add(entry)
  if (seq > JOURNAL_KEEP)
    await db.tabJournal
      .where(':id')
      .belowOrEqual(seq - JOURNAL_KEEP)
      .delete()
}

function isJournalRow(value: unknown): value is TabJournalRow & { seq: number } {
  if (typeof value !== 'object' || value === null) return false
  const row = value as Record<string, unknown>
  return (
    typeof row.seq === 'number' &&
    typeof row.tab === 'string' &&
    typeof row.workspaceId === 'string' &&
    Array.isArray(row.personIds) &&
    row.personIds.every((id) => typeof id === 'string') &&
    typeof row.structural === 'boolean' &&
    (row.lists === undefined || row.lists === 'snapshots' || row.lists === 'plans')
  )
}

/** Where the journal stands: read before loading a workspace, so no later change is missed. */
export async function journalPosition(db: SkillgridDb): Promise<number> {
  return ((await db.tabJournal.orderBy(':id').lastKey()) as number | undefined) ?? 0
}

/**
 * Follows the journal after position `since` with a Dexie `liveQuery`: Dexie re-runs it when any
 * tab (or worker) of this origin commits an entry, and this tab hears of every entry saved by
 * another, in order. Being persistent, an entry is not lost when its tab closes right after saving.
 */
export function watchOtherTabs(
  db: SkillgridDb,
  tab: string,
  since: number,
  onMessage: (message: TabMessage) => void,
): { close: () => void } {
  let seen = since
  const entries = liveQuery(() => db.tabJournal.where(':id').above(seen).toArray())
  const subscription = entries.subscribe({
    next: (rows) => {
      const after = seen
      const fresh = rows.filter(isJournalRow).filter((row) => row.seq > after)
      const first = fresh[0]
      if (!first) return
      // Entries pruned before this tab read them: nothing tells what changed, so reload.
      if (first.seq > after + 1) onMessage({ workspaceId: null, personIds: [], structural: true })
      seen = fresh[fresh.length - 1]?.seq ?? after
      for (const row of fresh) {
        if (row.tab === tab) continue
        const message: TabMessage = {
          workspaceId: row.workspaceId,
          personIds: row.personIds,
          structural: row.structural,
        }
        if (row.lists) message.lists = row.lists
        onMessage(message)
      }
    },
    error: (error: unknown) => console.warn('Skillgrid stopped following other tabs:', error),
  })
  return { close: () => subscription.unsubscribe() }
}
