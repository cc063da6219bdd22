import { readdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import type { PlannerInput } from '../../../src/domain/planner/types'
import { runToEnd } from '../../../src/domain/steps'
import { packPlannerInputSteps } from '../../../src/solver/packedInput'

/** The built solver worker's URL (hashed name under dist/assets), for driving it directly. */
export function solverWorkerUrl(baseUrl: string): string {
  const file = readdirSync('dist/assets').find((name) => /^solver\.worker-.*\.js$/.test(name))
  if (!file) throw new Error('No solver worker in dist/assets: build first')
  return new URL(`assets/${file}`, baseUrl).href
}

/** A typed array as page.evaluate can pass it (it cannot pass typed arrays or Maps). */
interface PlainTyped {
  typed: 'Uint8Array' | 'Uint32Array' | 'Float64Array'
  values: number[]
}

/** A planner input packed as the app posts it to the worker, as plain JSON-able data. */
export interface PlainPlannerInput {
  packed: unknown
}

function toPlain(value: unknown): unknown {
  if (value instanceof Uint8Array) return { typed: 'Uint8Array', values: [...value] } satisfies PlainTyped
  if (value instanceof Uint32Array) return { typed: 'Uint32Array', values: [...value] } satisfies PlainTyped
  if (value instanceof Float64Array) return { typed: 'Float64Array', values: [...value] } satisfies PlainTyped
  if (Array.isArray(value)) return value.map(toPlain)
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlain(item)]))
  return value
}

export function plainPlannerInput(input: PlannerInput): PlainPlannerInput {
  return { packed: toPlain(runToEnd(packPlannerInputSteps(input)).packed) }
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
      // Typed arrays back from their plain form; each one's buffer is handed over, as the app does.
      const input = (data: typeof plain) => {
        const transfer: ArrayBuffer[] = []
        const revive = (value: unknown): unknown => {
          if (Array.isArray(value)) return value.map(revive)
          if (typeof value !== 'object' || value === null) return value
          const { typed, values } = value as { typed?: string; values?: number[] }
          if (typed && values) {
            const array =
              typed === 'Uint8Array'
                ? Uint8Array.from(values)
                : typed === 'Uint32Array'
                  ? Uint32Array.from(values)
                  : Float64Array.from(values)
            transfer.push(array.buffer)
            return array
          }
          return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, revive(item)]))
        }
        return { packed: revive(data.packed), transfer }
      }
      const plan = (request: ReturnType<typeof input>) =>
        new Promise<{ result?: unknown }>((resolve) => {
          worker.onmessage = (event) => resolve(event.data)
          worker.postMessage({ type: 'plan', id: ++id, input: request.packed }, request.transfer)
        })
      let started = performance.now()
      await plan(input(warmUp))
      const firstMs = performance.now() - started
      // Made before the clock starts, as the app packs its data before it posts.
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
