import { hireOptions, skillNeeds, trainingCandidates, type HireOption, type SkillNeed, type TrainingCandidate } from './candidates'
import { pruneHireOptions, pruneTrainingCandidates, withinBudget } from './prune'
import type { PlannerInput } from './types'

/** The MILP of a plan run, before it is written as LP text. */
export interface PlanModel {
  needs: SkillNeed[]
  /** Skills with need > 0: one cover row each. */
  needy: SkillNeed[]
  candidates: TrainingCandidate[]
  hires: HireOption[]
  /** Training candidates and hire options before pruning (for the stats and the explanations). */
  allCandidates: TrainingCandidate[]
  allHires: HireOption[]
  maxPerPerson: number
  /** Costs are multiplied by this and rounded so the objective is a whole number. */
  costScale: number
  /** Objective weight of one missing holder: more than any optimal plan can cost (scaled). */
  unmetWeight: number
  budget: number | null
  maxHires: number | null
}

export interface ModelOptions {
  /** Tests compare against the model without pruning. */
  prune?: boolean
}

function isWhole(value: number): boolean {
  return Math.abs(value - Math.round(value)) < 1e-9
}

/** 1 when every cost is a whole number, else 100 (costs compared to the hundredth of a unit). */
export function costScaleOf(input: PlannerInput): number {
  const { trainStepCost, interestDiscount } = input.costModel
  const costs = [trainStepCost, interestDiscount, ...input.roles.map((r) => r.hireCost)]
  return costs.every(isWhole) ? 1 : 100
}

export function scaled(cost: number, scale: number): number {
  return Math.round(cost * scale)
}

export function buildPlanModel(input: PlannerInput, options: ModelOptions = {}): PlanModel {
  const prune = options.prune ?? true
  const needs = skillNeeds(input)
  const needy = needs.filter((n) => n.need > 0)
  const needBySkill = new Map(needy.map((n) => [n.skillIndex, n.need]))
  const maxPerPerson = Math.max(0, Math.floor(input.costModel.maxTrainingsPerPerson))
  const allCandidates = maxPerPerson > 0 ? trainingCandidates(input, needy.map((n) => n.skillIndex)) : []
  const allHires = input.limits.maxHires === 0 ? [] : hireOptions(input, needs)
  const { budget, maxHires } = input.limits
  const candidates = prune ? pruneTrainingCandidates(withinBudget(allCandidates, budget), needBySkill, maxPerPerson) : allCandidates
  const hires = prune ? pruneHireOptions(withinBudget(allHires, budget)) : allHires
  const costScale = costScaleOf(input)
  // A plan that closes one more unit of need always wins: an optimal plan without redundant actions
  // has at most need(s) actions per skill s, each costing at most the dearest option of s.
  const dearest = new Map<number, number>()
  const raise = (skillIndex: number, cost: number) => dearest.set(skillIndex, Math.max(dearest.get(skillIndex) ?? 0, scaled(cost, costScale)))
  for (const c of candidates) raise(c.skillIndex, c.cost)
  for (const h of hires) for (const s of h.covers) raise(s, h.cost)
  const unmetWeight = needy.reduce((sum, n) => sum + n.need * (dearest.get(n.skillIndex) ?? 0), 0) + 1
  return { needs, needy, candidates, hires, allCandidates, allHires, maxPerPerson, costScale, unmetWeight, budget, maxHires }
}
