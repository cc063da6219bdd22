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

/**
 * Which rating coverage and the planner count: the lead's level where there is one, else the
 * person's own ('lead-first'); or one source only.
 */
export type RatingSource = 'lead-first' | 'lead-only' | 'self-only'
export const RATING_SOURCES: readonly RatingSource[] = ['lead-first', 'lead-only', 'self-only']

/** Settings a workspace stored before they existed gets. */
export const RATING_DEFAULTS: { readonly ratingSource: RatingSource; readonly staleAfterMonths: number } = { ratingSource: 'lead-first', staleAfterMonths: 6 }

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
  ratingSource: RatingSource
  /** Ratings last assessed longer ago than this are stale. */
  staleAfterMonths: number
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
  /** Learning notes: free text, shown as text. */
  notes: string
  links: SkillLink[]
}

/** A learning resource; only http(s) URLs become links, anything else is shown as text. */
export interface SkillLink {
  title: string
  url: string
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

/**
 * One person's ratings, packed by skill slot (NOT_ASSESSED / INTEREST_UNSET where unset).
 * `levels` are the lead's, `self` the person's own; either may be shorter than the slot count.
 */
export interface PersonRatings {
  personId: Id
  levels: Uint8Array
  self: Uint8Array
  interest: Uint8Array
  /** When the ratings last changed: the "last assessed" date (0 = never). */
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
