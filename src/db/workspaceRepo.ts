import Dexie, { type Table } from 'dexie'
import type { Delta, EntityDelta } from '../domain/changes'
import { groupCellsByPerson } from '../domain/changes'
import type { CellPatch } from '../domain/ratings'
import { emptyRatings, withCells } from '../domain/ratings'
import type { Id, Person, PersonRatings, WorkspaceData } from '../domain/types'
import {
  categoryToDb,
  memberFromDb,
  memberToDb,
  resourceToDb,
  roleToDb,
  skillToDb,
  workspaceFromDb,
  workspaceToDb,
} from './converters/workspace'
import type { SkillgridDb } from './db'
import { META_KEYS } from './names'
import { workspaceFromRows, workspaceSummaries, type WorkspaceSummary } from './workspaceRows'
import type { MemberRow } from './records'
import { appendJournal, structuralNote, type JournalNote } from './tabSync'

type MemberKey = [string, string]

function membersRange(db: SkillgridDb, workspaceId: Id) {
  return db.members.where('[workspaceId+personId]').between([workspaceId, Dexie.minKey], [workspaceId, Dexie.maxKey])
}

function workspaceTables(db: SkillgridDb) {
  return [db.workspaces, db.categories, db.skills, db.members, db.roles, db.resources, db.plans]
}

export async function listWorkspaces(db: SkillgridDb): Promise<WorkspaceSummary[]> {
  return workspaceSummaries(await db.workspaces.toArray())
}

/** Everything of one workspace, read in one transaction so the parts are consistent. */
export async function loadWorkspace(db: SkillgridDb, workspaceId: Id): Promise<WorkspaceData | null> {
  return db.transaction('r', workspaceTables(db), async () => {
    const workspace = await db.workspaces.get(workspaceId)
    if (!workspace) return null
    const [categories, skills, members, roles, resources] = await Promise.all([
      db.categories.where('workspaceId').equals(workspaceId).toArray(),
      db.skills.where('workspaceId').equals(workspaceId).toArray(),
      membersRange(db, workspaceId).toArray(),
      db.roles.where('workspaceId').equals(workspaceId).toArray(),
      db.resources.where('workspaceId').equals(workspaceId).toArray(),
    ])
    return workspaceFromRows({ workspace, categories, skills, members, roles, resources })
  })
}

function memberRows(data: Pick<WorkspaceData, 'people' | 'ratings'>, workspaceId: Id): MemberRow[] {
  return data.people.map((person) =>
    memberToDb(person, data.ratings.get(person.id) ?? emptyRatings(person.id, 0), workspaceId),
  )
}

async function writeAll(db: SkillgridDb, data: WorkspaceData): Promise<void> {
  const id = data.workspace.id
  await db.workspaces.put(workspaceToDb(data.workspace))
  await db.categories.bulkPut(data.categories.map((c) => categoryToDb(c, id)))
  await db.skills.bulkPut(data.skills.map((s) => skillToDb(s, id)))
  await putInChunks(db, memberRows(data, id))
  await db.roles.bulkPut(data.roles.map((r) => roleToDb(r, id)))
  await db.resources.bulkPut(data.resources.map((r) => resourceToDb(r, id)))
}

async function deleteAll(db: SkillgridDb, workspaceId: Id): Promise<void> {
  await db.workspaces.delete(workspaceId)
  for (const table of [db.categories, db.skills, db.roles, db.resources, db.plans]) {
    await table.where('workspaceId').equals(workspaceId).delete()
  }
  await membersRange(db, workspaceId).delete()
}

/** Writes a whole new workspace in one transaction and makes it the last used one. */
export async function createWorkspace(db: SkillgridDb, data: WorkspaceData, tab?: string): Promise<void> {
  await db.transaction('rw', [...workspaceTables(db), db.meta, db.tabJournal], async () => {
    await writeAll(db, data)
    await db.meta.put({ key: META_KEYS.lastWorkspaceId, value: data.workspace.id })
    await appendJournal(db, data.workspace.id, structuralNote(tab))
  })
}

/** Replaces a workspace's whole content (reset to demo, restore): old rows go, new rows come, atomically. */
export async function replaceWorkspace(
  db: SkillgridDb,
  workspaceId: Id,
  data: WorkspaceData,
  tab?: string,
): Promise<void> {
  await db.transaction('rw', [...workspaceTables(db), db.tabJournal], async () => {
    await deleteAll(db, workspaceId)
    await writeAll(db, data)
    await appendJournal(db, workspaceId, structuralNote(tab))
  })
}

