import { isInterest, isLevel } from '../scale'
import { RESILIENCE_MODES } from '../types'
import type {
  ClosedNeed,
  CourseAttendee,
  CoverageCounts,
  PlanAction,
  PlannerInput,
  PlanResult,
  SkillCoverageChange,
  UnclosedReason,
  UnclosedSkill,
} from './types'

type Json = Record<string, unknown>

class Malformed extends Error {}

const isJson = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const fail = (what: string): never => {
  throw new Malformed(what)
}
const object = (value: unknown, what: string): Json => (isJson(value) ? value : fail(what))
const list = (value: unknown, what: string): unknown[] => (Array.isArray(value) ? value : fail(what))
const number = (value: unknown, what: string): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fail(what)
const text = (value: unknown, what: string): string => (typeof value === 'string' ? value : fail(what))
const orNull =
  <T>(read: (value: unknown, what: string) => T) =>
  (value: unknown, what: string): T | null =>
    value === null ? null : read(value, what)
const oneOf =
  <T extends string>(options: readonly T[]) =>
  (value: unknown, what: string): T =>
    options.includes(value as T) ? (value as T) : fail(what)

const STATUSES = ['uncovered', 'at-risk', 'covered', 'not-needed'] as const

function closes(value: unknown): ClosedNeed[] {
  return list(value, 'closes').map((item) => {
    const json = object(item, 'closes[]')
    return { skillId: text(json.skillId, 'closes.skillId'), need: number(json.need, 'closes.need') }
  })
}

const bool = (value: unknown, what: string): boolean => (typeof value === 'boolean' ? value : fail(what))

function targetLevel(value: unknown, what: string): 1 | 2 | 3 | 4 {
  return value === 1 || value === 2 || value === 3 || value === 4 ? value : fail(what)
}

function fromLevelOf(value: unknown) {
  return value === null ? null : isLevel(value) ? value : fail('action.fromLevel')
}

function interestOf(value: unknown) {
  return value === null ? null : isInterest(value) ? value : fail('action.interest')
}

function attendee(value: unknown): CourseAttendee {
  const json = object(value, 'attendee')
  return {
    personId: text(json.personId, 'attendee.personId'),
    skills: list(json.skills, 'attendee.skills').map((item) => {
      const skill = object(item, 'attendee.skill')
      return {
        skillId: text(skill.skillId, 'attendee.skillId'),
        fromLevel: fromLevelOf(skill.fromLevel),
        toLevel: targetLevel(skill.toLevel, 'attendee.toLevel'),
      }
    }),
    levelUnknown: list(json.levelUnknown, 'attendee.levelUnknown').map((id) => text(id, 'attendee.levelUnknown[]')),
  }
}

function action(value: unknown): PlanAction {
  const json = object(value, 'action')
  const cost = number(json.cost, 'action.cost')
  switch (json.kind) {
    case 'hire':
      return { kind: 'hire', roleId: text(json.roleId, 'action.roleId'), cost, closes: closes(json.closes) }
    case 'train':
      return {
        kind: 'train',
        personId: text(json.personId, 'action.personId'),
        skillId: text(json.skillId, 'action.skillId'),
        fromLevel: fromLevelOf(json.fromLevel),
        toLevel: targetLevel(json.toLevel, 'action.toLevel'),
        interest: interestOf(json.interest),
        cost,
        closes: closes(json.closes),
        levelUnknown: bool(json.levelUnknown, 'action.levelUnknown'),
        noCourse: bool(json.noCourse, 'action.noCourse'),
        noMentor: bool(json.noMentor, 'action.noMentor'),
      }
    case 'mentor':
      return {
        kind: 'mentor',
        mentorId: text(json.mentorId, 'action.mentorId'),
        personId: text(json.personId, 'action.personId'),
        skillId: text(json.skillId, 'action.skillId'),
        fromLevel: fromLevelOf(json.fromLevel),
        toLevel: targetLevel(json.toLevel, 'action.toLevel'),
        interest: interestOf(json.interest),
        cost,
        closes: closes(json.closes),
        levelUnknown: bool(json.levelUnknown, 'action.levelUnknown'),
      }
    case 'course':
      return {
        kind: 'course',
        resourceId: text(json.resourceId, 'action.resourceId'),
        sessions: orNull(number)(json.sessions, 'action.sessions'),
        seats: orNull(number)(json.seats, 'action.seats'),
        attendees: list(json.attendees, 'action.attendees').map(attendee),
        cost,
        holders: list(json.holders, 'action.holders').map((item) => {
          const h = object(item, 'action.holder')
          return { skillId: text(h.skillId, 'holder.skillId'), count: number(h.count, 'holder.count') }
        }),
        closes: closes(json.closes),
      }
    default:
      return fail('action.kind')
  }
}

