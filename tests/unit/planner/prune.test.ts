import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  buildPlanModel,
  closedNeed,
  hireOptions,
  pruneHireOptions,
  pruneTrainingCandidates,
  selectionCost,
  selectionTiers,
  skillNeeds,
  solveModel,
  trainingCandidates,
  type PlannerInput,
  type PlanTiers,
  type SolveLp,
} from '../../../src/domain/planner'
import { generatePlannerInput } from '../../../src/domain/planner/generate'
import { plannerInput, type InputSpec } from '../../fixtures/planner'
import { nodeSolveLp } from './highsNode'

let solveLp: SolveLp

beforeAll(async () => {
  solveLp = await nodeSolveLp()
})

/** (need closed, cost) of the model's proven lexicographic optimum, and its value on every tier. */
async function optimum(input: PlannerInput, prune: boolean): Promise<[number, number, PlanTiers]> {
  const model = buildPlanModel(input, { prune })
  const solution = await solveModel(input, model, solveLp)
  expect(solution.proven).toBe(true)
  const { selection } = solution
  return [
    closedNeed(selection, model.needs),
    Math.round(selectionCost(selection) * model.costScale),
    selectionTiers(model, selection),
  ]
}

describe('pruneTrainingCandidates', () => {
  it('keeps need(s) + B(s) candidates per skill, B(s) = people trainings elsewhere could bring to the cap', () => {
    // Skill 0 needs 1 and has five candidates costing 2, 4, 6, 6, 6; skill 1 needs 1 (3 of 4 holders) and has two; cap 1.
    const input = plannerInput({
      targets: [
        [3, 1],
        [3, 4],
      ],
      people: [
        { levels: [2, 4] },
        { levels: [1, 4] },
        { levels: [0, 4] },
        { levels: [null, 2] },
        { levels: [null, 1] },
      ],
      costModel: { maxTrainingsPerPerson: 1 },
    })
    const model = buildPlanModel(input)
    // At most one training outside skill 0, K = 1 → B = 1: the two cheapest stay; skill 1 keeps both.
    expect(model.candidates.map((c) => `${c.personId}:${c.skillId}`)).toEqual(['p0:s0', 'p1:s0', 'p3:s1', 'p4:s1'])
    expect(model.allCandidates).toHaveLength(7)
  })

  it('keeps the candidate a naive "need(s) cheapest" cut would lose', () => {
    // p0 is cheapest for both skills but may train only once: the second skill needs p2.
    const input = plannerInput({
      targets: [
        [3, 1],
        [3, 1],
      ],
      people: [{ levels: [2, 2] }, { levels: [1, null], interest: [1, 0] }, { levels: [0, 1], interest: [0, 1] }],
      costModel: { maxTrainingsPerPerson: 1 },
    })
    const needs = skillNeeds(input)
    const all = trainingCandidates(input, [0, 1])
    const kept = pruneTrainingCandidates(all, new Map(needs.map((n) => [n.skillIndex, n.need])), 1)
    expect(kept.map((c) => `${c.personId}:${c.skillId}`).sort()).toEqual(['p0:s0', 'p0:s1', 'p1:s0', 'p2:s1'])
  })

  it('drops every training when nobody may be trained (cap 0)', () => {
    const input = plannerInput({
      targets: [[3, 2]],
      people: [{ levels: [1] }],
      costModel: { maxTrainingsPerPerson: 0 },
    })
    expect(buildPlanModel(input).candidates).toEqual([])
  })

  it('drops trainings and hires that alone cost more than the budget', () => {
    const input = plannerInput({
      targets: [[3, 1]],
      people: [{ levels: [2] }, { levels: [0] }],
      roles: [{ requires: { 0: 3 }, hireCost: 5 }],
      limits: { budget: 4 },
    })
    const model = buildPlanModel(input)
    expect(model.candidates.map((c) => c.cost)).toEqual([2])
    expect(model.hires).toEqual([])
  })
})

describe('pruneHireOptions', () => {
  it.each<[string, InputSpec['roles'], string[]]>([
    [
      'a role covering a subset at a higher cost',
      [
        { requires: { 0: 3 }, hireCost: 9 },
        { requires: { 0: 3, 1: 3 }, hireCost: 8 },
      ],
      ['r1'],
    ],
    [
      'a role covering a subset at the same cost',
      [
        { requires: { 0: 3 }, hireCost: 8 },
        { requires: { 0: 3, 1: 3 }, hireCost: 8 },
      ],
      ['r1'],
    ],
    [
      'the second of two identical roles',
      [
        { requires: { 0: 3, 1: 4 }, hireCost: 8 },
        { requires: { 0: 4, 1: 3 }, hireCost: 8 },
      ],
      ['r0'],
    ],
  ])('drops %s', (_, roles, kept) => {
    const input = plannerInput({
      targets: [
        [3, 1],
        [3, 1],
      ],
      people: [],
      roles,
    })
    expect(pruneHireOptions(hireOptions(input, skillNeeds(input))).map((h) => h.roleId)).toEqual(kept)
  })

  it('keeps a cheaper role that covers less', () => {
    const input = plannerInput({
      targets: [
        [3, 1],
        [3, 1],
      ],
      people: [],
      roles: [
        { requires: { 0: 3 }, hireCost: 5 },
        { requires: { 0: 3, 1: 3 }, hireCost: 8 },
      ],
    })
    expect(pruneHireOptions(hireOptions(input, skillNeeds(input))).map((h) => h.roleId)).toEqual(['r0', 'r1'])
  })
})

