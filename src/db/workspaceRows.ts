import { byOrder, resourcesByOrder } from '../domain/order'
import type { Id, WorkspaceData } from '../domain/types'
import { categoryFromDb, resourceFromDb, roleFromDb, skillFromDb, workspaceFromDb } from './converters/workspace'
import { membersFromBlock } from './converters/memberBlock'

// Stored rows to workspace data, without Dexie: the early reader uses these before Dexie loads.

export interface WorkspaceSummary {
  id: Id
  name: string
  createdAt: number
  updatedAt: number
}

/** Summaries of stored workspace records, oldest first. */
export function workspaceSummaries(rows: readonly unknown[]): WorkspaceSummary[] {
  return rows
    .map(workspaceFromDb)
    .map(({ id, name, createdAt, updatedAt }) => ({ id, name, createdAt, updatedAt }))
    .sort((a, b) => a.createdAt - b.createdAt)
}

/** The stored rows of one workspace, as read from IndexedDB (by Dexie or by the early reader). */
export interface WorkspaceRows {
  workspace: unknown
  categories: unknown[]
  skills: unknown[]
  /** Schema v8: blocks of many members each. */
  memberBlocks: unknown[]
  roles: unknown[]
  resources: unknown[]
}

/** Validates and converts stored rows; keys are random ids, so entities come back in the user's order. */
export function workspaceFromRows(rows: WorkspaceRows): WorkspaceData {
  const members = rows.memberBlocks.flatMap(membersFromBlock)
  return {
    workspace: workspaceFromDb(rows.workspace),
    categories: byOrder(rows.categories.map(categoryFromDb)),
    skills: byOrder(rows.skills.map(skillFromDb)),
    people: byOrder(members.map((m) => m.person)),
    roles: byOrder(rows.roles.map(roleFromDb)),
    resources: resourcesByOrder(rows.resources.map(resourceFromDb)),
    ratings: new Map(members.map((m) => [m.person.id, m.ratings])),
  }
}
