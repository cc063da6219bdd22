import Dexie, { type Table } from 'dexie'
import type { Delta, EntityDelta } from '../domain/changes'
import { groupCellsByPerson } from '../domain/changes'
import { byOrder } from '../domain/order'
import { emptyRatings, withCells } from '../domain/ratings'
import type { Id, WorkspaceData } from '../domain/types'
import {
  categoryFromDb,
  categoryToDb,
  personFromDb,
  personToDb,
  ratingsFromDb,
  ratingsToDb,
  roleFromDb,
  roleToDb,
  skillFromDb,
  skillToDb,
  workspaceFromDb,
  workspaceToDb,
} from './convert'
import type { SkillgridDb } from './db'
import { META_KEYS } from './names'

export interface WorkspaceSummary {
  id: Id
  name: string
  createdAt: number
  updatedAt: number
}

function ratingsRange(db: SkillgridDb, workspaceId: Id) {
  return db.ratings.where('[workspaceId+personId]').between([workspaceId, Dexie.minKey], [workspaceId, Dexie.maxKey])
}

function workspaceTables(db: SkillgridDb) {
  return [db.workspaces, db.categories, db.skills, db.people, db.roles, db.ratings, db.plans]
}

/** Summaries of stored workspace records, oldest first. */
export function workspaceSummaries(rows: readonly unknown[]): WorkspaceSummary[] {
  return rows
    .map(workspaceFromDb)
    .map(({ id, name, createdAt, updatedAt }) => ({ id, name, createdAt, updatedAt }))
    .sort((a, b) => a.createdAt - b.createdAt)
}

export async function listWorkspaces(db: SkillgridDb): Promise<WorkspaceSummary[]> {
  return workspaceSummaries(await db.workspaces.toArray())
}

/** Everything of one workspace, read in one transaction so the parts are consistent. */
/** The stored rows of one workspace, as read from IndexedDB (by Dexie or by the early reader). */
export interface WorkspaceRows {
  workspace: unknown
  categories: unknown[]
  skills: unknown[]
  people: unknown[]
  roles: unknown[]
  ratings: unknown[]
}

/** Validates and converts stored rows; keys are random ids, so entities come back in the user's order. */
export function workspaceFromRows(rows: WorkspaceRows): WorkspaceData {
  return {
    workspace: workspaceFromDb(rows.workspace),
    categories: byOrder(rows.categories.map(categoryFromDb)),
    skills: byOrder(rows.skills.map(skillFromDb)),
    people: byOrder(rows.people.map(personFromDb)),
    roles: byOrder(rows.roles.map(roleFromDb)),
    ratings: new Map(rows.ratings.map(ratingsFromDb).map((r) => [r.personId, r])),
  }
}

export async function loadWorkspace(db: SkillgridDb, workspaceId: Id): Promise<WorkspaceData | null> {
  return db.transaction('r', workspaceTables(db), async () => {
    const workspace = await db.workspaces.get(workspaceId)
    if (!workspace) return null
    const [categories, skills, people, roles, ratings] = await Promise.all([
      db.categories.where('workspaceId').equals(workspaceId).toArray(),
      db.skills.where('workspaceId').equals(workspaceId).toArray(),
      db.people.where('workspaceId').equals(workspaceId).toArray(),
      db.roles.where('workspaceId').equals(workspaceId).toArray(),
      ratingsRange(db, workspaceId).toArray(),
    ])
    return workspaceFromRows({ workspace, categories, skills, people, roles, ratings })
  })
}

async function writeAll(db: SkillgridDb, data: WorkspaceData): Promise<void> {
  const id = data.workspace.id
  await db.workspaces.put(workspaceToDb(data.workspace))
  await db.categories.bulkPut(data.categories.map((c) => categoryToDb(c, id)))
  await db.skills.bulkPut(data.skills.map((s) => skillToDb(s, id)))
  await db.people.bulkPut(data.people.map((p) => personToDb(p, id)))
  await db.roles.bulkPut(data.roles.map((r) => roleToDb(r, id)))
  await db.ratings.bulkPut([...data.ratings.values()].map((r) => ratingsToDb(r, id)))
}

