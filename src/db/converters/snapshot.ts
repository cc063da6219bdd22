import {
  SNAPSHOT_KINDS,
  type SnapshotContent,
  type SnapshotKind,
  type SnapshotPeople,
  type SnapshotSummary,
} from '../../domain/snapshots'
import { RATING_SOURCES, type RatingSource } from '../../domain/types'
import type { SnapshotContentRow, SnapshotRow } from '../records'
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

function texts(value: unknown, length: number, id: string, field: string): string[] {
  if (!Array.isArray(value) || value.length !== length || !value.every((item) => typeof item === 'string'))
    throw new CorruptRecordError('snapshot content', id, `people.${field} is not ${length} texts`)
  return value as string[]
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
  const ids = texts(columns.ids, Array.isArray(columns.ids) ? columns.ids.length : -1, id, 'ids')
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

export function snapshotContentToDb(content: SnapshotContent, workspaceId: string): SnapshotContentRow {
  return { ...content, workspaceId }
}
