import { isInterest, isLevel } from '../scale'
import type { ClosedNeed, CoverageCounts, PlanAction, PlanResult, SkillCoverageChange, UnclosedReason, UnclosedSkill } from './types'

type Json = Record<string, unknown>

class Malformed extends Error {}

const isJson = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const fail = (what: string): never => {
  throw new Malformed(what)
}
const object = (value: unknown, what: string): Json => (isJson(value) ? value : fail(what))
const list = (value: unknown, what: string): unknown[] => (Array.isArray(value) ? value : fail(what))
const number = (value: unknown, what: string): number => (typeof value === 'number' && Number.isFinite(value) ? value : fail(what))
const text = (value: unknown, what: string): string => (typeof value === 'string' ? value : fail(what))
const orNull = <T>(read: (value: unknown, what: string) => T) => (value: unknown, what: string): T | null => (value === null ? null : read(value, what))
const oneOf = <T extends string>(options: readonly T[]) => (value: unknown, what: string): T => (options.includes(value as T) ? (value as T) : fail(what))

const STATUSES = ['uncovered', 'at-risk', 'covered'] as const

function closes(value: unknown): ClosedNeed[] {
  return list(value, 'closes').map((item) => {
    const json = object(item, 'closes[]')
    return { skillId: text(json.skillId, 'closes.skillId'), need: number(json.need, 'closes.need') }
  })
}

function action(value: unknown): PlanAction {
  const json = object(value, 'action')
  const cost = number(json.cost, 'action.cost')
  if (json.kind === 'hire') return { kind: 'hire', roleId: text(json.roleId, 'action.roleId'), cost, closes: closes(json.closes) }
  if (json.kind !== 'train') return fail('action.kind')
  const toLevel = json.toLevel
  if (toLevel !== 1 && toLevel !== 2 && toLevel !== 3 && toLevel !== 4) return fail('action.toLevel')
  const fromLevel = json.fromLevel === null ? null : isLevel(json.fromLevel) ? json.fromLevel : fail('action.fromLevel')
  const interest = json.interest === null ? null : isInterest(json.interest) ? json.interest : fail('action.interest')
  return { kind: 'train', personId: text(json.personId, 'action.personId'), skillId: text(json.skillId, 'action.skillId'), fromLevel, toLevel, interest, cost, closes: closes(json.closes) }
}

function reason(value: unknown): UnclosedReason {
  const json = object(value, 'reason')
  switch (json.code) {
    case 'noRoleNoCandidates':
      return { code: json.code, level: number(json.level, 'reason.level') }
    case 'noRoleFewCandidates':
      return { code: json.code, level: number(json.level, 'reason.level'), candidates: number(json.candidates, 'reason.candidates') }
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
  return { skillId: text(json.skillId, 'unclosed.skillId'), need: number(json.need, 'unclosed.need'), missing: number(json.missing, 'unclosed.missing'), reasons: list(json.reasons, 'unclosed.reasons').map(reason) }
}

function counts(value: unknown): CoverageCounts {
  const json = object(value, 'counts')
  return { uncovered: number(json.uncovered, 'uncovered'), atRisk: number(json.atRisk, 'atRisk'), covered: number(json.covered, 'covered'), deficit: number(json.deficit, 'deficit') }
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
      actions: list(json.actions, 'actions').map(action),
      unclosed: list(json.unclosed, 'unclosed').map(unclosed),
      coverage: { before: counts(coverage.before), after: counts(coverage.after), skills: list(coverage.skills, 'coverage.skills').map(skillChange) },
      limits: { budget: orNull(number)(limits.budget, 'budget'), maxHires: orNull(number)(limits.maxHires, 'maxHires') },
      costModel: {
        trainStepCost: number(cost.trainStepCost, 'trainStepCost'),
        interestDiscount: number(cost.interestDiscount, 'interestDiscount'),
        maxTrainingsPerPerson: number(cost.maxTrainingsPerPerson, 'maxTrainingsPerPerson'),
      },
      stats: {
        candidates: number(stats.candidates, 'candidates'),
        keptCandidates: number(stats.keptCandidates, 'keptCandidates'),
        hireOptions: number(stats.hireOptions, 'hireOptions'),
        keptHireOptions: number(stats.keptHireOptions, 'keptHireOptions'),
        rows: number(stats.rows, 'rows'),
        columns: number(stats.columns, 'columns'),
        buildMs: number(stats.buildMs, 'buildMs'),
        solveMs: number(stats.solveMs, 'solveMs'),
      },
    }
  } catch (error) {
    if (error instanceof Malformed) return null
    throw error
  }
}
