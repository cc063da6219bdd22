import { computeCoverage, type CoverageReport } from '../coverage'
import { emptyRatings } from '../ratings'
import type { Id, Person, PersonRatings } from '../types'
import { hireOptions, type SkillNeed } from './candidates'
import { closableNeed } from './closable'
import type { PlanModel } from './model'
import { closedNeed, hireCount, selectionCost, supplyOf, type PlanSelection } from './selection'
import type {
  ClosedNeed,
  CoverageCounts,
  PlanAction,
  PlanCoverage,
  PlannerInput,
  PlanResult,
  PlanStats,
  PlanStatus,
  UnclosedReason,
  UnclosedSkill,
} from './types'

/** Each action with the units of need it closes: trainings first, then hires in role order. */
export function planActions(model: PlanModel, selection: PlanSelection): PlanAction[] {
  const open = new Map(model.needs.map((n) => [n.skillIndex, n.need]))
  const needOf = new Map(model.needs.map((n) => [n.skillIndex, n]))
  const take = (skillIndex: number): ClosedNeed[] => {
    const left = open.get(skillIndex) ?? 0
    const need = needOf.get(skillIndex)
    if (left <= 0 || !need) return []
    open.set(skillIndex, left - 1)
    return [{ skillId: need.skill.id, need: need.need }]
  }
  const actions: PlanAction[] = []
  const trainings = [...selection.trainings].sort((a, b) => a.skillIndex - b.skillIndex || a.cost - b.cost || a.personIndex - b.personIndex)
  for (const t of trainings) {
    actions.push({ kind: 'train', personId: t.personId, skillId: t.skillId, fromLevel: t.fromLevel, toLevel: t.toLevel, interest: t.interest, cost: t.cost, closes: take(t.skillIndex) })
  }
  const hires = [...selection.hires].sort((a, b) => a.option.roleIndex - b.option.roleIndex)
  for (const { option, count } of hires) {
    for (let i = 0; i < count; i++) {
      actions.push({ kind: 'hire', roleId: option.roleId, cost: option.cost, closes: option.covers.flatMap(take) })
    }
  }
  return actions
}

function counts(report: CoverageReport): CoverageCounts {
  return { uncovered: report.total.uncovered, atRisk: report.total.atRisk, covered: report.total.covered, deficit: report.total.deficit }
}

/** The people and ratings after the plan: trainees at their new level, each hire a new person. */
export function applyPlan(input: PlannerInput, actions: readonly PlanAction[]): { people: Person[]; ratings: Map<Id, PersonRatings> } {
  const ratings = new Map(input.ratings)
  const people = [...input.people]
  const capacity = input.skills.reduce((max, s) => Math.max(max, s.slot + 1), 0)
  const slotOf = new Map(input.skills.map((s) => [s.id, s.slot]))
  actions.forEach((action, i) => {
    if (action.kind === 'train') {
      const current = ratings.get(action.personId) ?? emptyRatings(action.personId, capacity)
      const levels = new Uint8Array(Math.max(capacity, current.levels.length)).fill(255)
      levels.set(current.levels)
      const slot = slotOf.get(action.skillId)
      if (slot !== undefined) levels[slot] = action.toLevel
      ratings.set(action.personId, { ...current, levels })
      return
    }
    const role = input.roles.find((r) => r.id === action.roleId)
    const id = `hire:${i}`
    const record = emptyRatings(id, capacity)
    for (const [skillId, level] of Object.entries(role?.requirements ?? {})) {
      const slot = slotOf.get(skillId)
      if (slot !== undefined) record.levels[slot] = level
    }
    people.push({ id, name: id, email: '', team: '', title: '', active: true, trainable: false, order: people.length })
    ratings.set(id, record)
  })
  return { people, ratings }
}

