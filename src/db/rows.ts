import type { Category, Person, RoleTemplate, Skill, Workspace } from '../domain/types'

/** Stored shapes: the domain entity plus the workspace it belongs to. */
export type WorkspaceRow = Workspace
export type CategoryRow = Category & { workspaceId: string }
export type SkillRow = Skill & { workspaceId: string }
export type PersonRow = Person & { workspaceId: string }
export type RoleRow = RoleTemplate & { workspaceId: string }

/** One record per person: levels and interest packed by skill slot (see ARCHITECTURE.md "Storage"). */
export interface RatingsRow {
  workspaceId: string
  personId: string
  levels: Uint8Array
  interest: Uint8Array
  updatedAt: number
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
