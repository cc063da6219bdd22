import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie'
import { DB_NAME } from './names'
import {
  memberFromDb,
  memberToDb,
  personFromDb,
  ratingsFromDb,
  skillFromDb,
  workspaceFromDb,
} from './converters/workspace'
import { RATING_DEFAULTS } from '../domain/types'
import { emptyRatings } from '../domain/ratings'
import type {
  CategoryRow,
  MemberRow,
  MetaRow,
  PlanRow,
  RoleRow,
  SkillRow,
  SnapshotContentRow,
  SnapshotRow,
  TabJournalRow,
  WorkspaceRow,
} from './records'

/** Schema v1: one ratings record per person, keyed by [workspaceId+personId]. */
export const SCHEMA_V1 = {
  workspaces: 'id',
  categories: 'id, workspaceId',
  skills: 'id, workspaceId',
  people: 'id, workspaceId',
  roles: 'id, workspaceId',
  ratings: '[workspaceId+personId], workspaceId',
  plans: 'id, workspaceId',
  meta: 'key',
} as const

/** Schema v2: people and their ratings become one `members` record per person. */
export const SCHEMA_V2 = { members: '[workspaceId+personId], workspaceId' } as const

/** Schema v3: the v1 tables are gone. */
export const SCHEMA_V3 = { people: null, ratings: null } as const

/** Schema v4: dated snapshots (a small summary and the packed content apart, so the list reads little). */
export const SCHEMA_V4 = { snapshots: 'id, workspaceId', snapshotContents: 'id, workspaceId' } as const

/**
 * Schema v5: members lose the `workspaceId` index. Nothing queried it (a workspace's members are
 * a range of the primary key) and keeping it up to date cost about 14 % of every bulk write.
 */
export const SCHEMA_V5 = { members: '[workspaceId+personId]' } as const

/** Schema v6: a journal of saved changes that other open tabs follow (Dexie `liveQuery`). */
export const SCHEMA_V6 = { tabJournal: '++seq' } as const

/**
 * v3 → v4 on stored rows: members get an (empty) array of self levels, workspaces the rating
 * settings, skills learning notes. Each row is validated after: a corrupt one throws and the
 * upgrade is aborted, leaving v3 as it was.
 */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  const members = (await tx.table('members').toArray()) as Record<string, unknown>[]
  const upgradedMembers = members.map((row) => {
    const next = { ...row, self: row.self instanceof Uint8Array ? row.self : new Uint8Array(0) }
    memberFromDb(next)
    return next
  })
  const workspaces = (await tx.table('workspaces').toArray()) as Record<string, unknown>[]
  const upgradedWorkspaces = workspaces.map((row) => {
    const next = { ...RATING_DEFAULTS, ...row }
    workspaceFromDb(next)
    return next
  })
  const skills = (await tx.table('skills').toArray()) as Record<string, unknown>[]
  const upgradedSkills = skills.map((row) => {
    const next = { notes: '', links: [], ...row }
    skillFromDb(next)
    return next
  })
  await tx.table('members').bulkPut(upgradedMembers)
  await tx.table('workspaces').bulkPut(upgradedWorkspaces)
  await tx.table('skills').bulkPut(upgradedSkills)
}

export class SkillgridDb extends Dexie {
  workspaces!: Table<WorkspaceRow, string>
  categories!: Table<CategoryRow, string>
  skills!: Table<SkillRow, string>
  members!: Table<MemberRow, [string, string]>
  roles!: Table<RoleRow, string>
  plans!: Table<PlanRow, string>
  meta!: Table<MetaRow, string>
  snapshots!: Table<SnapshotRow, string>
  snapshotContents!: Table<SnapshotContentRow, string>
  tabJournal!: Table<TabJournalRow, number>

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    // liveQuery results from committed data only, no optimistic cache: the tab journal's readers
    // count on seeing entries as they were committed, in order.
    super(name, { cache: 'disabled', ...options })
    this.version(1).stores(SCHEMA_V1)
    // v1 → v2: every person joins their ratings record. Rows are validated on the way: a corrupt
    // one throws, which aborts the upgrade and leaves the v1 database as it was.
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        const people = (await tx.table('people').toArray()) as unknown[]
        const ratings = (await tx.table('ratings').toArray()) as unknown[]
        const byKey = new Map(
          ratings.map((row) => {
            const record = row as { workspaceId?: unknown }
            const parsed = ratingsFromDb(row)
            return [`${String(record.workspaceId)}\u0000${parsed.personId}`, parsed] as const
          }),
        )
        const members = people.map((row) => {
          const workspaceId = String((row as { workspaceId?: unknown }).workspaceId)
          const person = personFromDb(row)
          return memberToDb(
            person,
            byKey.get(`${workspaceId}\u0000${person.id}`) ?? emptyRatings(person.id, 0),
            workspaceId,
          )
        })
        await tx.table('members').bulkAdd(members)
      })
    // The old tables go one version later, so the v2 upgrade could still read them.
    this.version(3).stores(SCHEMA_V3)
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4)
    this.version(5).stores(SCHEMA_V5)
    this.version(6).stores(SCHEMA_V6)
  }
}

let instance: SkillgridDb | null = null

/** The app's one database instance. */
export function getDb(): SkillgridDb {
  instance ??= new SkillgridDb()
  return instance
}

/** Store tests point the app at a fresh database (fake-indexeddb). */
export function setDbForTests(db: SkillgridDb): void {
  instance = db
}
