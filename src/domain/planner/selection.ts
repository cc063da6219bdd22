import type { HireOption, SkillNeed, TrainingCandidate } from './candidates'
import { hireColumn, trainColumn } from './lp'
import type { PlanModel } from './model'
import type { PlannerInput } from './types'

/** The actions a solver or heuristic picked: trainings and how many hires of each role. */
export interface PlanSelection {
  trainings: TrainingCandidate[]
  hires: { option: HireOption; count: number }[]
}

export class InvalidPlanError extends Error {
  constructor(problem: string) {
    super(`The solver returned an invalid plan: ${problem}`)
    this.name = 'InvalidPlanError'
  }
}

/** Reads the solver's column values back into actions (values are rounded: integrality tolerance). */
export function decodeSolution(model: PlanModel, values: Readonly<Record<string, number>>): PlanSelection {
  const value = (name: string) => {
    const v = values[name] ?? 0
    if (!Number.isFinite(v)) throw new InvalidPlanError(`${name} is not a number`)
    return v
  }
  const trainings = model.candidates.filter((_, i) => value(trainColumn(i)) > 0.5)
  const hires = model.hires.map((option, j) => ({ option, count: Math.max(0, Math.round(value(hireColumn(j)))) })).filter((h) => h.count > 0)
  return { trainings, hires }
}

export function selectionCost(selection: PlanSelection): number {
  return selection.trainings.reduce((sum, t) => sum + t.cost, 0) + selection.hires.reduce((sum, h) => sum + h.count * h.option.cost, 0)
}

export function hireCount(selection: PlanSelection): number {
  return selection.hires.reduce((sum, h) => sum + h.count, 0)
}

/** New holders per skill index that the selection brings. */
export function supplyOf(selection: PlanSelection): Map<number, number> {
  const supply = new Map<number, number>()
  for (const t of selection.trainings) supply.set(t.skillIndex, (supply.get(t.skillIndex) ?? 0) + 1)
  for (const { option, count } of selection.hires) for (const s of option.covers) supply.set(s, (supply.get(s) ?? 0) + count)
  return supply
}

/** Units of need closed: Σ min(need(s), new holders of s). */
export function closedNeed(selection: PlanSelection, needs: readonly SkillNeed[]): number {
  const supply = supplyOf(selection)
  return needs.reduce((sum, n) => sum + Math.min(n.need, supply.get(n.skillIndex) ?? 0), 0)
}

/**
 * Drops actions that close nothing (a skill already full without them), dearest first. Only
 * zero-cost actions can be redundant in an optimal plan; this keeps plans free of them.
 */
export function withoutRedundant(selection: PlanSelection, needs: readonly SkillNeed[]): PlanSelection {
  const needOf = new Map(needs.map((n) => [n.skillIndex, n.need]))
  const trainings = [...selection.trainings]
  const hires = selection.hires.map((h) => ({ ...h }))
  for (;;) {
    const supply = supplyOf({ trainings, hires })
    const surplus = (s: number) => (supply.get(s) ?? 0) > (needOf.get(s) ?? 0)
    const redundantTraining = trainings.map((t, i) => [t.cost, i] as const).filter(([, i]) => surplus(trainings[i]?.skillIndex ?? -1))
    const redundantHire = hires.map((h, i) => [h.option.cost, i] as const).filter(([, i]) => hires[i]?.option.covers.every(surplus))
    const dearestTraining = redundantTraining.sort((a, b) => b[0] - a[0])[0]
    const dearestHire = redundantHire.sort((a, b) => b[0] - a[0])[0]
    if (!dearestTraining && !dearestHire) return { trainings, hires: hires.filter((h) => h.count > 0) }
    if (dearestHire && (!dearestTraining || dearestHire[0] >= dearestTraining[0])) {
      const hire = hires[dearestHire[1]]
      if (hire) hire.count--
      if (hire && hire.count === 0) hires.splice(dearestHire[1], 1)
    } else if (dearestTraining) trainings.splice(dearestTraining[1], 1)
  }
}

/** Checks the rules a plan must keep whatever produced it: caps, limits, one training per person and skill. */
export function checkSelection(input: PlannerInput, selection: PlanSelection): void {
  const perPerson = new Map<number, number>()
  const seen = new Set<string>()
  for (const t of selection.trainings) {
    const key = `${t.personIndex}:${t.skillIndex}`
    if (seen.has(key)) throw new InvalidPlanError(`training ${key} twice`)
    seen.add(key)
    perPerson.set(t.personIndex, (perPerson.get(t.personIndex) ?? 0) + 1)
  }
  for (const [personIndex, count] of perPerson) {
    if (count > input.costModel.maxTrainingsPerPerson) throw new InvalidPlanError(`person ${personIndex} gets ${count} trainings`)
  }
  const { budget, maxHires } = input.limits
  if (budget !== null && selectionCost(selection) > budget + 1e-6) throw new InvalidPlanError('over budget')
  if (maxHires !== null && hireCount(selection) > maxHires) throw new InvalidPlanError('over the hire limit')
}
