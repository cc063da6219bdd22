import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { bruteForceTiers } from '../../../src/domain/planner/bruteForce'
import { buildPlanModel, planWith, type PlannerInput, type SolveLp } from '../../../src/domain/planner'
import { richInputArb, tinyInputArb } from '../../fixtures/planner'
import { checkedTiers } from './planCheck'
import { nodeSolveLp } from './highsNode'

let solveLp: SolveLp

beforeAll(async () => {
  solveLp = await nodeSolveLp()
})

/** More runs on demand: PLANNER_RUNS=10 runs every property ten times as often. */
const factor = Number(process.env.PLANNER_RUNS ?? 1) || 1
const runs = (n: number) => ({ numRuns: Math.round(n * factor) })
/** Each property takes a few seconds alone; give it room when other test files share the cores. */
const TIMEOUT = 60_000 * factor

/** The solver's plan keeps every rule and equals brute force on every tier (critical, uncovered, missing, cost). */
async function expectSameOptimum(input: PlannerInput) {
  const result = await planWith(input, solveLp)
  const optimum = bruteForceTiers(input)
  expect(result.proven).toBe(true)
  expect(checkedTiers(input, result)).toEqual(optimum)
  expect(result.tiers).toEqual(optimum)
  return { result, optimum }
}

describe('planWith (HiGHS) against brute force on tiny instances', () => {
  it(
    'closes as much need as possible at the least cost, without limits',
    async () => {
      await fc.assert(
        fc.asyncProperty(tinyInputArb({ limits: false }), async (input) => {
          const { result } = await expectSameOptimum(input)
          // Without limits the only gaps left are those no plan can close.
          expect(result.closedNeed).toBe(result.closableNeed)
          expect(result.status).toBe('optimal')
        }),
        runs(150),
      )
    },
    TIMEOUT,
  )

  it(
    'closes as much as the budget and hire limit allow, at the least cost',
    async () => {
      await fc.assert(
        fc.asyncProperty(tinyInputArb({ limits: true }), async (input) => {
          const { result, optimum } = await expectSameOptimum(input)
          // Partial exactly when the limits leave the first three tiers worse than the best plan without them.
          const free = bruteForceTiers({ ...input, limits: { budget: null, maxHires: null } })
          const worse =
            optimum.criticalUncovered !== free.criticalUncovered ||
            optimum.uncovered !== free.uncovered ||
            optimum.missing !== free.missing
          expect(result.status).toBe(worse ? 'partial' : 'optimal')
          expect(result.closableNeed).toBe(result.totalNeed - free.missing)
          if (input.limits.budget !== null) expect(result.totalCost).toBeLessThanOrEqual(input.limits.budget)
          if (input.limits.maxHires !== null) expect(result.hires).toBeLessThanOrEqual(input.limits.maxHires)
        }),
        runs(150),
      )
    },
    TIMEOUT,
  )

  it(
    'agrees with brute force when costs are not whole numbers',
    async () => {
      await fc.assert(
        fc.asyncProperty(tinyInputArb({ limits: true, halfCosts: true }), async (input) => {
          await expectSameOptimum(input)
        }),
        runs(80),
      )
    },
    TIMEOUT,
  )

  it(
    'agrees with brute force on instances where some skill cannot be closed',
    async () => {
      let unclosable = 0
      await fc.assert(
        fc.asyncProperty(tinyInputArb({ limits: false, maxRoles: 1 }), async (input) => {
          const { result } = await expectSameOptimum(input)
          if (result.closableNeed < result.totalNeed) {
            unclosable++
            expect(result.unclosed.length).toBeGreaterThan(0)
            for (const skill of result.unclosed) expect(skill.reasons.length).toBeGreaterThan(0)
          }
        }),
        runs(100),
      )
      // The generator must really produce such cases, or this property proves nothing.
      expect(unclosable).toBeGreaterThan(10)
    },
    TIMEOUT,
  )

  it(
    'reports as closable what the best plan with no limits closes',
    async () => {
      await fc.assert(
        fc.asyncProperty(tinyInputArb({ limits: true }), async (input) => {
          const unlimited = { ...input, limits: { budget: null, maxHires: null } }
          const result = await planWith(input, solveLp)
          expect(result.closableNeed).toBe(result.totalNeed - bruteForceTiers(unlimited).missing)
          expect(buildPlanModel(input).needy.reduce((sum, n) => sum + n.need, 0)).toBe(result.totalNeed)
        }),
        runs(80),
      )
    },
    TIMEOUT,
  )
})

describe('issue 12: courses, mentors, resilience, critical skills, cents — every tier equals brute force', () => {
  it(
    'courses with seats and sessions teaching several skills',
    async () => {
      let courses = 0
      await fc.assert(
        fc.asyncProperty(richInputArb({ limits: true, cheap: true }), async (input) => {
          const { result } = await expectSameOptimum(input)
          if (result.actions.some((a) => a.kind === 'course')) courses++
        }),
        runs(120),
      )
      // 17–33 of 120 over six samples.
      expect(courses).toBeGreaterThan(5)
    },
    TIMEOUT,
  )

  it(
    'mentors sharing their capacity across skills',
    async () => {
      let mentored = 0
      let full = 0
      await fc.assert(
        fc.asyncProperty(richInputArb({ mentors: true, maxResources: 0, maxPeople: 5, cheap: true }), async (input) => {
          const { result } = await expectSameOptimum(input)
          const mentees = new Map<string, number>()
          for (const a of result.actions)
            if (a.kind === 'mentor') mentees.set(a.mentorId, (mentees.get(a.mentorId) ?? 0) + 1)
          if (mentees.size) mentored++
          if ([...mentees.values()].some((n) => n === input.costModel.menteesPerMentor)) full++
        }),
        runs(150),
      )
      // About 15 % of these instances plan mentoring (12–27 of 150 over eight samples): the bounds
      // sit four standard deviations below, so they catch a generator that stopped making the case.
      expect(mentored).toBeGreaterThan(5)
      // Some mentor is at capacity: the shared limit binds (10–18 of 150).
      expect(full).toBeGreaterThan(3)
    },
    TIMEOUT,
  )

  it(
    'every resilience mode',
    async () => {
      await fc.assert(
        fc.asyncProperty(richInputArb({ resilience: true, mentors: true, maxResources: 1 }), async (input) => {
          await expectSameOptimum(input)
        }),
        runs(100),
      )
    },
    TIMEOUT,
  )

  it(
    'critical skills under a budget',
    async () => {
      let criticalLeft = 0
      await fc.assert(
        fc.asyncProperty(richInputArb({ critical: true, limits: true, mentors: true }), async (input) => {
          const { result } = await expectSameOptimum(input)
          if (result.tiers.criticalUncovered > 0) criticalLeft++
          // Each critical skill left uncovered is listed with why.
          const listed = result.unclosed.filter((u) => u.critical && u.holdersAfter === 0)
          expect(listed.length).toBe(result.tiers.criticalUncovered)
        }),
        runs(120),
      )
      expect(criticalLeft).toBeGreaterThan(3)
    },
    TIMEOUT,
  )

  it(
    'two-decimal costs, everything together',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          richInputArb({ cents: true, limits: true, mentors: true, resilience: true, critical: true }),
          async (input) => {
            await expectSameOptimum(input)
          },
        ),
        runs(120),
      )
    },
    TIMEOUT,
  )
})
