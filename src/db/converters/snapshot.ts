import {
  SNAPSHOT_KINDS,
  type SnapshotContent,
  type SnapshotKind,
  type SnapshotPeople,
  type SnapshotSummary,
} from '../../domain/snapshots'
import { runToEnd } from '../../domain/steps'
import { RATING_SOURCES, type RatingSource } from '../../domain/types'
import type { PackedTexts, SnapshotContentRow, SnapshotRow, StoredSnapshotPeople } from '../records'
import { CorruptRecordError, reader } from './validate'
import { categoryFromDb, skillFromDb } from './workspace'

export function snapshotFromDb(row: unknown): SnapshotSummary {
  const r = reader('snapshot', row)
  const id = r.text('id')
  const kind = SNAPSHOT_KINDS.find((k) => k === r.text('kind'))
  if (!kind) throw new CorruptRecordError('snapshot', id, 'kind is unknown')
  const totals = r.object('totals')
  const count = (field: string) => {
    const value = totals[field]
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new CorruptRecordError('snapshot', id, `totals.${field} is not a number`)
    return value
  }
  return {
    id,
    takenAt: r.number('takenAt'),
    kind: kind satisfies SnapshotKind,
    label: r.text('label'),
    people: r.number('people'),
    skills: r.number('skills'),
    totals: {
      covered: count('covered'),
      atRisk: count('atRisk'),
      uncovered: count('uncovered'),
      deficit: count('deficit'),
    },
  }
}

export function snapshotToDb(summary: SnapshotSummary, workspaceId: string): SnapshotRow {
  return { ...summary, totals: { ...summary.totals }, workspaceId }
}

/** A column of texts as one UTF-8 array and the lengths of its parts, as a snapshot stores it. */
export function packTexts(list: readonly string[]): PackedTexts {
  return runToEnd(packTextsSteps(list))
}

/** Texts encoded per step of `packTextsSteps`: a column of 50,000 in one go was a ~50 ms task. */
const TEXTS_PER_STEP = 10_000

function* packTextsSteps(list: readonly string[]): Generator<void, PackedTexts> {
  const lengths = new Uint32Array(list.length)
  for (let i = 0; i < list.length; i++) lengths[i] = list[i]!.length
  const encoder = new TextEncoder()
  const parts: Uint8Array[] = []
  for (let start = 0; start < list.length; start += TEXTS_PER_STEP) {
    if (start > 0) yield
    parts.push(encoder.encode(list.slice(start, start + TEXTS_PER_STEP).join('')))
  }
  if (parts.length === 1) return { utf8: parts[0]!, lengths }
  const utf8 = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    utf8.set(part, offset)
    offset += part.length
  }
  return { utf8, lengths }
}

const TEXT_COLUMNS = ['ids', 'names', 'emails', 'teams', 'titles'] as const

/** The people of a snapshot as stored, a slice of a text column packed per step (a few ms each at 50,000 people). */
export function* packPeopleSteps(people: SnapshotPeople): Generator<void, StoredSnapshotPeople> {
  const stored: StoredSnapshotPeople = { ...people }
  for (const column of TEXT_COLUMNS) {
    stored[column] = yield* packTextsSteps(people[column])
    yield
  }
  return stored
}

/** The people of a snapshot as stored, every text column packed at once. */
export function packPeople(people: SnapshotPeople): StoredSnapshotPeople {
  return runToEnd(packPeopleSteps(people))
}

/** A stored column of texts, packed or a plain array (rows written before packing), as `length` texts. */
function texts(value: unknown, length: number, id: string, field: string): string[] {
  const problem = () => new CorruptRecordError('snapshot content', id, `people.${field} is not ${length} texts`)
  if (Array.isArray(value)) {
    if (value.length !== length || !value.every((item) => typeof item === 'string')) throw problem()
    return value as string[]
  }
  const packed = (typeof value === 'object' && value !== null ? value : {}) as Partial<
    Record<keyof PackedTexts, unknown>
  >
  const { utf8, lengths } = packed
  if (!(utf8 instanceof Uint8Array) || !(lengths instanceof Uint32Array) || lengths.length !== length) throw problem()
  const joined = new TextDecoder().decode(utf8)
  const list: string[] = []
  let offset = 0
  for (const size of lengths) {
    list.push(joined.slice(offset, offset + size))
    offset += size
  }
  if (offset !== joined.length) throw problem()
  return list
}

/** How many texts a stored column holds (-1: not a column of texts). */
function textCount(value: unknown): number {
  if (Array.isArray(value)) return value.length
  const lengths = (value as { lengths?: unknown } | null)?.lengths
  return lengths instanceof Uint32Array ? lengths.length : -1
}

function bytes(value: unknown, lengths: readonly number[], id: string, field: string): Uint8Array {
  if (!(value instanceof Uint8Array) || !lengths.includes(value.length))
    throw new CorruptRecordError('snapshot content', id, `${field} is not a packed array of the right size`)
  return value
}

function numbers(value: unknown, length: number, id: string, field: string): Float64Array {
  if (!(value instanceof Float64Array) || value.length !== length)
    throw new CorruptRecordError('snapshot content', id, `${field} is not ${length} numbers`)
  return value
}

/** A stored snapshot content, validated: every packed array has exactly people × width bytes. */
export function snapshotContentFromDb(row: unknown): SnapshotContent {
  const r = reader('snapshot content', row)
  const id = r.text('id')
  const columns = r.object('people')
  const ids = texts(columns.ids, textCount(columns.ids), id, 'ids')
  const count = ids.length
  const width = r.number('width')
  if (!Number.isInteger(width) || width < 0)
    throw new CorruptRecordError('snapshot content', id, 'width is not a whole number')
  const people: SnapshotPeople = {
    ids,
    names: texts(columns.names, count, id, 'names'),
    emails: texts(columns.emails, count, id, 'emails'),
    teams: texts(columns.teams, count, id, 'teams'),
    titles: texts(columns.titles, count, id, 'titles'),
    flags: bytes(columns.flags, [count], id, 'people.flags'),
    order: numbers(columns.order, count, id, 'people.order'),
  }
  const ratingSource = RATING_SOURCES.find((s) => s === r.text('ratingSource'))
  if (!ratingSource) throw new CorruptRecordError('snapshot content', id, 'ratingSource is unknown')
  const record = row as Record<string, unknown>
  return {
    id,
    categories: r.list('categories').map(categoryFromDb),
    skills: r.list('skills').map(skillFromDb),
    ratingSource: ratingSource satisfies RatingSource,
    people,
    width,
    levels: bytes(record.levels, [count * width], id, 'levels'),
    self: bytes(record.self, [0, count * width], id, 'self'),
    interest: bytes(record.interest, [count * width], id, 'interest'),
    assessedAt: numbers(record.assessedAt, count, id, 'assessedAt'),
  }
}

/** The content as stored; `people` may come packed already (a big team's are packed a column per task). */
export function snapshotContentToDb(
  content: SnapshotContent,
  workspaceId: string,
  people: StoredSnapshotPeople = packPeople(content.people),
): SnapshotContentRow {
  return { ...content, people, workspaceId }
}