/** Deletes a workspace with everything of it, its history (snapshots) included. */
export async function deleteWorkspace(db: SkillgridDb, workspaceId: Id, tab?: string): Promise<void> {
  await db.transaction('rw', [...workspaceTables(db), db.snapshots, db.snapshotContents, db.tabJournal], async () => {
    await deleteAll(db, workspaceId)
    await db.snapshots.where('workspaceId').equals(workspaceId).delete()
    await db.snapshotContents.where('workspaceId').equals(workspaceId).delete()
    await appendJournal(db, workspaceId, structuralNote(tab))
  })
}

async function writeEntityDelta<T, Row>(
  table: Table<Row, string>,
  delta: EntityDelta<T> | undefined,
  toDb: (entity: T) => Row,
) {
  if (delta?.delete?.length) await table.bulkDelete(delta.delete)
  if (delta?.put?.length) await table.bulkPut(delta.put.map(toDb))
}

/** What a delta does to one person's member record. */
interface MemberChange {
  person?: Person
  ratings?: PersonRatings
  cells?: { slot: number; patch: CellPatch }[]
  deletePerson?: boolean
  clearRatings?: boolean
}

function memberChanges(delta: Delta): Map<Id, MemberChange> {
  const changes = new Map<Id, MemberChange>()
  const of = (id: Id): MemberChange => {
    let change = changes.get(id)
    if (!change) changes.set(id, (change = {}))
    return change
  }
  for (const id of delta.people?.delete ?? []) of(id).deletePerson = true
  for (const id of delta.ratings?.delete ?? []) of(id).clearRatings = true
  for (const person of delta.people?.put ?? []) of(person.id).person = person
  for (const record of delta.ratings?.put ?? []) of(record.personId).ratings = record
  for (const [personId, cells] of groupCellsByPerson(delta.ratings?.cells ?? [])) of(personId).cells = cells
  return changes
}

/** Above this many, the members a write needs are read with one range request, not one get each. */
const READ_ALL_MEMBERS_ABOVE = 200

/** Members per range read: each page's deserialisation is one short task (50,000 at once was ~0.5 s). */
const MEMBER_READ_PAGE = 2000

/**
 * The stored rows of `ids`: one get each for a few; for many (an import of levels for people who
 * are there already) range reads over the workspace's members, page by page, picked from — 5,000
 * gets took ~150 ms of the main thread where range reads take a fraction.
 */
async function storedMembers(db: SkillgridDb, workspaceId: Id, ids: readonly Id[]): Promise<(MemberRow | undefined)[]> {
  if (ids.length <= READ_ALL_MEMBERS_ABOVE) return db.members.bulkGet(ids.map((id) => [workspaceId, id] as MemberKey))
  const wanted = new Set(ids)
  if (ids.length <= ONE_PUT_ROWS)
    return (await membersRange(db, workspaceId).toArray()).filter((row) => wanted.has(row.personId))
  const found: MemberRow[] = []
  let after: MemberKey | null = null
  for (;;) {
    const from: MemberKey = after ?? [workspaceId, '']
    const page: MemberRow[] = await db.members
      .where('[workspaceId+personId]')
      .between(from, [workspaceId, Dexie.maxKey], after === null, true)
      .limit(MEMBER_READ_PAGE)
      .toArray()
    for (const row of page) if (wanted.has(row.personId)) found.push(row)
    const last = page.at(-1)
    if (!last || page.length < MEMBER_READ_PAGE) return found
    after = [workspaceId, last.personId]
  }
}

/**
 * People and ratings of a delta, merged into member records. A record is read back only when the
 * delta does not give both halves (a rename keeps the ratings; a cell edit keeps the rest), so
 * an import writes its records without reading any.
 */
async function writeMembers(db: SkillgridDb, workspaceId: Id, delta: Delta, now: number): Promise<void> {
  const changes = memberChanges(delta)
  if (!changes.size) return
  const deleted: MemberKey[] = []
  const needStored: Id[] = []
  for (const [id, change] of changes) {
    if (change.deletePerson && !change.person) deleted.push([workspaceId, id])
    else if (!change.person || !(change.ratings || change.clearRatings) || change.cells) needStored.push(id)
  }
  const stored = new Map<Id, ReturnType<typeof memberFromDb>>()
  for (const row of await storedMembers(db, workspaceId, needStored))
    if (row) stored.set(row.personId, memberFromDb(row))
  const rows: MemberRow[] = []
  for (const [id, change] of changes) {
    if (change.deletePerson && !change.person) continue
    const before = stored.get(id)
    const person = change.person ?? before?.person
    // A rating for someone another tab already deleted has nobody to belong to.
    if (!person) continue
    let ratings =
      change.ratings ?? (change.clearRatings ? emptyRatings(id, 0) : (before?.ratings ?? emptyRatings(id, 0)))
    if (change.cells) ratings = withCells(ratings, change.cells, now)
    rows.push(memberToDb(person, ratings, workspaceId))
  }
  if (deleted.length) await db.members.bulkDelete(deleted)
  await putInChunks(db, rows)
}

