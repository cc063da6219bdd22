import type { Interest, Level } from '../scale'
import type {
  CostModel,
  Id,
  LearningResource,
  Person,
  PersonRatings,
  Resilience,
  RoleTemplate,
  Skill,
  TargetLevel,
} from '../types'

/** Optional limits of a plan run; null = no limit. */
export interface PlanLimits {
  /** Most total cost (effort units) the plan may spend. */
  budget: number | null
  /** Most hires the plan may make. */
  maxHires: number | null
}

export const NO_LIMITS: PlanLimits = { budget: null, maxHires: null }

/** Everything a plan is computed from: plain data, never reactive. */
export interface PlannerInput {
  skills: readonly Skill[]
  people: readonly Person[]
  ratings: ReadonlyMap<Id, PersonRatings>
  roles: readonly RoleTemplate[]
  costModel: CostModel
  limits: PlanLimits
  /** The workspace's learning resources (none = only trainings, mentoring and hires). */
  resources?: readonly LearningResource[]
  /** How many holders the plan aims for; absent = `targets`. */
  resilience?: Resilience
}

/** One unit of need an action closes: one of `need` missing holders of a skill. */
export interface ClosedNeed {
  skillId: Id
  /** Missing holders of the skill before the plan. */
  need: number
}

export interface TrainAction {
  kind: 'train'
  personId: Id
  skillId: Id
  /** null = not assessed (counted as 0). */
  fromLevel: Level | null
  toLevel: TargetLevel
  /** null = never asked (counted as open to it). */
  interest: Interest | null
  cost: number
  closes: ClosedNeed[]
  /** The person's level in the skill is not known: ask them first, they may already hold it. */
  levelUnknown: boolean
  /** No resource of the catalogue teaches the skill to its target level. */
  noCourse: boolean
  /** Nobody active and available is at level 4 in the skill (or mentoring is off). */
  noMentor: boolean
}

export interface MentorAction {
  kind: 'mentor'
  mentorId: Id
  personId: Id
  skillId: Id
  fromLevel: Level | null
  toLevel: TargetLevel
  interest: Interest | null
  cost: number
  closes: ClosedNeed[]
  levelUnknown: boolean
}

/** One attendee of a course action: the skills attending makes them a holder of. */
export interface CourseAttendee {
  personId: Id
  /** Skills (ids) the person becomes a holder of, with the level they come from (null = not assessed). */
  skills: { skillId: Id; fromLevel: Level | null; toLevel: TargetLevel }[]
  /** Skills among `skills` where the person's level is not known. */
  levelUnknown: Id[]
}

export interface CourseAction {
  kind: 'course'
  resourceId: Id
  /** Whole sessions to run; null for a self-paced resource. */
  sessions: number | null
  seats: number | null
  attendees: CourseAttendee[]
  /** costPerSession × sessions + costPerSeat × attendees. */
  cost: number
  /** Per skill, how many attendees become holders of it. */
  holders: { skillId: Id; count: number }[]
  closes: ClosedNeed[]
}

export interface HireAction {
  kind: 'hire'
  roleId: Id
  cost: number
  /** The skills this hire closes a missing holder of. */
  closes: ClosedNeed[]
}

export type PlanAction = TrainAction | MentorAction | CourseAction | HireAction
export type PlanActionKind = PlanAction['kind']
export const PLAN_ACTION_KINDS: readonly PlanActionKind[] = ['train', 'mentor', 'course', 'hire']

/** Why a skill keeps missing holders after the plan; the UI turns each into a sentence. */
export type UnclosedReason =
  | { code: 'noRoleNoCandidates'; level: number }
  | { code: 'noRoleFewCandidates'; level: number; candidates: number }
  | { code: 'trainingLimit'; maxTrainings: number }
  | { code: 'budget'; budget: number }
  | { code: 'maxHires'; maxHires: number }
  | { code: 'approximate' }

export interface UnclosedSkill {
  skillId: Id
  need: number
  /** Holders still missing after the plan. */
  missing: number
  reasons: UnclosedReason[]
  critical: boolean
  /** Holders after the plan: 0 = the skill stays uncovered. */
  holdersAfter: number
}

/** A skill that ends the plan with exactly one holder. */
export interface SingleHolderSkill {
  skillId: Id
  /** The holder: a person's id, or null when it is a hire. */
  personId: Id | null
  /** Some action (training, mentoring, course, hire) could give the skill a second holder. */
  canAddSecond: boolean
}

/** "Assess first": active people whose level in a skill that misses holders is not known. */
export interface AssessFirst {
  skillId: Id
  people: number
}