function reason(value: unknown): UnclosedReason {
  const json = object(value, 'reason')
  switch (json.code) {
    case 'noRoleNoCandidates':
      return { code: json.code, level: number(json.level, 'reason.level') }
    case 'noRoleFewCandidates':
      return {
        code: json.code,
        level: number(json.level, 'reason.level'),
        candidates: number(json.candidates, 'reason.candidates'),
      }
    case 'trainingLimit':
      return { code: json.code, maxTrainings: number(json.maxTrainings, 'reason.maxTrainings') }
    case 'budget':
      return { code: json.code, budget: number(json.budget, 'reason.budget') }
    case 'maxHires':
      return { code: json.code, maxHires: number(json.maxHires, 'reason.maxHires') }
    case 'approximate':
      return { code: json.code }
    default:
      return fail('reason.code')
  }
}

function unclosed(value: unknown): UnclosedSkill {
  const json = object(value, 'unclosed')
  return {
    skillId: text(json.skillId, 'unclosed.skillId'),
    need: number(json.need, 'unclosed.need'),
    missing: number(json.missing, 'unclosed.missing'),
    reasons: list(json.reasons, 'unclosed.reasons').map(reason),
    critical: bool(json.critical, 'unclosed.critical'),
    holdersAfter: number(json.holdersAfter, 'unclosed.holdersAfter'),
  }
}

function counts(value: unknown): CoverageCounts {
  const json = object(value, 'counts')
  return {
    uncovered: number(json.uncovered, 'uncovered'),
    atRisk: number(json.atRisk, 'atRisk'),
    covered: number(json.covered, 'covered'),
    deficit: number(json.deficit, 'deficit'),
  }
}

function skillChange(value: unknown): SkillCoverageChange {
  const json = object(value, 'coverage skill')
  return {
    skillId: text(json.skillId, 'skillId'),
    holdersBefore: number(json.holdersBefore, 'holdersBefore'),
    holdersAfter: number(json.holdersAfter, 'holdersAfter'),
    statusBefore: oneOf(STATUSES)(json.statusBefore, 'statusBefore'),
    statusAfter: oneOf(STATUSES)(json.statusAfter, 'statusAfter'),
  }
}

/** A plan that crossed a boundary (worker message), checked field by field; null when malformed. */
export function parsePlanResult(value: unknown): PlanResult | null {
  try {
    const json = object(value, 'result')
    const coverage = object(json.coverage, 'coverage')
    const limits = object(json.limits, 'limits')
    const cost = object(json.costModel, 'costModel')
    const stats = object(json.stats, 'stats')
    const tiers = object(json.tiers, 'tiers')
    const proven = json.proven
    if (typeof proven !== 'boolean') return fail('proven')
    return {
      status: oneOf(['optimal', 'partial', 'approximate'] as const)(json.status, 'status'),
      proven,
      engine: oneOf(['highs', 'greedy', 'none'] as const)(json.engine, 'engine'),
      fallbackReason: orNull(text)(json.fallbackReason, 'fallbackReason'),
      totalCost: number(json.totalCost, 'totalCost'),
      trainings: number(json.trainings, 'trainings'),
      hires: number(json.hires, 'hires'),
      totalNeed: number(json.totalNeed, 'totalNeed'),
      closedNeed: number(json.closedNeed, 'closedNeed'),
      closableNeed: number(json.closableNeed, 'closableNeed'),
      mentorships: number(json.mentorships, 'mentorships'),
      attendances: number(json.attendances, 'attendances'),
      actions: list(json.actions, 'actions').map(action),
      unclosed: list(json.unclosed, 'unclosed').map(unclosed),
      singleHolders: list(json.singleHolders, 'singleHolders').map((item) => {
        const h = object(item, 'singleHolder')
        return {
          skillId: text(h.skillId, 'singleHolder.skillId'),
          personId: orNull(text)(h.personId, 'singleHolder.personId'),
          canAddSecond: bool(h.canAddSecond, 'singleHolder.canAddSecond'),
        }
      }),
      assessFirst: list(json.assessFirst, 'assessFirst').map((item) => {
        const a = object(item, 'assessFirst[]')
        return { skillId: text(a.skillId, 'assessFirst.skillId'), people: number(a.people, 'assessFirst.people') }
      }),
      tiers: {
        criticalUncovered: number(tiers.criticalUncovered, 'tiers.criticalUncovered'),
        uncovered: number(tiers.uncovered, 'tiers.uncovered'),
        missing: number(tiers.missing, 'tiers.missing'),
        costCents: number(tiers.costCents, 'tiers.costCents'),
      },
      resilience: oneOf(RESILIENCE_MODES)(json.resilience, 'resilience'),
      coverage: {
        before: counts(coverage.before),
        after: counts(coverage.after),
        skills: list(coverage.skills, 'coverage.skills').map(skillChange),
      },
      limits: {
        budget: orNull(number)(limits.budget, 'budget'),
        maxHires: orNull(number)(limits.maxHires, 'maxHires'),
      },
      costModel: {
        trainStepCost: number(cost.trainStepCost, 'trainStepCost'),
        interestDiscount: number(cost.interestDiscount, 'interestDiscount'),
        maxTrainingsPerPerson: number(cost.maxTrainingsPerPerson, 'maxTrainingsPerPerson'),
        ...(cost.mentoringStepCost === undefined
          ? {}
          : { mentoringStepCost: number(cost.mentoringStepCost, 'mentoringStepCost') }),
        ...(cost.menteesPerMentor === undefined
          ? {}
          : { menteesPerMentor: number(cost.menteesPerMentor, 'menteesPerMentor') }),
      },
      stats: {
        candidates: number(stats.candidates, 'candidates'),
        keptCandidates: number(stats.keptCandidates, 'keptCandidates'),
        hireOptions: number(stats.hireOptions, 'hireOptions'),
        keptHireOptions: number(stats.keptHireOptions, 'keptHireOptions'),
        mentorOptions: number(stats.mentorOptions, 'mentorOptions'),
        keptMentorOptions: number(stats.keptMentorOptions, 'keptMentorOptions'),
        courseOptions: number(stats.courseOptions, 'courseOptions'),
        keptCourseOptions: number(stats.keptCourseOptions, 'keptCourseOptions'),
        solves: number(stats.solves, 'solves'),
        rows: number(stats.rows, 'rows'),
        columns: number(stats.columns, 'columns'),
        buildMs: number(stats.buildMs, 'buildMs'),
        solveMs: number(stats.solveMs, 'solveMs'),
        ...(stats.gap === undefined ? {} : { gap: number(stats.gap, 'gap') }),
        ...(stats.timeLimitSeconds === undefined
          ? {}
          : { timeLimitSeconds: number(stats.timeLimitSeconds, 'timeLimitSeconds') }),
      },
    }
  } catch (error) {
    if (error instanceof Malformed) return null
    throw error
  }
}

