import Dexie, { type Table } from 'dexie'
import type { Delta, EntityDelta } from '../domain/changes'
import { groupCellsByPerson, isLargeChange } from '../domain/changes'
import type { CellPatch } from '../domain/ratings'
import { emptyRatings, withCells } from '../domain/ratings'
import { runToEnd } from '../domain/steps'
import type { Id, Person, PersonRatings, WorkspaceData } from '../domain/types'
import { runInSlices } from '../platform/nextTask'
import { categoryToDb, resourceToDb, roleToDb, skillToDb, workspaceFromDb, workspaceToDb } from './converters/workspace'
import type { SkillgridDb } from './db'
import { META_KEYS } from './names'
import { workspaceFromRows, workspaceSummaries, type WorkspaceSummary } from './workspaceRows'
import type { MemberBlockRow } from './records'
import {
  groupByBlock,
  memberBlockOf,
  memberBlocksToDb,
  memberBlockToDb,
  membersFromBlock,
  withCellsInBlock,
  type Member,
} from './converters/memberBlock'
import { appendJournal, structuralNote, type JournalNote } from './tabSync'

type BlockKey = [string, number]

function blocksRange(db: SkillgridDb, workspaceId: Id) {
  return db.memberBlocks.where('[workspaceId+block]').between([workspaceId, Dexie.minKey], [workspaceId, Dexie.maxKey])
}

function workspaceTables(db: SkillgridDb) {
  return [db.workspaces, db.categories, db.skills, db.memberBlocks, db.roles, db.resources, db.plans]
}

export async function listWorkspaces(db: SkillgridDb): Promise<WorkspaceSummary[]> {
  return workspaceSummaries(await db.workspaces.toArray())
}

/** Everything of one workspace, read in one transaction so the parts are consistent. */
export async function loadWorkspace(db: SkillgridDb, workspaceId: Id): Promise<WorkspaceData | null> {
  return db.transaction('r', workspaceTables(db), async () => {
    const workspace = await db.workspaces.get(workspaceId)
    if (!workspace) return null
    const [categories, skills, memberBlocks, roles, resources] = await Promise.all([
      db.categories.where('workspaceId').equals(workspaceId).toArray(),
      db.skills.where('workspaceId').equals(workspaceId).toArray(),
      blocksRange(db, workspaceId).toArray(),
      db.roles.where('workspaceId').equals(workspaceId).toArray(),
      db.resources.where('workspaceId').equals(workspaceId).toArray(),
    ])
    return workspaceFromRows({ workspace, categories, skills, memberBlocks, roles, resources })
  })
}

function membersOf(data: Pick<WorkspaceData, 'people' | 'ratings'>): Member[] {
  return data.people.map((person) => ({ person, ratings: data.ratings.get(person.id) ?? emptyRatings(person.id, 0) }))
}

async function writeAll(db: SkillgridDb, data: WorkspaceData): Promise<void> {
  const id = data.workspace.id
  await db.workspaces.put(workspaceToDb(data.workspace))
  await db.categories.bulkPut(data.categories.map((c) => categoryToDb(c, id)))
  await db.skills.bulkPut(data.skills.map((s) => skillToDb(s, id)))
  await putAllMembers(db, id, membersOf(data))
  await db.roles.bulkPut(data.roles.map((r) => roleToDb(r, id)))
  await db.resources.bulkPut(data.resources.map((r) => resourceToDb(r, id)))
}