export function planCoverage(input: PlannerInput, actions: readonly PlanAction[]): PlanCoverage {
  const before = computeCoverage({ skills: input.skills, people: input.people, ratings: input.ratings })
  const after = computeCoverage({ skills: input.skills, ...applyPlan(input, actions) })
  const skills = input.skills.flatMap((skill) => {
    const b = before.bySkill.get(skill.id)
    const a = after.bySkill.get(skill.id)
    if (!a || !b) return []
    return [{ skillId: skill.id, holdersBefore: b.holders, holdersAfter: a.holders, statusBefore: b.status, statusAfter: a.status }]
  })
  return { before: counts(before), after: counts(after), skills }
}

function unclosedReasons(input: PlannerInput, model: PlanModel, need: SkillNeed, missing: number, hireable: boolean, candidates: number, approximate: boolean, hiresUsed: number): UnclosedReason[] {
  const reasons: UnclosedReason[] = []
  const level = need.skill.target.level
  const trainable = model.maxPerPerson > 0 ? candidates : 0
  const structural = hireable ? 0 : Math.max(0, need.need - trainable)
  if (!hireable && trainable === 0) reasons.push({ code: 'noRoleNoCandidates', level })
  else if (!hireable && trainable < need.need) reasons.push({ code: 'noRoleFewCandidates', level, candidates: trainable })
  if (missing > structural) {
    const { budget, maxHires } = input.limits
    const before = reasons.length
    if (budget !== null) reasons.push({ code: 'budget', budget })
    if (hireable && maxHires !== null && hiresUsed >= maxHires) reasons.push({ code: 'maxHires', maxHires })
    if (!hireable && budget === null) reasons.push({ code: 'trainingLimit', maxTrainings: model.maxPerPerson })
    if (approximate && reasons.length === before) reasons.push({ code: 'approximate' })
  }
  return reasons
}

export interface FinishOptions {
  engine: PlanResult['engine']
  proven: boolean
  fallbackReason: string | null
  stats: Pick<PlanStats, 'rows' | 'columns' | 'buildMs' | 'solveMs'>
}

/** Turns a checked selection into the plan the page shows: actions, reasons, totals, coverage. */
export function finishPlan(input: PlannerInput, model: PlanModel, selection: PlanSelection, options: FinishOptions): PlanResult {
  const hireable = new Set(hireOptions(input, model.needs).flatMap((h) => h.covers))
  const candidatesPerSkill = new Map<number, number>()
  for (const c of model.allCandidates) candidatesPerSkill.set(c.skillIndex, (candidatesPerSkill.get(c.skillIndex) ?? 0) + 1)
  const totalNeed = model.needs.reduce((sum, n) => sum + n.need, 0)
  const closed = closedNeed(selection, model.needs)
  const closable = closableNeed(model.needs, hireable, model.allCandidates, model.maxPerPerson)
  const supply = supplyOf(selection)
  const hires = hireCount(selection)
  const approximate = !options.proven
  const unclosed: UnclosedSkill[] = model.needy.flatMap((n) => {
    const missing = n.need - Math.min(n.need, supply.get(n.skillIndex) ?? 0)
    if (missing <= 0) return []
    const reasons = unclosedReasons(input, model, n, missing, hireable.has(n.skillIndex), candidatesPerSkill.get(n.skillIndex) ?? 0, approximate, hires)
    return [{ skillId: n.skill.id, need: n.need, missing, reasons }]
  })
  const actions = planActions(model, selection)
  const status: PlanStatus = !options.proven ? 'approximate' : closed < closable ? 'partial' : 'optimal'
  return {
    status,
    proven: options.proven,
    engine: options.engine,
    fallbackReason: options.fallbackReason,
    totalCost: roundCost(selectionCost(selection)),
    trainings: selection.trainings.length,
    hires,
    totalNeed,
    closedNeed: closed,
    closableNeed: closable,
    actions,
    unclosed,
    coverage: planCoverage(input, actions),
    limits: { ...input.limits },
    costModel: { ...input.costModel },
    stats: {
      candidates: model.allCandidates.length,
      keptCandidates: model.candidates.length,
      hireOptions: model.allHires.length,
      keptHireOptions: model.hires.length,
      ...options.stats,
    },
  }
}

/** Sums of decimal costs: no 0.30000000000000004 on screen or in the CSV. */
export function roundCost(cost: number): number {
  return Math.round(cost * 1e6) / 1e6
}