async function deleteAll(db: SkillgridDb, workspaceId: Id): Promise<void> {
  await db.workspaces.delete(workspaceId)
  for (const table of [db.categories, db.skills, db.people, db.roles, db.plans]) {
    await table.where('workspaceId').equals(workspaceId).delete()
  }
  await ratingsRange(db, workspaceId).delete()
}

/** Writes a whole new workspace in one transaction and makes it the last used one. */
export async function createWorkspace(db: SkillgridDb, data: WorkspaceData): Promise<void> {
  await db.transaction('rw', [...workspaceTables(db), db.meta], async () => {
    await writeAll(db, data)
    await db.meta.put({ key: META_KEYS.lastWorkspaceId, value: data.workspace.id })
  })
}

/** Replaces a workspace's whole content (reset to demo, restore): old rows go, new rows come, atomically. */
export async function replaceWorkspace(db: SkillgridDb, workspaceId: Id, data: WorkspaceData): Promise<void> {
  await db.transaction('rw', workspaceTables(db), async () => {
    await deleteAll(db, workspaceId)
    await writeAll(db, data)
  })
}

export async function deleteWorkspace(db: SkillgridDb, workspaceId: Id): Promise<void> {
  await db.transaction('rw', workspaceTables(db), () => deleteAll(db, workspaceId))
}

async function writeEntityDelta<T, Row>(table: Table<Row, string>, delta: EntityDelta<T> | undefined, toDb: (entity: T) => Row) {
  if (delta?.delete?.length) await table.bulkDelete(delta.delete)
  if (delta?.put?.length) await table.bulkPut(delta.put.map(toDb))
}

/** The tables a delta writes: a single-cell edit locks only `ratings`, not every store. */
function tablesOf(db: SkillgridDb, delta: Delta) {
  const tables = []
  if (delta.workspace) tables.push(db.workspaces)
  if (delta.categories) tables.push(db.categories)
  if (delta.skills) tables.push(db.skills)
  if (delta.people) tables.push(db.people)
  if (delta.roles) tables.push(db.roles)
  if (delta.ratings) tables.push(db.ratings)
  return tables
}

/** Applies one delta in one transaction: all of it lands or none of it does. */
export async function writeDelta(db: SkillgridDb, workspaceId: Id, delta: Delta, now: number): Promise<void> {
  const tables = tablesOf(db, delta)
  if (!tables.length) return
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
    await writeEntityDelta(db.people, delta.people, (p) => personToDb(p, workspaceId))
    await writeEntityDelta(db.roles, delta.roles, (r) => roleToDb(r, workspaceId))
    const ratings = delta.ratings
    if (!ratings) return
    if (ratings.delete?.length) await db.ratings.bulkDelete(ratings.delete.map((personId) => [workspaceId, personId] as [string, string]))
    if (ratings.put?.length) await db.ratings.bulkPut(ratings.put.map((r) => ratingsToDb(r, workspaceId)))
    for (const [personId, cells] of groupCellsByPerson(ratings.cells ?? [])) {
      const row = await db.ratings.get([workspaceId, personId])
      // A missing record starts empty; withCells grows it to the slots written.
      const current = row ? ratingsFromDb(row) : emptyRatings(personId, 0)
      await db.ratings.put(ratingsToDb(withCells(current, cells, now), workspaceId))
    }
  })
}

/** The stored person and ratings records of some people (another tab changed them). */
export async function readPeopleRecords(db: SkillgridDb, workspaceId: Id, personIds: readonly Id[]) {
  return db.transaction('r', [db.people, db.ratings], async () => {
    const [people, ratings] = await Promise.all([
      db.people.bulkGet([...personIds]),
      db.ratings.bulkGet(personIds.map((personId) => [workspaceId, personId] as [string, string])),
    ])
    return {
      people: people.flatMap((row) => (row && row.workspaceId === workspaceId ? [personFromDb(row)] : [])),
      ratings: ratings.flatMap((row) => (row ? [ratingsFromDb(row)] : [])),
    }
  })
}