async function deleteAll(db: SkillgridDb, workspaceId: Id): Promise<void> {
  await db.workspaces.delete(workspaceId)
  for (const table of [db.categories, db.skills, db.roles, db.resources, db.plans]) {
    await table.where('workspaceId').equals(workspaceId).delete()
  }
  await blocksRange(db, workspaceId).delete()
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

/** What a delta does to one person's stored member. */
interface MemberChange {
  person?: Person
  ratings?: PersonRatings
  cells?: { slot: number; patch: CellPatch }[]
  deletePerson?: boolean
  clearRatings?: boolean
}

/** Items looked at between two yields while a members write is planned (~1 µs each). */
const PLANNED_PER_STEP = 5000

/** What the delta does to each person it touches, yielding every PLANNED_PER_STEP items. */
function* memberChangesSteps(delta: Delta): Generator<void, Map<Id, MemberChange>> {
  const changes = new Map<Id, MemberChange>()
  let looked = 0
  const of = (id: Id): MemberChange => {
    let change = changes.get(id)
    if (!change) changes.set(id, (change = {}))
    return change
  }
  for (const id of delta.people?.delete ?? []) of(id).deletePerson = true
  for (const id of delta.ratings?.delete ?? []) of(id).clearRatings = true
  for (const person of delta.people?.put ?? []) {
    if (++looked % PLANNED_PER_STEP === 0) yield
    of(person.id).person = person
  }
  for (const record of delta.ratings?.put ?? []) {
    if (++looked % PLANNED_PER_STEP === 0) yield
    of(record.personId).ratings = record
  }
  for (const [personId, cells] of groupCellsByPerson(delta.ratings?.cells ?? [])) of(personId).cells = cells
  return changes
}

/** What a change makes of one person's stored member; undefined: the person is gone. */
function changedMember(id: Id, change: MemberChange, before: Member | undefined, now: number): Member | undefined {
  if (change.deletePerson && !change.person) return undefined
  const person = change.person ?? before?.person
  // A rating for someone another tab already deleted has nobody to belong to.
  if (!person) return undefined
  let ratings = change.ratings ?? (change.clearRatings ? emptyRatings(id, 0) : (before?.ratings ?? emptyRatings(id, 0)))
  if (change.cells) ratings = withCells(ratings, change.cells, now)
  return { person, ratings }
}

/**
 * Changed people per step of a members write. Each step's share of the main thread (decoding its
 * blocks, packing them, the put's clone) is one task of a few ms: 5,000 people in one step were
 * one task of ~50 ms, and 50,000 a long task per import (issue 16). A cell edit is one step.
 */
export const STEP_PEOPLE = 1000

/** True when the delta only patches cells of these people (who must then be stored already). */
function cellsOnly(ids: readonly Id[], changes: ReadonlyMap<Id, MemberChange>): boolean {
  return ids.every((id) => {
    const change = changes.get(id)!
    return change.cells && !change.person && !change.ratings && !change.deletePerson && !change.clearRatings
  })
}

function cellsOf(ids: readonly Id[], changes: ReadonlyMap<Id, MemberChange>) {
  return new Map(ids.map((id) => [id, changes.get(id)!.cells!]))
}

/** A members write worked out before its transaction: each person's change, and the blocks of each step. */
interface MembersWrite {
  changes: Map<Id, MemberChange>
  /** Blocks (with their changed people) per step of at most STEP_PEOPLE people; a block is never split. */
  steps: [number, Id[]][][]
}

/**
 * The members write of a delta, in steps: for 50,000 people (an import) grouping by block is
 * ~40 ms, one long task if done at once (issue 16); done before the transaction, which a pause
 * would end.
 */
function* membersWriteSteps(delta: Delta): Generator<void, MembersWrite> {
  const changes = yield* memberChangesSteps(delta)
  const byBlock = new Map<number, Id[]>()
  let looked = 0
  for (const id of changes.keys()) {
    if (++looked % PLANNED_PER_STEP === 0) yield
    const block = memberBlockOf(id)
    const ids = byBlock.get(block)
    if (ids) ids.push(id)
    else byBlock.set(block, [id])
  }
  const steps: [number, Id[]][][] = []
  let people = Infinity
  for (const entry of byBlock) {
    if (people + entry[1].length > STEP_PEOPLE) {
      steps.push([])
      people = 0
    }
    steps.at(-1)!.push(entry)
    people += entry[1].length
  }
  return { changes, steps }
}

/**
 * People and ratings of a delta, merged into their blocks: each touched block is read, changed
 * and written back in the delta's transaction, so another tab's change to a neighbour in the same
 * block is kept. Every read is asked for at once; each step is packed once its read is in and put
 * before the next is packed, so the steps run in tasks of their own (the put's answer is a new
 * task; awaiting a read that is already in would not be).
 */
async function writeMembers(db: SkillgridDb, workspaceId: Id, write: MembersWrite, now: number): Promise<void> {
  const { changes, steps } = write
  if (!changes.size) return
  const reads = steps.map((step) => db.memberBlocks.bulkGet(step.map(([block]) => [workspaceId, block] as BlockKey)))
  for (const [index, step] of steps.entries()) {
    const stored = await reads[index]!
    const puts: MemberBlockRow[] = []
    const emptied: BlockKey[] = []
    step.forEach(([block, ids], i) => {
      const row = stored[i]
      const inPlace = row && cellsOnly(ids, changes) ? withCellsInBlock(row, cellsOf(ids, changes), now) : null
      if (inPlace) return void puts.push(inPlace)
      const members = new Map((row ? membersFromBlock(row) : []).map((m) => [m.person.id, m]))
      for (const id of ids) {
        const next = changedMember(id, changes.get(id)!, members.get(id), now)
        if (next) members.set(id, next)
        else members.delete(id)
      }
      if (members.size) puts.push(memberBlockToDb(workspaceId, block, [...members.values()]))
      else if (row) emptied.push([workspaceId, block])
    })
    if (emptied.length) await db.memberBlocks.bulkDelete(emptied)
    if (puts.length) await db.memberBlocks.bulkPut(puts)
  }
}

/** Members up to which a whole workspace (a new or replaced one) goes in one bulkPut. */
const ONE_PUT_ROWS = 5000
/** Blocks per put above ONE_PUT_ROWS: each put's clone one short task. */
const BLOCKS_PER_PUT = 32

/** A whole workspace's members into their blocks, a few blocks per put above ONE_PUT_ROWS. */
async function putAllMembers(db: SkillgridDb, workspaceId: Id, members: readonly Member[]): Promise<void> {
  const rows = memberBlocksToDb(workspaceId, members)
  const step = members.length <= ONE_PUT_ROWS ? rows.length : BLOCKS_PER_PUT
  for (let start = 0; start < rows.length; start += step) await db.memberBlocks.bulkPut(rows.slice(start, start + step))
}

/** The tables a delta writes: a single-cell edit locks only `memberBlocks`, not every store. */
function tablesOf(db: SkillgridDb, delta: Delta): Table[] {
  const tables: Table[] = []
  if (delta.workspace) tables.push(db.workspaces)
  if (delta.categories) tables.push(db.categories)
  if (delta.skills) tables.push(db.skills)
  if (delta.people || delta.ratings) tables.push(db.memberBlocks)
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
  const planning = membersWriteSteps(delta)
  const members = isLargeChange(delta) ? await runInSlices(planning) : runToEnd(planning)
  await db.transaction('rw', tables, async () => {
    // The journal entry does not wait for the data's read and put: one round trip fewer per edit.
    await Promise.all([appendJournal(db, workspaceId, note), writeDeltaRows(db, workspaceId, delta, members, now)])
  })
}

/** A delta's rows: the workspace record, its entities, then the members. */
async function writeDeltaRows(
  db: SkillgridDb,
  workspaceId: Id,
  delta: Delta,
  members: MembersWrite,
  now: number,
): Promise<void> {
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
  await writeMembers(db, workspaceId, members, now)
}

/** The stored records of some people (another tab changed them); missing ones were deleted. */
export async function readPeopleRecords(db: SkillgridDb, workspaceId: Id, personIds: readonly Id[]) {
  const byBlock = [...groupByBlock(personIds, (id) => id)]
  const rows = await db.memberBlocks.bulkGet(byBlock.map(([block]) => [workspaceId, block] as BlockKey))
  const members = byBlock.flatMap(([, ids], i) => {
    const row = rows[i]
    if (!row) return []
    const wanted = new Set(ids)
    return membersFromBlock(row).filter((m) => wanted.has(m.person.id))
  })
  return { people: members.map((m) => m.person), ratings: members.map((m) => m.ratings) }
}