const mediumInput = fc
  .record({
    seed: fc.integer({ min: 1, max: 2 ** 30 }),
    people: fc.integer({ min: 8, max: 40 }),
    skills: fc.integer({ min: 2, max: 8 }),
    roles: fc.integer({ min: 0, max: 4 }),
    maxTrainingsPerPerson: fc.integer({ min: 1, max: 3 }),
    budget: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 40 })),
    maxHires: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 3 })),
  })
  .map(({ seed, people, skills, roles, maxTrainingsPerPerson, budget, maxHires }) => {
    const input = generatePlannerInput({ people, skills, roles, seed, limits: { budget, maxHires } })
    return { ...input, costModel: { ...input.costModel, maxTrainingsPerPerson } }
  })

/**
 * Instances built to make the cap bind: a few "stars" are the cheapest candidates of every skill
 * but may train only K times, so the optimum needs candidates far down each skill's ranking.
 */
const crowdedInput = fc
  .record({
    skills: fc.integer({ min: 3, max: 7 }),
    stars: fc.integer({ min: 1, max: 4 }),
    others: fc.integer({ min: 2, max: 8 }),
    maxTrainingsPerPerson: fc.integer({ min: 1, max: 2 }),
    seed: fc.integer({ min: 1, max: 2 ** 30 }),
    hireCost: fc.oneof(fc.constant(null), fc.integer({ min: 2, max: 12 })),
    budget: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 30 })),
  })
  .map(({ skills, stars, others, maxTrainingsPerPerson, seed, hireCost, budget }) => {
    let state = seed
    const random = (n: number) => {
      state = (state * 1103515245 + 12345) % 2 ** 31
      return state % n
    }
    const targets = Array.from({ length: skills }, () => [3, 1 + random(2)] as [3, number])
    const people = [
      ...Array.from({ length: stars }, () => ({
        levels: targets.map(() => 2),
        interest: targets.map(() => random(2) + 1),
      })),
      ...Array.from({ length: others }, () => ({
        levels: targets.map(() => random(3)),
        interest: targets.map(() => random(3)),
      })),
    ]
    const roles = hireCost === null ? [] : [{ requires: { 0: 3, 1: 3 }, hireCost }]
    return plannerInput({ targets, people, roles, costModel: { maxTrainingsPerPerson }, limits: { budget } })
  })

describe('exact pruning on random medium instances', () => {
  it("gives the same optimum as the unpruned model where a few people are everyone's cheapest choice", async () => {
    await fc.assert(
      fc.asyncProperty(crowdedInput, async (input) => {
        expect(await optimum(input, true)).toEqual(await optimum(input, false))
      }),
      { numRuns: 60 },
    )
  }, 30_000)

  it('gives the same optimum (need closed, then cost) as the unpruned model', async () => {
    let cut = 0
    await fc.assert(
      fc.asyncProperty(mediumInput, async (input) => {
        const model = buildPlanModel(input)
        if (model.candidates.length < model.allCandidates.length) cut++
        expect(await optimum(input, true)).toEqual(await optimum(input, false))
      }),
      { numRuns: 60 },
    )
    // Most instances must really lose candidates, or the property says little.
    expect(cut).toBeGreaterThan(30)
  }, 30_000)
})

/** Generated teams with courses and mentors, small enough for the unpruned model; caps, seats and mentor capacity bind. */
const learningInput = fc
  .record({
    seed: fc.integer({ min: 1, max: 2 ** 30 }),
    people: fc.integer({ min: 8, max: 36 }),
    skills: fc.integer({ min: 2, max: 7 }),
    roles: fc.integer({ min: 0, max: 3 }),
    resources: fc.integer({ min: 1, max: 4 }),
    seats: fc.integer({ min: 1, max: 4 }),
    maxTrainingsPerPerson: fc.integer({ min: 1, max: 2 }),
    menteesPerMentor: fc.integer({ min: 1, max: 2 }),
    budget: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 40 })),
    resilience: fc.constantFrom('targets' as const, 'no-single-holder' as const, 'survive-departure' as const),
  })
  .map(
    ({
      seed,
      people,
      skills,
      roles,
      resources,
      seats,
      maxTrainingsPerPerson,
      menteesPerMentor,
      budget,
      resilience,
    }) => {
      const input = generatePlannerInput({
        people,
        skills,
        roles,
        seed,
        resources,
        mentoring: true,
        resilience,
        limits: { budget, maxHires: null },
      })
      return {
        ...input,
        // Few seats so sessions bind; cheap seats so courses are worth it.
        resources: (input.resources ?? []).map((r, k) => ({
          ...r,
          seats: k % 2 ? null : seats,
          costPerSeat: k % 3,
          costPerSession: 1 + (k % 2),
        })),
        costModel: { ...input.costModel, maxTrainingsPerPerson, menteesPerMentor },
      }
    },
  )

describe('exact pruning with courses and mentors', () => {
  it(
    'gives the same optimum on every tier as the unpruned model',
    async () => {
      let cut = 0
      let used = 0
      await fc.assert(
        fc.asyncProperty(learningInput, async (input) => {
          const model = buildPlanModel(input)
          if (
            model.attendances.length < model.allAttendances.length ||
            model.mentorships.length < model.allMentorships.length
          )
            cut++
          const pruned = await optimum(input, true)
          expect(pruned).toEqual(await optimum(input, false))
          if (pruned[1] > 0 && model.attendances.length && model.mentorships.length) used++
        }),
        { numRuns: Math.round(40 * (Number(process.env.PLANNER_RUNS ?? 1) || 1)) },
      )
      // The cuts must really remove attendances or mentorships, or the property says little.
      expect(cut).toBeGreaterThan(10)
      expect(used).toBeGreaterThan(10)
    },
    60_000 * (Number(process.env.PLANNER_RUNS ?? 1) || 1),
  )
})
