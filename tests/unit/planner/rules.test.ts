import { beforeAll, describe, expect, it } from 'vitest'
import {
  buildPlanModel,
  candidateFor,
  planWith,
  skillNeeds,
  type SolveLp,
  type TrainAction,
} from '../../../src/domain/planner'
import type { CostModel } from '../../../src/domain/types'
import { plannerInput, type InputSpec, type PersonSpec } from '../../fixtures/planner'
import { nodeSolveLp } from './highsNode'

let solveLp: SolveLp

beforeAll(async () => {
  solveLp = await nodeSolveLp()
})

/** One skill with target level 3, one person: is the person a candidate, and at what cost? */
function candidate(person: PersonSpec, costModel: Partial<CostModel> = {}) {
  const input = plannerInput({ targets: [[3, 2]], people: [person], costModel })
  const [skill] = input.skills
  const [p] = input.people
  if (!skill || !p) throw new Error('fixture')
  return candidateFor(input.costModel, p, 0, input.ratings.get(p.id), skill, 0)
}

describe('training candidates (target level 3, step cost 2, discount 1)', () => {
  it.each<[string, PersonSpec, number | null]>([
    ['open (interest 1) at level 1: two steps', { levels: [1], interest: [1] }, 4],
    ['unset interest counts as open (no discount)', { levels: [1] }, 4],
    ['wants to grow (interest 2): the discount comes off', { levels: [2], interest: [2] }, 1],
    ['not assessed counts as level 0: three steps', { levels: [null], interest: [1] }, 6],
    ['explicit level 0: three steps', { levels: [0] }, 6],
  ])('%s', (_, person, cost) => {
    const found = candidate(person)
    expect(found?.cost).toBe(cost)
  })

  it.each<[string, PersonSpec]>([
    ['not interested (interest 0)', { levels: [1], interest: [0] }],
    ['inactive', { levels: [1], active: false }],
    ['not available for training', { levels: [1], trainable: false }],
    ['already at the target level', { levels: [3] }],
    ['above the target level', { levels: [4] }],
  ])('excludes someone %s', (_, person) => {
    expect(candidate(person)).toBeNull()
  })

  it('keeps a not-assessed level as null so the page can say "not assessed"', () => {
    expect(candidate({ levels: [null] })?.fromLevel).toBeNull()
  })

  it('floors the cost at 0 when the discount is larger than the steps', () => {
    expect(candidate({ levels: [2], interest: [2] }, { trainStepCost: 1, interestDiscount: 3 })?.cost).toBe(0)
  })

  it('has no candidates when the cap is 0 trainings per person', () => {
    expect(candidate({ levels: [2] }, { maxTrainingsPerPerson: 0 })).toBeNull()
  })
})

describe('need', () => {
  it.each<[string, PersonSpec[], number]>([
    ['counts active people at or above the target level', [{ levels: [3] }, { levels: [4] }, { levels: [2] }], 0],
    ['ignores inactive holders', [{ levels: [3], active: false }, { levels: [4] }], 1],
    ['counts unavailable people who already hold it', [{ levels: [3], trainable: false }], 1],
    ['treats not assessed as no holder', [{ levels: [null] }, { levels: [null] }], 2],
  ])('%s', (_, people, need) => {
    expect(skillNeeds(plannerInput({ targets: [[3, 2]], people }))[0]?.need).toBe(need)
  })
})

interface PlanCase {
  spec: InputSpec
  trainings: number
  hires: number
  closed: number
  cost: number
}

