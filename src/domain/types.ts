import type { InterestDef, Level, LevelDef } from './scale'

export type Id = string

export type TargetLevel = 1 | 2 | 3 | 4

export interface SkillTarget {
  /** Level a person needs to count as a holder of the skill. */
  level: TargetLevel
  /** How many holders the team wants. */
  people: number
}

export interface CostModel {
  /** Effort of training a person one level up. */
  trainStepCost: number
  /** Taken off a training's cost when the person wants to grow in that skill. */
  interestDiscount: number
  maxTrainingsPerPerson: number
}

export interface Workspace {
  id: Id
  name: string
  createdAt: number
  updatedAt: number
  /** Next free packed-array slot; slots are never reused within a workspace. */
  nextSlot: number
  scale: LevelDef[]
  interestScale: InterestDef[]
  defaultTarget: SkillTarget
  costModel: CostModel
}

export interface Category {
  id: Id
  name: string
  nameRu: string
  order: number
}

export interface Skill {
  id: Id
  categoryId: Id
  /** Index of this skill in every person's packed level/interest arrays. */
  slot: number
  name: string
  nameRu: string
  /** Other names that match this skill on import (e.g. an old spelling). */
  aliases: string[]
  description: string
  order: number
  target: SkillTarget
  critical: boolean
  /** Id in the Community Skills Framework when seeded from it. */
  frameworkId: string
}

export interface Person {
  id: Id
  name: string
  email: string
  team: string
  title: string
  active: boolean
  /** False when the lead marks the person "not available for training". */
  trainable: boolean
  order: number
}

/** One person's ratings, packed by skill slot (NOT_ASSESSED / INTEREST_UNSET where unset). */
export interface PersonRatings {
  personId: Id
  levels: Uint8Array
  interest: Uint8Array
  updatedAt: number
}

export interface RoleTemplate {
  id: Id
  name: string
  nameRu: string
  /** Skill id → level a hire in this role brings. */
  requirements: Record<Id, Level>
  hireCost: number
  order: number
  frameworkId: string
}

/** Everything one workspace holds, as the stores keep it in memory. */
export interface WorkspaceData {
  workspace: Workspace
  categories: Category[]
  skills: Skill[]
  people: Person[]
  roles: RoleTemplate[]
  ratings: Map<Id, PersonRatings>
}
