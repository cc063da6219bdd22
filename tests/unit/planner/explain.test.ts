import { beforeAll, describe, expect, it } from 'vitest'
import { planWith, type SolveLp, type UnclosedReason } from '../../../src/domain/planner'
import { plannerInput, type InputSpec } from '../../fixtures/planner'
import { nodeSolveLp } from './highsNode'

let solveLp: SolveLp

beforeAll(async () => {
  solveLp = await nodeSolveLp()
})

describe('action reasons', () => {
  it('says which missing holder a training closes and what the person wants', async () => {
    const result = await planWith(
      plannerInput({ targets: [[3, 2]], people: [{ levels: [2], interest: [2] }, { levels: [2] }] }),
      solveLp,
    )
    expect(result.actions).toEqual([
      {
        kind: 'train',
        personId: 'p0',
        skillId: 's0',
        fromLevel: 2,
        toLevel: 3,
        interest: 2,
        cost: 1,
        closes: [{ skillId: 's0', need: 2 }],
        levelUnknown: false,
        noCourse: true,
        noMentor: true,
      },
      {
        kind: 'train',
        personId: 'p1',
        skillId: 's0',
        fromLevel: 2,
        toLevel: 3,
        interest: null,
        cost: 2,
        closes: [{ skillId: 's0', need: 2 }],
        levelUnknown: false,
        noCourse: true,
        noMentor: true,
      },
    ])
  })

  it('lists every skill a hire closes a missing holder of, and not those already closed', async () => {
    const spec: InputSpec = {
      targets: [
        [3, 2],
        [3, 1],
        [3, 1],
      ],
      people: [],
      roles: [{ requires: { 0: 3, 1: 3, 2: 3 }, hireCost: 4 }],
    }
    const result = await planWith(plannerInput(spec), solveLp)
    expect(result.actions.map((h) => h.closes)).toEqual([
      [
        { skillId: 's0', need: 2 },
        { skillId: 's1', need: 1 },
        { skillId: 's2', need: 1 },
      ],
      [{ skillId: 's0', need: 2 }],
    ])
  })
})

describe('skills left open', () => {
  it.each<[string, InputSpec, UnclosedReason[]]>([
    [
      'no role and nobody to train',
      { targets: [[3, 1]], people: [{ levels: [1], interest: [0] }] },
      [{ code: 'noRoleNoCandidates', level: 3 }],
    ],
    [
      'no role and too few to train',
      { targets: [[2, 3]], people: [{ levels: [1] }] },
      [{ code: 'noRoleFewCandidates', level: 2, candidates: 1 }],
    ],
    [
      'no role and the trainable people at their cap',
      {
        targets: [
          [3, 1],
          [3, 1],
        ],
        people: [{ levels: [2, 2] }],
        costModel: { maxTrainingsPerPerson: 1 },
      },
      [{ code: 'trainingLimit', maxTrainings: 1 }],
    ],
    [
      'the budget ran out',
      {
        targets: [
          [3, 1],
          [3, 1],
        ],
        people: [{ levels: [0, 2] }],
        limits: { budget: 3 },
      },
      [{ code: 'budget', budget: 3 }],
    ],
    [
      'the hire limit is reached',
      { targets: [[3, 2]], people: [], roles: [{ requires: { 0: 3 }, hireCost: 5 }], limits: { maxHires: 1 } },
      [{ code: 'maxHires', maxHires: 1 }],
    ],
  ])('gives the reason when %s', async (_, spec, reasons) => {
    const result = await planWith(plannerInput(spec), solveLp)
    expect(result.unclosed).toHaveLength(1)
    expect(result.unclosed[0]?.reasons).toEqual(reasons)
  })

  it('is optimal when only structural gaps stay, partial when a limit leaves closable need open', async () => {
    const structural = await planWith(
      plannerInput({ targets: [[3, 1]], people: [{ levels: [1], interest: [0] }] }),
      solveLp,
    )
    expect(structural.status).toBe('optimal')
    const limited = await planWith(
      plannerInput({
        targets: [
          [3, 1],
          [3, 1],
        ],
        people: [{ levels: [0, 2] }],
        limits: { budget: 3 },
      }),
      solveLp,
    )
    expect(limited.status).toBe('partial')
    const loose = await planWith(
      plannerInput({ targets: [[3, 1]], people: [{ levels: [2] }], limits: { budget: 100, maxHires: 0 } }),
      solveLp,
    )
    expect(loose.status).toBe('optimal')
  })
})

describe('coverage before and after', () => {
  it("counts the plan's trainees and hires as holders", async () => {
    const spec: InputSpec = {
      targets: [
        [3, 2],
        [3, 1],
        [3, 1],
      ],
      people: [{ levels: [3, 2, 0], interest: [1, 1, 0] }],
      roles: [{ requires: { 0: 4 }, hireCost: 5 }],
    }
    const result = await planWith(plannerInput(spec), solveLp)
    expect(result.coverage.before).toEqual({ uncovered: 2, atRisk: 1, covered: 0, deficit: 3 })
    // s2 has no role and nobody to train: it stays uncovered.
    expect(result.coverage.after).toEqual({ uncovered: 1, atRisk: 1, covered: 1, deficit: 1 })
    expect(result.coverage.skills.map((s) => [s.skillId, s.holdersBefore, s.holdersAfter, s.statusAfter])).toEqual([
      ['s0', 1, 2, 'covered'],
      ['s1', 0, 1, 'at-risk'],
      ['s2', 0, 0, 'uncovered'],
    ])
  })

  it('gives an empty, optimal plan when nothing is missing', async () => {
    const result = await planWith(plannerInput({ targets: [[3, 1]], people: [{ levels: [4] }] }), () =>
      Promise.reject(new Error('not called')),
    )
    expect(result).toMatchObject({ status: 'optimal', actions: [], totalCost: 0, totalNeed: 0 })
  })
})