describe('plans (HiGHS) follow each rule', () => {
  it.each<[string, PlanCase]>([
    [
      'one hire covering several skills beats training for each',
      {
        spec: {
          targets: [
            [3, 1],
            [3, 1],
            [3, 1],
          ],
          people: [{ levels: [0, 0, 0] }],
          roles: [{ requires: { 0: 3, 1: 4, 2: 3 }, hireCost: 8 }],
        },
        trainings: 0,
        hires: 1,
        closed: 3,
        cost: 8,
      },
    ],
    [
      'a role requiring less than the target level does not cover the skill',
      {
        spec: { targets: [[3, 1]], people: [{ levels: [0] }], roles: [{ requires: { 0: 2 }, hireCost: 1 }] },
        trainings: 1,
        hires: 0,
        closed: 1,
        cost: 6,
      },
    ],
    [
      'nobody gets more trainings than the cap',
      {
        spec: {
          targets: [
            [3, 1],
            [3, 1],
            [3, 1],
            [3, 1],
          ],
          people: [{ levels: [2, 2, 2, 2] }],
        },
        trainings: 3,
        hires: 0,
        closed: 3,
        cost: 6,
      },
    ],
    [
      'the cap lets a dearer second person take the fourth skill',
      {
        spec: {
          targets: [
            [3, 1],
            [3, 1],
            [3, 1],
            [3, 1],
          ],
          people: [{ levels: [2, 2, 2, 2] }, { levels: [0, 0, 0, 0] }],
        },
        trainings: 4,
        hires: 0,
        closed: 4,
        cost: 12,
      },
    ],
    [
      'someone who wants to grow is preferred at the same level',
      {
        spec: {
          targets: [[3, 1]],
          people: [
            { levels: [2], interest: [1] },
            { levels: [2], interest: [2] },
          ],
        },
        trainings: 1,
        hires: 0,
        closed: 1,
        cost: 1,
      },
    ],
    [
      'a not-interested person is never trained, even when cheapest',
      {
        spec: { targets: [[3, 1]], people: [{ levels: [2], interest: [0] }, { levels: [0] }] },
        trainings: 1,
        hires: 0,
        closed: 1,
        cost: 6,
      },
    ],
    [
      'inactive and unavailable people are never trained',
      {
        spec: {
          targets: [[3, 1]],
          people: [
            { levels: [2], active: false },
            { levels: [2], trainable: false },
          ],
        },
        trainings: 0,
        hires: 0,
        closed: 0,
        cost: 0,
      },
    ],
    [
      'several hires of one role when the need is more than one',
      {
        spec: {
          targets: [
            [3, 2],
            [3, 1],
          ],
          people: [],
          roles: [{ requires: { 0: 3, 1: 3 }, hireCost: 5 }],
        },
        trainings: 0,
        hires: 2,
        closed: 3,
        cost: 10,
      },
    ],
    [
      'the budget limits what is closed, cheapest need first',
      {
        spec: {
          targets: [
            [3, 1],
            [3, 1],
          ],
          people: [{ levels: [2, 0] }],
          limits: { budget: 5 },
        },
        trainings: 1,
        hires: 0,
        closed: 1,
        cost: 2,
      },
    ],
    [
      'the hire limit limits what is closed',
      {
        spec: { targets: [[3, 3]], people: [], roles: [{ requires: { 0: 3 }, hireCost: 5 }], limits: { maxHires: 2 } },
        trainings: 0,
        hires: 2,
        closed: 2,
        cost: 10,
      },
    ],
    [
      'free trainings (discount ≥ cost) only where they close need',
      {
        spec: {
          targets: [
            [3, 1],
            [3, 0],
          ],
          people: [
            { levels: [2, 2], interest: [2, 2] },
            { levels: [2, 2], interest: [2, 2] },
          ],
          costModel: { trainStepCost: 1, interestDiscount: 1 },
        },
        trainings: 1,
        hires: 0,
        closed: 1,
        cost: 0,
      },
    ],
  ])('%s', async (_, { spec, trainings, hires, closed, cost }) => {
    const result = await planWith(plannerInput(spec), solveLp)
    expect(result.proven).toBe(true)
    expect({
      trainings: result.trainings,
      hires: result.hires,
      closed: result.closedNeed,
      cost: result.totalCost,
    }).toEqual({ trainings, hires, closed, cost })
  })

  it("trains a person to the skill's target level from their current one", async () => {
    const result = await planWith(
      plannerInput({ targets: [[4, 1]], people: [{ levels: [1], interest: [2] }] }),
      solveLp,
    )
    const action = result.actions[0] as TrainAction
    expect(action).toMatchObject({
      kind: 'train',
      personId: 'p0',
      skillId: 's0',
      fromLevel: 1,
      toLevel: 4,
      interest: 2,
      cost: 5,
    })
  })

  it('builds no cover row for skills without need', () => {
    const model = buildPlanModel(
      plannerInput({
        targets: [
          [3, 1],
          [3, 0],
        ],
        people: [{ levels: [3, 0] }],
      }),
    )
    expect(model.needy).toEqual([])
  })
})