/**
 * Rows per bulkPut inside one transaction, at most. Each chunk's structured clone is one task, and
 * the page can paint between chunks: a 50,000-person import no longer freezes it for a second.
 */
export const MEMBER_PUT_CHUNK = 1000

/**
 * Rows per chunk for records of `width` slots: about 100,000 cells, so a chunk stays a task of
 * ~25–35 ms (at 200 skills 5,000 rows were ~190 ms, Dexie's per-record work included), and small
 * records are not split finer than needed (each chunk waits for the database once, issue 16).
 */
export function memberPutChunk(width: number): number {
  return Math.max(250, Math.min(MEMBER_PUT_CHUNK, Math.floor(100_000 / Math.max(1, width))))
}

/**
 * Rows up to which a write goes in one bulkPut: each chunk waits for the database once (~60 ms in
 * Chromium here), which a team of a few thousand pays for more than it gains.
 */
export const ONE_PUT_ROWS = 5000

async function putInChunks(db: SkillgridDb, rows: MemberRow[]): Promise<void> {
  const width = rows.reduce((max, row) => Math.max(max, row.levels.length), 0)
  const chunk = rows.length <= ONE_PUT_ROWS ? ONE_PUT_ROWS : memberPutChunk(width)
  for (let start = 0; start < rows.length; start += chunk) await db.members.bulkPut(rows.slice(start, start + chunk))
}

/** The tables a delta writes: a single-cell edit locks only `members`, not every store. */
function tablesOf(db: SkillgridDb, delta: Delta): Table[] {
  const tables: Table[] = []
  if (delta.workspace) tables.push(db.workspaces)
  if (delta.categories) tables.push(db.categories)
  if (delta.skills) tables.push(db.skills)
  if (delta.people || delta.ratings) tables.push(db.members)
  if (delta.roles) tables.push(db.roles)
  if (delta.resources) tables.push(db.resources)
  return tables
}

/**
 * Applies one delta in one transaction: all of it lands or none of it does. With a note, the
 * same transaction tells the other tabs what changed.
 */
export async function writeDelta(
  db: SkillgridDb,
  workspaceId: Id,
  delta: Delta,
  now: number,
  note?: JournalNote,
): Promise<void> {
  const tables = tablesOf(db, delta)
  if (!tables.length) return
  if (note) tables.push(db.tabJournal)
  await db.transaction('rw', tables, async () => {
    if (delta.workspace) {
      const storedRow = await db.workspaces.get(workspaceId)
      if (!storedRow) throw new Error(`Workspace ${workspaceId} is not stored`)
      // The slot counter only grows, also when an undo writes an older workspace record.
      const nextSlot = Math.max(workspaceFromDb(storedRow).nextSlot, delta.workspace.nextSlot)
      await db.workspaces.put(workspaceToDb({ ...delta.workspace, nextSlot, updatedAt: now }))
    }
    await writeEntityDelta(db.categories, delta.categories, (c) => categoryToDb(c, workspaceId))
    await writeEntityDelta(db.skills, delta.skills, (s) => skillToDb(s, workspaceId))
    await writeEntityDelta(db.roles, delta.roles, (r) => roleToDb(r, workspaceId))
    await writeEntityDelta(db.resources, delta.resources, (r) => resourceToDb(r, workspaceId))
    await writeMembers(db, workspaceId, delta, now)
    await appendJournal(db, workspaceId, note)
  })
}

/** The stored records of some people (another tab changed them); missing ones were deleted. */
export async function readPeopleRecords(db: SkillgridDb, workspaceId: Id, personIds: readonly Id[]) {
  const rows = await db.members.bulkGet(personIds.map((id) => [workspaceId, id] as MemberKey))
  const members = rows.flatMap((row) => (row ? [memberFromDb(row)] : []))
  return { people: members.map((m) => m.person), ratings: members.map((m) => m.ratings) }
}
