import Dexie, { type DexieOptions, type Table } from 'dexie'
import { DB_NAME } from './names'
import type { CategoryRow, MetaRow, PersonRow, PlanRow, RatingsRow, RoleRow, SkillRow, WorkspaceRow } from './rows'

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

export class SkillgridDb extends Dexie {
  workspaces!: Table<WorkspaceRow, string>
  categories!: Table<CategoryRow, string>
  skills!: Table<SkillRow, string>
  people!: Table<PersonRow, string>
  roles!: Table<RoleRow, string>
  ratings!: Table<RatingsRow, [string, string]>
  plans!: Table<PlanRow, string>
  meta!: Table<MetaRow, string>

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options)
    this.version(1).stores(SCHEMA_V1)
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
