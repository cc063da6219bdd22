import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie'
import frameworkJson from '../assets/community-skills-framework.json'
import catalogueJson from '../assets/learning-resources.json'
import { parseFramework } from '../domain/framework'
import { DB_NAME } from './names'
import {
  memberFromDb,
  memberToDb,
  personFromDb,
  ratingsFromDb,
  resourceFromDb,
  resourceToDb,
  skillFromDb,
  workspaceFromDb,
} from './converters/workspace'
import { RATING_DEFAULTS, type LegacySkillLink, type Skill } from '../domain/types'
import { catalogueResources, type CatalogueEntry } from '../domain/learning/catalogue'
import { resourcesFromLegacyLinks } from '../domain/learning/legacyLinks'
import { newId } from '../domain/ids'
import { legacyLinks } from '../domain/validate/records'
import { emptyRatings } from '../domain/ratings'
import { memberBlocksToDb, type Member } from './converters/memberBlock'
import type {
  CategoryRow,
  MemberBlockRow,
  MetaRow,
  PlanRow,
  ResourceRow,
  RoleRow,
  SkillRow,
  SnapshotContentRow,
  SnapshotPartRow,
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
 * Schema v7: the catalogue of learning resources, one record per resource (small, few per
 * workspace). Skills lose their learning links, which become resources.
 */
export const SCHEMA_V7 = { resources: 'id, workspaceId' } as const

/**
 * Schema v8: a workspace's members are stored in blocks of many people (`memberBlocks`), not one
 * record each; v9 drops the old table (one version later, so the v8 upgrade can still read it).
 */
export const SCHEMA_V8 = { memberBlocks: '[workspaceId+block]' } as const
export const SCHEMA_V9 = { members: null } as const

/** v7 → v8: every member record, validated, moves into its block. A corrupt one aborts the upgrade. */
export async function upgradeToV8(tx: Transaction): Promise<void> {
  const rows = (await tx.table('members').toArray()) as unknown[]
  const byWorkspace = new Map<string, Member[]>()
  for (const row of rows) {
    const workspaceId = String((row as { workspaceId?: unknown }).workspaceId)
    const list = byWorkspace.get(workspaceId) ?? []
    list.push(memberFromDb(row))
    byWorkspace.set(workspaceId, list)
  }
  await tx
    .table('memberBlocks')
    .bulkAdd([...byWorkspace].flatMap(([workspaceId, members]) => memberBlocksToDb(workspaceId, members)))
}

/**
 * v6 → v7 on stored rows: every workspace gets the seeded catalogue (teaching the skills it has by
 * framework id, as a new workspace does) and a resource for each learning link its skills had —
 * level 0, "about this skill" — and the links leave the skill records. Every row is validated
 * after; a corrupt one throws and the upgrade is aborted, leaving v6 as it was.
 */
export function upgradeToV7(catalogue: readonly CatalogueEntry[]) {
  return async (tx: Transaction): Promise<void> => {
    const skillRows = (await tx.table('skills').toArray()) as Record<string, unknown>[]
    const workspaceRows = (await tx.table('workspaces').toArray()) as Record<string, unknown>[]
    const skillsOf = new Map<string, { skill: Skill; links: LegacySkillLink[] }[]>()
    const upgradedSkills = skillRows.map((row) => {
      const { links, ...rest } = row
      const skill = skillFromDb(rest)
      const workspaceId = String(row.workspaceId)
      const list = skillsOf.get(workspaceId) ?? []
      list.push({ skill, links: legacyLinks(links, 'links') })
      skillsOf.set(workspaceId, list)
      return rest
    })
    const resources = workspaceRows.flatMap((row) => {
      const workspaceId = String(row.id)
      // Stored rows come in key (random id) order: by slot, the same links give the same resources.
      const skills = (skillsOf.get(workspaceId) ?? []).sort((a, b) => a.skill.slot - b.skill.slot)
      const seeded = catalogueResources(
        catalogue,
        skills.map((s) => s.skill),
        newId,
      )
      const fromLinks = resourcesFromLegacyLinks(
        skills.map(({ skill, links }) => ({ skillId: skill.id, links })),
        newId,
        seeded.length,
      )
      return [...seeded, ...fromLinks].map((resource) => resourceToDb(resourceFromDb(resource), workspaceId))
    })
    await tx.table('skills').bulkPut(upgradedSkills)
    await tx.table('resources').bulkAdd(resources)
  }
}

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
    const { links = [], ...rest } = row
    skillFromDb({ notes: '', ...rest })
    return { notes: '', links, ...rest }
  })
  await tx.table('members').bulkPut(upgradedMembers)
  await tx.table('workspaces').bulkPut(upgradedWorkspaces)
  await tx.table('skills').bulkPut(upgradedSkills)
}

export class SkillgridDb extends Dexie {
  workspaces!: Table<WorkspaceRow, string>
  categories!: Table<CategoryRow, string>
  skills!: Table<SkillRow, string>
  memberBlocks!: Table<MemberBlockRow, [string, number]>
  roles!: Table<RoleRow, string>
  resources!: Table<ResourceRow, string>
  plans!: Table<PlanRow, string>
  meta!: Table<MetaRow, string>
  snapshots!: Table<SnapshotRow, string>
  snapshotContents!: Table<SnapshotContentRow | SnapshotPartRow, string>
  tabJournal!: Table<TabJournalRow, number>

  constructor(
    name: string = DB_NAME,
    options?: DexieOptions,
    /** What the v7 upgrade seeds each workspace's catalogue with (the bundled one in the app). */
    catalogue: readonly CatalogueEntry[] = [],
  ) {
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
    this.version(7).stores(SCHEMA_V7).upgrade(upgradeToV7(catalogue))
    this.version(8).stores(SCHEMA_V8).upgrade(upgradeToV8)
    this.version(9).stores(SCHEMA_V9)
  }
}

let instance: SkillgridDb | null = null

/** The app's one database instance; an upgrade to v7 seeds catalogues from the bundled one. */
export function getDb(): SkillgridDb {
  instance ??= new SkillgridDb(DB_NAME, undefined, parseFramework(frameworkJson, catalogueJson).catalogue)
  return instance
}

/** Store tests point the app at a fresh database (fake-indexeddb). */
export function setDbForTests(db: SkillgridDb): void {
  instance = db
}
