import { withCells, type CellPatch } from '../../domain/ratings'
import type { Person, PersonRatings } from '../../domain/types'
import type { MemberBlockRow, MemberEntry, MemberRow } from '../records'
import { memberFromDb, memberToDb } from './workspace'
import { CorruptRecordError } from './validate'

/** One stored person: who they are and their packed ratings. */
export interface Member {
  person: Person
  ratings: PersonRatings
}

/**
 * Blocks a workspace's members are spread over (schema v8). A reload reads at most this many
 * records whatever the team's size — 50,000 records of one person were ~1 s of IndexedDB work and
 * 150,000 array buffers to collect — while a cell edit rewrites one block of ~1/256 of the team.
 */
export const MEMBER_BLOCKS = 256

/** The block a person's record lives in: a hash of the id (FNV-1a), so it never moves. */
export function memberBlockOf(personId: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < personId.length; i++) hash = Math.imul(hash ^ personId.charCodeAt(i), 0x01000193)
  return (hash >>> 0) % MEMBER_BLOCKS
}

/** Items grouped by the block of their person's id. */
export function groupByBlock<T>(items: Iterable<T>, idOf: (item: T) => string): Map<number, T[]> {
  const groups = new Map<number, T[]>()
  for (const item of items) {
    const block = memberBlockOf(idOf(item))
    const list = groups.get(block)
    if (list) list.push(item)
    else groups.set(block, [item])
  }
  return groups
}

/** A workspace's members packed into their blocks: one record per block that holds anyone. */
export function memberBlocksToDb(workspaceId: string, members: Iterable<Member>): MemberBlockRow[] {
  return [...groupByBlock(members, (m) => m.person.id)].map(([block, list]) =>
    memberBlockToDb(workspaceId, block, list),
  )
}

/** Packs members (all of one block) into one record: their fields, then every array in one buffer. */
export function memberBlockToDb(workspaceId: string, block: number, members: readonly Member[]): MemberBlockRow {
  const rows: MemberRow[] = members.map((m) => memberToDb(m.person, m.ratings, workspaceId))
  const size = rows.reduce((sum, row) => sum + row.levels.length + row.self.length + row.interest.length, 0)
  const bytes = new Uint8Array(size)
  let offset = 0
  const people: MemberEntry[] = rows.map(({ levels, self, interest, workspaceId: _, ...fields }) => {
    for (const array of [levels, self, interest]) {
      bytes.set(array, offset)
      offset += array.length
    }
    return { ...fields, sizes: [levels.length, self.length, interest.length] }
  })
  return { workspaceId, block, people, bytes }
}

function blockProblem(row: unknown, problem: string): CorruptRecordError {
  const record = typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {}
  return new CorruptRecordError('member block', `${String(record.workspaceId)}/${String(record.block)}`, problem)
}

function isSizes(value: unknown): value is [number, number, number] {
  return Array.isArray(value) && value.length === 3 && value.every((n) => Number.isSafeInteger(n) && n >= 0)
}

/**
 * The members of a stored block, each validated as a member record is. Their arrays are views
 * of the block's one buffer (no copy); edits replace a person's arrays, never write into them.
 */
export function membersFromBlock(row: unknown): Member[] {
  const record = typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : null
  if (!record || !Array.isArray(record.people) || !(record.bytes instanceof Uint8Array))
    throw blockProblem(row, 'not a block of members')
  const { bytes, workspaceId } = record
  let offset = 0
  const take = (length: number) => {
    if (offset + length > bytes.length) throw blockProblem(row, 'its packed arrays are cut short')
    const view = bytes.subarray(offset, offset + length)
    offset += length
    return view
  }
  const seen = new Set<string>()
  const members = record.people.map((entry: unknown) => {
    const { sizes, ...fields } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>
    if (!isSizes(sizes)) throw blockProblem(row, 'a member without the sizes of its arrays')
    const member = memberFromDb({
      ...fields,
      workspaceId,
      levels: take(sizes[0]),
      self: take(sizes[1]),
      interest: take(sizes[2]),
    })
    const id = member.person.id
    // A writer looks for a person in their own block only: one stored elsewhere, or twice, would come back twice.
    if (memberBlockOf(id) !== record.block) throw blockProblem(row, `member ${id} belongs to another block`)
    if (seen.has(id)) throw blockProblem(row, `member ${id} is in it twice`)
    seen.add(id)
    return member
  })
  if (offset !== bytes.length) throw blockProblem(row, 'bytes left over after its members')
  return members
}

/**
 * A stored block with cell patches written into its bytes, for people already in it whose arrays
 * need not grow: no decoding and repacking of the block's other members (~3 ms a cell edit at
 * 50,000 people, where a block holds ~200, issue 16). Null when it cannot be done in place (the
 * caller then rewrites the block whole); the row, read for this write, is changed and returned.
 */
export function withCellsInBlock(
  row: MemberBlockRow,
  cellsByPerson: ReadonlyMap<string, readonly { slot: number; patch: CellPatch }[]>,
  updatedAt: number,
): MemberBlockRow | null {
  if (!Array.isArray(row.people) || !(row.bytes instanceof Uint8Array)) return null
  const patched: [entry: number, offset: number][] = []
  let offset = 0
  for (const [index, entry] of row.people.entries()) {
    if (!isSizes(entry?.sizes)) return null
    if (cellsByPerson.has(entry.personId)) patched.push([index, offset])
    offset += entry.sizes[0] + entry.sizes[1] + entry.sizes[2]
  }
  if (offset !== row.bytes.length || patched.length !== cellsByPerson.size) return null
  const written: [at: number, array: Uint8Array][] = []
  const people = [...row.people]
  for (const [index, at] of patched) {
    const entry = row.people[index]!
    const [levels, self] = entry.sizes
    const view = (from: number, length: number) => row.bytes.subarray(at + from, at + from + length)
    const before: PersonRatings = {
      personId: entry.personId,
      levels: view(0, levels),
      self: view(levels, self),
      interest: view(levels + self, entry.sizes[2]),
      updatedAt: entry.updatedAt,
    }
    const after = withCells(before, cellsByPerson.get(entry.personId)!, updatedAt)
    const arrays = [after.levels, after.self, after.interest]
    if (arrays.some((array, k) => array.length !== entry.sizes[k])) return null
    written.push([at, after.levels], [at + levels, after.self], [at + levels + self, after.interest])
    people[index] = { ...entry, updatedAt: after.updatedAt }
  }
  for (const [at, array] of written) row.bytes.set(array, at)
  return { ...row, people }
}
