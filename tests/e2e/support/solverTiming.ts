import { readdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import type { PlannerInput } from '../../../src/domain/planner/types'

/** The built solver worker's URL (hashed name under dist/assets), for driving it directly. */
export function solverWorkerUrl(baseUrl: string): string {
  const file = readdirSync('dist/assets').find((name) => /^solver\.worker-.*\.js$/.test(name))
  if (!file) throw new Error('No solver worker in dist/assets: build first')
  return new URL(`assets/${file}`, baseUrl).href
}

/** A planner input as plain JSON-able data (page.evaluate cannot pass a Map of Uint8Arrays). */
export interface PlainPlannerInput {
  input: Omit<PlannerInput, 'ratings'>
  ratings: [string, number[], number[]][]
}

export function plainPlannerInput(input: PlannerInput): PlainPlannerInput {
  const { ratings, ...rest } = input
  return { input: rest, ratings: [...ratings.values()].map((r) => [r.personId, [...r.levels], [...r.interest]]) }
}

export interface WorkerTiming {
  /** First plan: loads HiGHS (wasm fetch, compile, warm-up) and plans a tiny team. */
  firstMs: number
  /** Post → reply of the real plan, once HiGHS is loaded. */
  roundTripMs: number
  /** Largest delay of a 10 ms main-thread timer while the worker planned: is the page responsive? */
  maxGapMs: number
  result: unknown
}

/** Plans `plain` in the built solver worker inside the page and times it. */
export async function timeWorkerPlan(
  page: Page,
  url: string,
  warmUp: PlainPlannerInput,
  plain: PlainPlannerInput,
): Promise<WorkerTiming> {
  return page.evaluate(
    async ({ url, warmUp, plain }) => {
      const worker = new Worker(url, { type: 'module' })
      let id = 0
      const input = (data: typeof plain) => ({
        ...data.input,
        ratings: new Map(
          data.ratings.map(([personId, levels, interest]) => [
            personId,
            { personId, levels: Uint8Array.from(levels), interest: Uint8Array.from(interest), updatedAt: 0 },
          ]),
        ),
      })
      const plan = (request: ReturnType<typeof input>) =>
        new Promise<{ result?: unknown }>((resolve) => {
          worker.onmessage = (event) => resolve(event.data)
          worker.postMessage({ type: 'plan', id: ++id, input: request })
        })
      let started = performance.now()
      await plan(input(warmUp))
      const firstMs = performance.now() - started
      // Unpacked before the clock starts: the app holds its data in this shape already.
      const request = input(plain)
      let last = performance.now()
      let maxGapMs = 0
      const ticker = setInterval(() => {
        const now = performance.now()
        maxGapMs = Math.max(maxGapMs, now - last)
        last = now
      }, 10)
      started = performance.now()
      const reply = await plan(request)
      const roundTripMs = performance.now() - started
      clearInterval(ticker)
      worker.terminate()
      return { firstMs, roundTripMs, maxGapMs, result: reply.result }
    },
    { url, warmUp, plain },
  )
}
