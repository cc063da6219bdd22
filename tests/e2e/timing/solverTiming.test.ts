// Timed browser tests: a project of their own, run after every other browser test and one file at
// a time, so no other Chromium shares the 2 cores while the clock runs.
import { afterEach, describe, expect, it } from 'vitest'
import { generatePlannerInput } from '../../../src/domain/planner/generate'
import { planWith } from '../../../src/domain/planner/plan'
import { parsePlanResult } from '../../../src/domain/planner/validate'
import { nodeSolveLp } from '../../unit/planner/highsNode'
import { openApp, type AppSession } from '../support/session'
import { plainPlannerInput, solverWorkerUrl, timeWorkerPlan } from '../support/solverTiming'

let session: AppSession | null = null

afterEach(async () => {
  await session?.close()
  session = null
})

describe('solver worker in Chromium', () => {
  it.each([
    [500, 1000],
    [2000, 3000],
  ])(
    'plans a generated team of %i × 100 skills × 10 roles, proven optimal, in under %i ms without blocking the page',
    async (people, budgetMs) => {
      session = await openApp()
      const input = generatePlannerInput({ people, skills: 100, roles: 10, seed: 1 })
      const warmUp = generatePlannerInput({ people: 8, skills: 6, roles: 2, seed: 2 })
      const timing = await timeWorkerPlan(
        session.page,
        solverWorkerUrl(session.baseUrl),
        plainPlannerInput(warmUp),
        plainPlannerInput(input),
      )
      const result = parsePlanResult(timing.result)
      // Node (the same wasm, warmed up) must find the same optimum, within the same budget.
      const solveLp = await nodeSolveLp()
      const started = performance.now()
      const expected = await planWith(input, solveLp)
      const nodeMs = performance.now() - started
      console.log(
        `${people} × 100 × 10: Chromium worker ${Math.round(timing.roundTripMs)} ms (HiGHS load + a first tiny plan ${Math.round(timing.firstMs)} ms, main-thread max gap ${Math.round(timing.maxGapMs)} ms), node ${Math.round(nodeMs)} ms; model ${result?.stats.keptCandidates} of ${result?.stats.candidates} training options, ${result?.stats.rows} × ${result?.stats.columns}`,
      )
      expect(nodeMs).toBeLessThan(budgetMs)
      expect(result?.status).toBe('optimal')
      expect(result?.proven).toBe(true)
      expect([result?.closedNeed, result?.totalCost]).toEqual([expected.closedNeed, expected.totalCost])
      expect(timing.roundTripMs).toBeLessThan(budgetMs)
      expect(timing.maxGapMs).toBeLessThan(200)
    },
  )
})
