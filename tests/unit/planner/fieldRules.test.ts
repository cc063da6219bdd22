import { describe, expect, it } from 'vitest'
import { hireCostProblem } from '../../../src/domain/edits/roles'
import { costModelFieldProblem } from '../../../src/domain/edits/workspace'
import { costProblem, countProblem, isCents } from '../../../src/domain/planner/validate'

describe('costProblem: the one rule for a cost', () => {
  it.each([0, 1, 2.5, 0.01, 7.35, 1e6, 0.1 + 0.2])('takes %s', (value) => {
    expect(costProblem(value)).toBeNull()
    expect(isCents(value)).toBe(true)
  })

  it.each([0.125, 1.001, 2.345, 0.005])('refuses %s: more than two decimals', (value) => {
    expect(costProblem(value)).toEqual({ key: 'plan.input.costDecimals', params: { value: String(value) } })
  })

  it.each([-0.01, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s: not a number of 0 or more', (value) => {
    expect(costProblem(value)?.key).toBe('plan.input.costNegative')
  })
})

describe('countProblem', () => {
  it.each([
    [0, undefined, null],
    [3, undefined, null],
    [100, 100, null],
    [1.5, undefined, 'plan.input.wholeNumber'],
    [-1, undefined, 'plan.input.wholeNumber'],
    [101, 100, 'plan.input.wholeNumberMax'],
    [2.5, 100, 'plan.input.wholeNumberMax'],
  ])('%s (at most %s) → %s', (value, max, key) => {
    expect(countProblem(value, max)?.key ?? null).toBe(key)
  })
})

describe('the rules behind each form field', () => {
  it.each([
    ['trainStepCost', 0.125, 'plan.input.costDecimals'],
    ['interestDiscount', -1, 'plan.input.costNegative'],
    ['mentoringStepCost', 1.25, null],
    ['mentoringStepCost', 1.255, 'plan.input.costDecimals'],
    ['menteesPerMentor', 101, 'plan.input.wholeNumberMax'],
    ['menteesPerMentor', 4, null],
    ['maxTrainingsPerPerson', 1.5, 'plan.input.wholeNumber'],
  ] as const)('cost model %s = %s → %s', (key, value, problem) => {
    expect(costModelFieldProblem(key, value)?.key ?? null).toBe(problem)
  })

  it.each([
    [8, null],
    [8.25, null],
    [8.125, 'plan.input.costDecimals'],
    [-2, 'plan.input.costNegative'],
    [1_000_001, 'plan.input.costMax'],
  ])('hire cost %s → %s', (value, problem) => {
    expect(hireCostProblem(value)?.key ?? null).toBe(problem)
  })
})
