import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bruteForceTiers } from '../../../src/domain/planner/bruteForce'
import { generatePlannerInput } from '../../../src/domain/planner/generate'
import { candidateFor, greedyPlan, planWith, type PlannerInput, type PlanResult } from '../../../src/domain/planner'
import { plannerInput, tinyInputArb } from '../../fixtures/planner'

/** Every rule a plan must keep, checked from the actions alone. */
function expectValid(input: PlannerInput, result: PlanResult) {
  const perPerson = new Map<string, number>()
  const pairs = new Set<string>()
  for (const action of result.actions) {
    if (action.kind !== 'train') continue
    perPerson.set(action.personId, (perPerson.get(action.personId) ?? 0) + 1)
    expect(pairs.has(`${action.personId}:${action.skillId}`)).toBe(false)
    pairs.add(`${action.personId}:${action.skillId}`)
    const personIndex = input.people.findIndex((p) => p.id === action.personId)
    const skillIndex = input.skills.findIndex((s) => s.id === action.skillId)
    const person = input.people[personIndex]
    const skill = input.skills[skillIndex]
    expect(
      person &&
        skill &&
        candidateFor(input.costModel, person, personIndex, input.ratings.get(person.id), skill, skillIndex)?.cost,
    ).toBe(action.cost)
  }
  for (const count of perPerson.values()) expect(count).toBeLessThanOrEqual(input.costModel.maxTrainingsPerPerson)
  if (input.limits.budget !== null) expect(result.totalCost).toBeLessThanOrEqual(input.limits.budget + 1e-9)
  if (input.limits.maxHires !== null) expect(result.hires).toBeLessThanOrEqual(input.limits.maxHires)
  // Every action closes something.
  for (const action of result.actions) expect(action.closes.length).toBeGreaterThan(0)
}

describe('greedyPlan', () => {
  it('always gives a valid plan labelled approximate, never better than the optimum', () => {
    fc.assert(
      fc.property(tinyInputArb({ limits: true }), (input) => {
        const result = greedyPlan(input, 'plan.fallback.solverFailed')
        expect(result.status).toBe('approximate')
        expect(result.proven).toBe(false)
        expectValid(input, result)
        expect(result.closedNeed).toBeLessThanOrEqual(
          result.totalNeed - bruteForceTiers(input, { onlyMissing: true }).missing,
        )
      }),
      { numRuns: 200 },
    )
  })

  it('stays valid on generated teams with tight limits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 4 }),
        (seed, budget, maxHires) => {
          const input = generatePlannerInput({ people: 60, skills: 12, roles: 4, seed, limits: { budget, maxHires } })
          expectValid(input, greedyPlan(input, null))
        },
      ),
      { numRuns: 30 },
    )
  })
})

describe('planWith falls back to the greedy plan', () => {
  const input = plannerInput({
    targets: [
      [3, 1],
      [3, 2],
    ],
    people: [{ levels: [2, 1] }, { levels: [0, 2] }],
    roles: [{ requires: { 1: 3 }, hireCost: 5 }],
  })

  it('when the solver cannot load', async () => {
    const result = await planWith(input, () => Promise.reject(new Error('no wasm')))
    expect(result).toMatchObject({
      status: 'approximate',
      engine: 'greedy',
      fallbackReason: 'plan.fallback.solverFailed',
    })
    expectValid(input, result)
  })

  it('when the solver finds no solution', async () => {
    const result = await planWith(input, async () => ({
      status: 'failed',
      detail: 'Solve error',
      objective: 0,
      values: {},
      solveMs: 1,
    }))
    expect(result).toMatchObject({ status: 'approximate', fallbackReason: 'plan.fallback.noSolution' })
  })

  it('when the solver returns a plan that breaks the cap', async () => {
    const capped = { ...input, costModel: { ...input.costModel, maxTrainingsPerPerson: 1 } }
    const values = { t0: 1, t1: 1, t2: 1, t3: 1 }
    const result = await planWith(capped, async () => ({
      status: 'optimal',
      detail: 'Optimal',
      objective: 0,
      values,
      solveMs: 1,
    }))
    expect(result).toMatchObject({ status: 'approximate', fallbackReason: 'plan.fallback.invalid' })
    expectValid(capped, result)
  })

  it('but rethrows a cancel instead of answering', async () => {
    const cancel = new Error('cancelled')
    await expect(
      planWith(
        input,
        () => Promise.reject(cancel),
        (error) => error === cancel,
      ),
    ).rejects.toBe(cancel)
  })

  it('labels a solve stopped early (with a solution) approximate', async () => {
    const result = await planWith(input, async () => ({
      status: 'feasible',
      detail: 'Time limit reached',
      objective: 0,
      values: { h0: 2, t0: 1 },
      solveMs: 1,
    }))
    expect(result).toMatchObject({
      status: 'approximate',
      engine: 'highs',
      proven: false,
      fallbackReason: 'plan.fallback.stoppedEarly',
    })
  })
})
