import { beforeAll, describe, expect, it } from 'vitest'
import { parsePlanResult, planWith, type PlanResult } from '../../../src/domain/planner'
import { runToEnd } from '../../../src/domain/steps'
import { packPlannerInputSteps } from '../../../src/solver/packedInput'
import { isPlanRequest, parseSolverReply } from '../../../src/solver/protocol'
import { plannerInput } from '../../fixtures/planner'
import { nodeSolveLp } from './highsNode'

let result: PlanResult

beforeAll(async () => {
  const input = plannerInput({
    targets: [
      [3, 2],
      [3, 1],
      [2, 1],
    ],
    people: [{ levels: [2, 0, null], interest: [2, 0, 1] }],
    roles: [{ requires: { 0: 3 }, hireCost: 5 }],
    limits: { budget: 12 },
  })
  result = await planWith(input, await nodeSolveLp())
})

const copy = () => structuredClone(result) as unknown as Record<string, unknown>

describe('parsePlanResult (worker replies are checked, not trusted)', () => {
  it('reads back a plan that went through structured clone unchanged', () => {
    expect(result.actions.length).toBeGreaterThan(0)
    expect(result.unclosed.length).toBeGreaterThan(0)
    expect(parsePlanResult(structuredClone(result))).toEqual(result)
  })

  it.each<[string, (plan: Record<string, unknown>) => void]>([
    ['an unknown status', (plan) => (plan.status = 'perfect')],
    ['a cost that is not a number', (plan) => (plan.totalCost = '12')],
    ['an action of an unknown kind', (plan) => (plan.actions = [{ kind: 'fire', cost: 1, closes: [] }])],
    [
      'a training to level 7',
      (plan) =>
        (plan.actions = [
          { kind: 'train', personId: 'p', skillId: 's', fromLevel: 1, toLevel: 7, interest: null, cost: 1, closes: [] },
        ]),
    ],
    [
      'an unknown reason',
      (plan) => (plan.unclosed = [{ skillId: 's', need: 1, missing: 1, reasons: [{ code: 'bad luck' }] }]),
    ],
    ['missing coverage', (plan) => delete plan.coverage],
    ['proven as a text', (plan) => (plan.proven = 'yes')],
  ])('rejects %s', (_, spoil) => {
    const plan = copy()
    spoil(plan)
    expect(parsePlanResult(plan)).toBeNull()
  })
})

describe('parseSolverReply', () => {
  it('accepts a planned reply and a failure', () => {
    expect(parseSolverReply({ type: 'planned', id: 3, result: structuredClone(result), loadMs: 40 })).toEqual({
      type: 'planned',
      id: 3,
      result,
      loadMs: 40,
    })
    expect(parseSolverReply({ type: 'failed', id: 3, message: 'no wasm' })).toEqual({
      type: 'failed',
      id: 3,
      message: 'no wasm',
    })
  })

  it.each([null, 'x', { type: 'planned', id: 'a' }, { type: 'planned', id: 1, result: {} }, { type: 'other', id: 1 }])(
    'rejects %j',
    (reply) => {
      expect(parseSolverReply(reply)).toBeNull()
    },
  )
})

describe('isPlanRequest (issue 12 fields)', () => {
  const { packed: input } = runToEnd(packPlannerInputSteps(plannerInput({ targets: [[3, 1]], people: [] })))
  it.each<[string, Record<string, unknown>, boolean]>([
    ['no resources or resilience (as before)', {}, true],
    ['resources and a resilience mode', { resources: [], resilience: 'survive-departure' }, true],
    ['resources that are not a list', { resources: {} }, false],
    ['an unknown resilience mode', { resilience: 'always' }, false],
  ])('%s', (_, extra, ok) => {
    expect(isPlanRequest({ type: 'plan', id: 1, input: { ...input, ...extra } })).toBe(ok)
  })
})
