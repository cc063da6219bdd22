/// <reference lib="webworker" />
import type { Highs } from 'highs'
// Only the URL: the 3.5 MB wasm is fetched when HiGHS loads, on the first solve.
import wasmUrl from 'highs/runtime?url'
import { isSolveRequest, type SolverReply } from './protocol'
import { solveLpText, WARM_UP_LP } from './runHighs'

declare const self: DedicatedWorkerGlobalScope

let highs: Promise<Highs> | null = null

async function load(): Promise<Highs> {
  const { default: loadHighs } = await import('highs')
  const instance = await loadHighs({ locateFile: (file) => (file.endsWith('.wasm') ? wasmUrl : file) })
  // The first solve of a fresh instance is several times slower: pay that on a toy model.
  solveLpText(instance, WARM_UP_LP)
  return instance
}

self.onmessage = async (event: MessageEvent<unknown>) => {
  const request = event.data
  if (!isSolveRequest(request)) return
  let reply: SolverReply
  try {
    const started = performance.now()
    const loading = highs === null
    highs ??= load()
    const instance = await highs
    const loadMs = loading ? performance.now() - started : null
    reply = { type: 'solved', id: request.id, outcome: solveLpText(instance, request.lp), loadMs }
  } catch (error) {
    highs = null
    reply = { type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(reply)
}