/** One reason the planner refuses an input; `key` is a message key, `field` names the value. */
export interface PlannerInputProblem {
  key: 'plan.input.costDecimals' | 'plan.input.costNegative' | 'plan.input.seats' | 'plan.input.wholeNumber'
  field: string
  value: unknown
}

/** True when `value` has at most two decimals (a whole number of cents). */
export function isCents(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6
}

/** What is wrong with one entered value: a message key and its parameters (the UI shows it at the field). */
export interface FieldProblem<Key extends string = string> {
  key: Key
  params: Record<string, string | number>
}

/** The one rule for a cost (cost model, hire cost, budget, resource): a number ≥ 0 with at most two decimals. */
export function costProblem(value: number): FieldProblem<'plan.input.costNegative' | 'plan.input.costDecimals'> | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    return { key: 'plan.input.costNegative', params: { value: String(value) } }
  if (!isCents(value)) return { key: 'plan.input.costDecimals', params: { value: String(value) } }
  return null
}

/** The one rule for a count (most learning actions, most mentees, most hires): whole, ≥ 0, at most `max`. */
export function countProblem(value: number, max?: number): FieldProblem | null {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    return {
      key: max === undefined ? 'plan.input.wholeNumber' : 'plan.input.wholeNumberMax',
      params: { max: max ?? 0 },
    }
  if (max !== undefined && value > max) return { key: 'plan.input.wholeNumberMax', params: { max } }
  return null
}

/**
 * The planner's input validation: every cost is a finite number ≥ 0 with at most two decimals
 * (so the model in whole cents is exact), seats are null or a whole number ≥ 1, counts are whole.
 * An empty list means the input can be planned; the UI shows each problem in its field.
 */
export function plannerInputProblems(input: PlannerInput): PlannerInputProblem[] {
  const problems: PlannerInputProblem[] = []
  const cost = (field: string, value: number | null | undefined) => {
    if (value === null || value === undefined) return
    const problem = costProblem(value)
    if (problem) problems.push({ key: problem.key, field, value })
  }
  const whole = (field: string, value: number | null | undefined) => {
    if (value !== null && value !== undefined && countProblem(value))
      problems.push({ key: 'plan.input.wholeNumber', field, value })
  }
  const model = input.costModel
  cost('costModel.trainStepCost', model.trainStepCost)
  cost('costModel.interestDiscount', model.interestDiscount)
  cost('costModel.mentoringStepCost', model.mentoringStepCost)
  whole('costModel.maxTrainingsPerPerson', model.maxTrainingsPerPerson)
  whole('costModel.menteesPerMentor', model.menteesPerMentor)
  cost('limits.budget', input.limits.budget)
  whole('limits.maxHires', input.limits.maxHires)
  for (const role of input.roles) cost(`role:${role.id}.hireCost`, role.hireCost)
  for (const resource of input.resources ?? []) {
    cost(`resource:${resource.id}.costPerSeat`, resource.costPerSeat)
    cost(`resource:${resource.id}.costPerSession`, resource.costPerSession)
    if (resource.seats !== null && !(Number.isInteger(resource.seats) && resource.seats >= 1))
      problems.push({ key: 'plan.input.seats', field: `resource:${resource.id}.seats`, value: resource.seats })
  }
  return problems
}