/** The plan's value on each priority tier, best first (all lower is better). */
export interface PlanTiers {
  /** Critical skills with a target that end with no holder. */
  criticalUncovered: number
  /** Skills with a target that end with no holder. */
  uncovered: number
  /** Holders still missing, summed over skills. */
  missing: number
  /** Total cost in cents. */
  costCents: number
}

/**
 * `optimal`: HiGHS proved the plan optimal and no limit kept it from closing what can be closed.
 * `partial`: proven optimal within the budget / hire limit, which left closable need open.
 * `approximate`: the greedy fallback (or a solve stopped early): valid, not proven best.
 */
export type PlanStatus = 'optimal' | 'partial' | 'approximate'

export interface CoverageCounts {
  uncovered: number
  atRisk: number
  covered: number
  deficit: number
}

export interface SkillCoverageChange {
  skillId: Id
  holdersBefore: number
  holdersAfter: number
  statusBefore: 'uncovered' | 'at-risk' | 'covered' | 'not-needed'
  statusAfter: 'uncovered' | 'at-risk' | 'covered' | 'not-needed'
}

export interface PlanCoverage {
  before: CoverageCounts
  after: CoverageCounts
  /** Skills whose holders change, plus every skill not covered afterwards. */
  skills: SkillCoverageChange[]
}

export interface PlanStats {
  /** Training candidates by the model's rules, before and after the exact pruning. */
  candidates: number
  keptCandidates: number
  hireOptions: number
  keptHireOptions: number
  /** Mentorship and course-attendance options, before and after the exact pruning. */
  mentorOptions: number
  keptMentorOptions: number
  courseOptions: number
  keptCourseOptions: number
  /** HiGHS solves the lexicographic priorities took. */
  solves: number
  /** Rows and columns of the MILP handed to the solver (0 when it was not needed). */
  rows: number
  columns: number
  buildMs: number
  solveMs: number
  /**
   * When the solver stopped at its time limit (a very large team): how far the plan's objective may
   * be from the best one, relative (the LP relaxation bounds it), and that limit in seconds.
   */
  gap?: number
  timeLimitSeconds?: number
}

export interface PlanResult {
  status: PlanStatus
  /** The solver proved optimality (false for the greedy fallback). */
  proven: boolean
  engine: 'highs' | 'greedy' | 'none'
  /** Why the greedy fallback ran, when it did (a message key). */
  fallbackReason: string | null
  totalCost: number
  trainings: number
  hires: number
  totalNeed: number
  closedNeed: number
  /** Need the plan could close with no budget and no hire limit. */
  closableNeed: number
  /** Mentorships and course attendances in the plan (each also counts toward the per-person load). */
  mentorships: number
  attendances: number
  actions: PlanAction[]
  unclosed: UnclosedSkill[]
  /** Skills that end with exactly one holder. */
  singleHolders: SingleHolderSkill[]
  assessFirst: AssessFirst[]
  tiers: PlanTiers
  resilience: Resilience
  coverage: PlanCoverage
  limits: PlanLimits
  costModel: CostModel
  stats: PlanStats
}

/** What a MILP solver reported for one LP-format model. */
export interface LpOutcome {
  /** `optimal`: proven; `feasible`: stopped early with a solution; `failed`: no usable solution. */
  status: 'optimal' | 'feasible' | 'failed'
  /** The solver's own words, for diagnostics. */
  detail: string
  objective: number
  /** Column name → value; columns left out are 0. */
  values: Record<string, number>
  solveMs: number
  /** The solver's time limit per solve, when it has one (seconds). */
  timeLimitSeconds?: number
}

export type SolveLp = (lp: string) => Promise<LpOutcome>

/** The planner's input from a workspace (the same objects: nothing is copied or made reactive). */
export function plannerInputOf(
  data: Pick<PlannerInput, 'skills' | 'people' | 'ratings' | 'roles'> & {
    workspace: { costModel: PlannerInput['costModel'] }
    resources?: readonly LearningResource[]
  },
  limits: PlanLimits,
  resilience: Resilience = 'targets',
): PlannerInput {
  return {
    skills: data.skills,
    people: data.people,
    // A plain Map: the input is posted to the solver worker, and a structured clone keeps no class.
    ratings: data.ratings instanceof Map ? data.ratings : new Map(data.ratings),
    roles: data.roles,
    costModel: data.workspace.costModel,
    limits: { ...limits },
    resources: data.resources ?? [],
    resilience,
  }
}
