/// <reference lib="webworker" />
import type { Highs } from 'highs'
// Only the URL: the 3.5 MB wasm is fetched when HiGHS loads, on the first plan.
import wasmUrl from 'highs/runtime?url'
import { planWith } from '../domain/planner/plan'
import type { SolveLp } from '../domain/planner/types'
import { unpackPlannerInput } from './packedInput'
import { isPlanRequest, type SolverReply } from './protocol'
import { solveLpText, WARM_UP_LP } from './runHighs'

declare const self: DedicatedWorkerGlobalScope

let highs: Promise<Highs> | null = null

async function load(): Promise<Highs> {
  const { default: loadHighs } = await import('highs')
  const instance = await loadHighs({ locateFile: (file) => (file.endsWith('.wasm') ? wasmUrl : file) })
  // The first solves of a fresh instance are several times slower: pay part of that on a small model.
  solveLpText(instance, WARM_UP_LP)
  return instance
}

/** HiGHS, loaded once; if it cannot load, a solver that fails so the planner answers with its heuristic. */
async function solver(): Promise<{ solveLp: SolveLp; loadMs: number | null }> {
  const started = performance.now()
  const loading = highs === null
  highs ??= load()
  try {
    const instance = await highs
    return { solveLp: async (lp) => solveLpText(instance, lp), loadMs: loading ? performance.now() - started : null }
  } catch (error) {
    highs = null
    return { solveLp: () => Promise.reject(error), loadMs: null }
  }
}

self.onmessage = async (event: MessageEvent<unknown>) => {
  const request = event.data
  if (!isPlanRequest(request)) return
  let reply: SolverReply
  try {
    const { solveLp, loadMs } = await solver()
    reply = {
      type: 'planned',
      id: request.id,
      result: await planWith(unpackPlannerInput(request.input), solveLp),
      loadMs,
    }
  } catch (error) {
    reply = { type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(reply)
}
