import Dexie, { type DexieOptions, type Table } from 'dexie'
import { DB_NAME } from './names'
import { memberToDb, personFromDb, ratingsFromDb } from './convert'
import { emptyRatings } from '../domain/ratings'
import type { CategoryRow, MemberRow, MetaRow, PlanRow, RoleRow, SkillRow, WorkspaceRow } from './rows'

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

export class SkillgridDb extends Dexie {
  workspaces!: Table<WorkspaceRow, string>
  categories!: Table<CategoryRow, string>
  skills!: Table<SkillRow, string>
  members!: Table<MemberRow, [string, string]>
  roles!: Table<RoleRow, string>
  plans!: Table<PlanRow, string>
  meta!: Table<MetaRow, string>

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options)
    this.version(1).stores(SCHEMA_V1)
    // v1 → v2: every person joins their ratings record. Rows are validated on the way: a corrupt
    // one throws, which aborts the upgrade and leaves the v1 database as it was.
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        const people = (await tx.table('people').toArray()) as unknown[]
        const ratings = (await tx.table('ratings').toArray()) as unknown[]
        const byKey = new Map(ratings.map((row) => {
          const record = row as { workspaceId?: unknown }
          const parsed = ratingsFromDb(row)
          return [`${String(record.workspaceId)}\u0000${parsed.personId}`, parsed] as const
        }))
        const members = people.map((row) => {
          const workspaceId = String((row as { workspaceId?: unknown }).workspaceId)
          const person = personFromDb(row)
          return memberToDb(person, byKey.get(`${workspaceId}\u0000${person.id}`) ?? emptyRatings(person.id, 0), workspaceId)
        })
        await tx.table('members').bulkAdd(members)
      })
    // The old tables go one version later, so the v2 upgrade could still read them.
    this.version(3).stores({ people: null, ratings: null })
  }
}

let instance: SkillgridDb | null = null

/** The app's one database instance. */
export function getDb(): SkillgridDb {
  instance ??= new SkillgridDb()
  return instance
}

/** Store tests point the app at a fresh database (fake-indexeddb). */
export function useDb(db: SkillgridDb): void {
  instance = db
}
