import type { InterestDef, Level, LevelDef } from './scale'
import type { LocalText } from './text'

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
  /** Most learning actions (trainings, mentorships received, resources attended) per person. */
  maxTrainingsPerPerson: number
  /**
   * Effort of one level a colleague at level 4 mentors someone up (new workspaces: 1). Absent in
   * data stored before mentoring existed: the planner then uses 1.
   */
  mentoringStepCost?: number
  /**
   * Most mentees one mentor takes, across skills (new workspaces: 2). Absent in data stored before
   * mentoring existed: the planner then plans no mentoring, so old data plans as before.
   */
  menteesPerMentor?: number
}

/** What the new cost-model fields are for a new workspace. */
export const MENTORING_DEFAULTS: { readonly mentoringStepCost: number; readonly menteesPerMentor: number } = {
  mentoringStepCost: 1,
  menteesPerMentor: 2,
}

/**
 * How many holders a plan aims for: `targets` — what each skill's target says; `no-single-holder`
 * — also at least 2 for every skill with a target; `survive-departure` — the targets still hold
 * after any one person leaves (target + 1 for every skill with a target, see docs/planner.md).
 */
export type Resilience = 'targets' | 'no-single-holder' | 'survive-departure'
export const RESILIENCE_MODES: readonly Resilience[] = ['targets', 'no-single-holder', 'survive-departure']

/**
 * A course, workshop, article… of the workspace's catalogue. Attending it makes a person a holder
 * of every skill it teaches at or above that skill's target level (see docs/planner.md).
 */
export interface LearningResource {
  id: Id
  /** Either language may be blank, not both: the other one is shown. */
  title: LocalText
  /** http(s) link, or null. */
  url: string | null
  /** course, workshop, article, self-study, community… (free text). */
  kind: string
  /** Language code of the material (en, ru, uk…). */
  language: string
  /**
   * Skill id → the level it can bring an attendee to. Level 0 means "about this skill" without a
   * level (reading, a reference): listed with the skill, never a way to become a holder.
   */
  teaches: Record<Id, Level>
  /** Seats per session; null = self-paced (no session to organise). */
  seats: number | null
  costPerSeat: number
  /** Cost of running one session (ignored for a self-paced resource). */
  costPerSession: number
  note: string
  order: number
  /** Id in the seeded catalogue (learning-resources.json), '' for the user's own. */
  frameworkId: string
}

/**
 * Which rating coverage and the planner count: the lead's level where there is one, else the
 * person's own ('lead-first'); or one source only.
 */
export type RatingSource = 'lead-first' | 'lead-only' | 'self-only'
export const RATING_SOURCES: readonly RatingSource[] = ['lead-first', 'lead-only', 'self-only']

/** Settings a workspace stored before they existed gets. */
export const RATING_DEFAULTS: { readonly ratingSource: RatingSource; readonly staleAfterMonths: number } = {
  ratingSource: 'lead-first',
  staleAfterMonths: 6,
}

/** The delimiter a CSV export is written with: `;` is what Excel in Russia and much of Europe splits on. */
export type CsvDelimiter = ',' | ';'
export const CSV_DELIMITERS: readonly CsvDelimiter[] = [',', ';']

/** How CSV exports are written, once the user chose; absent, the interface language decides. */
export interface CsvExportSettings {
  delimiter: CsvDelimiter
  /** Headers, categories, skills and interest words in the interface language, not the stored (English) ones. */
  localNames: boolean
}

/** Until the user picks: `;` for a Russian interface (Excel there splits on it), stored names. */
export function csvExportSettings(workspace: Pick<Workspace, 'csvExport'>, locale: 'en' | 'ru'): CsvExportSettings {
  return workspace.csvExport ?? { delimiter: locale === 'ru' ? ';' : ',', localNames: false }
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
  ratingSource: RatingSource
  /** Ratings last assessed longer ago than this are stale. */
  staleAfterMonths: number
  /** Not indexed, so no schema upgrade: records written before it have none (the language decides). */
  csvExport?: CsvExportSettings
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
  /** Learning notes: free text, shown as text. The skill's resources are the catalogue's. */
  notes: string
}

/** A learning link of a skill as stored before schema v7 and in backups before version 3. */
export interface LegacySkillLink {
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
  /** The catalogue of learning resources the planner can use (courses, workshops, self-study…). */
  resources: LearningResource[]
  ratings: ReadonlyMap<Id, PersonRatings>
}
