import type { SnapshotContent, SnapshotPeople, SnapshotSummary } from '../domain/snapshots'
import type { Category, LearningResource, Person, RoleTemplate, Skill, Workspace } from '../domain/types'

/** Stored shapes: the domain entity plus the workspace it belongs to. */
export type WorkspaceRow = Workspace
export type CategoryRow = Category & { workspaceId: string }
export type SkillRow = Skill & { workspaceId: string }
/** Schema v1 only (kept for the upgrade): people had a table of their own. */
export type PersonRow = Person & { workspaceId: string }
export type RoleRow = RoleTemplate & { workspaceId: string }
/** Schema v7: the workspace's catalogue of learning resources. */
export type ResourceRow = LearningResource & { workspaceId: string }

/** Schema v1 only (kept for the upgrade): one ratings record per person. */
export interface RatingsRow {
  workspaceId: string
  personId: string
  levels: Uint8Array
  interest: Uint8Array
  updatedAt: number
}

/**
 * Schema v2: ONE record per person, holding the person and their packed levels and interest.
 * Measured in Chromium: 5,000 such records commit in ~370 ms; 5,000 people plus 5,000 ratings
 * records in two tables took ~660 ms — imports write half, and a reload reads half.
 */
export type MemberRow = Omit<Person, 'id'> & {
  workspaceId: string
  personId: string
  levels: Uint8Array
  /** Schema v4: the person's own levels (empty until the first self rating). */
  self: Uint8Array
  interest: Uint8Array
  updatedAt: number
}

/** A member's fields in a block: the record less its arrays, with their lengths. */
export type MemberEntry = Omit<MemberRow, 'workspaceId' | 'levels' | 'self' | 'interest'> & {
  /** Lengths of levels, self and interest, in that order in the block's bytes. */
  sizes: [number, number, number]
}

/** Schema v8: the members of one block of a workspace (see `memberBlockOf`), arrays in one buffer. */
export interface MemberBlockRow {
  workspaceId: string
  block: number
  people: MemberEntry[]
  bytes: Uint8Array
}

/** Schema v4: a snapshot's summary (history list, trend chart), small. */
export type SnapshotRow = SnapshotSummary & { workspaceId: string }
/** Schema v4: a snapshot's packed content, read only to compare or restore. */
/**
 * A column of texts as a snapshot stores it: all of them as UTF-8 in one array, and each text's
 * length. A 50,000-name array took ~30 ms to clone in one task; one byte array, about a
 * millisecond (and one string would turn two bytes a character as soon as one name is Cyrillic).
 */
export interface PackedTexts {
  utf8: Uint8Array
  lengths: Uint32Array
}

/** A snapshot's people as stored: the text columns packed (rows written before: plain arrays). */
export type StoredSnapshotPeople = Omit<SnapshotPeople, 'ids' | 'names' | 'emails' | 'teams' | 'titles'> &
  Record<'ids' | 'names' | 'emails' | 'teams' | 'titles', PackedTexts | string[]>

export type SnapshotContentRow = Omit<SnapshotContent, 'people'> & {
  people: StoredSnapshotPeople
  workspaceId: string
  /**
   * Set when the packed cells are stored in that many part rows (a big team's snapshot): `levels`,
   * `self` and `interest` are then empty here. Absent in rows stored whole (small teams, before).
   */
  parts?: number
}

/** A slice of a snapshot's packed cells, rows `from`… of its people; id `${snapshotId}\u0000${index}`. */
export interface SnapshotPartRow {
  id: string
  workspaceId: string
  partOf: string
  index: number
  levels: Uint8Array
  self: Uint8Array
  interest: Uint8Array
}

export interface MetaRow {
  key: string
  value: unknown
}

/** A saved planner scenario; its content is owned by the planner (validated there on read). */
export interface PlanRow {
  id: string
  workspaceId: string
  name: string
  createdAt: number
  content: unknown
}

/** One saved change, for the other open tabs (schema v6); `seq` is the auto-incremented key. */
export interface TabJournalRow {
  seq?: number
  /** The tab that saved it, so that tab skips its own entries. */
  tab: string
  workspaceId: string
  personIds: string[]
  structural: boolean
  /** A list beside the matrix changed (a snapshot or a saved plan): the others read it again. */
  lists?: 'snapshots' | 'plans'
}
