import type { PlannerInput, PlanResult } from '../domain/planner/types'
import { parseSolverReply, type PlanRequest } from './protocol'

export class SolveCancelled extends Error {
  constructor() {
    super('The plan run was cancelled')
    this.name = 'SolveCancelled'
  }
}

export class SolverUnavailable extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SolverUnavailable'
  }
}

export interface SolverClient {
  /** Makes the plan in the worker; the first call loads HiGHS. */
  plan(input: PlannerInput): Promise<PlanResult>
  /** Stops a running plan by terminating the worker; the next plan starts a fresh one. */
  cancel(): void
  /** Milliseconds the last load of HiGHS took (with its warm-up), or null before it loaded. */
  loadMs(): number | null
}

interface Pending {
  id: number
  resolve: (result: PlanResult) => void
  reject: (error: Error) => void
}

/** The main thread's handle on the solver worker, which is created on the first plan. */
export function createSolverClient(): SolverClient {
  let worker: Worker | null = null
  let pending: Pending | null = null
  let nextId = 1
  let lastLoadMs: number | null = null

  function stop(error: Error) {
    worker?.terminate()
    worker = null
    const open = pending
    pending = null
    open?.reject(error)
  }

  function start(): Worker {
    const created = new Worker(new URL('./solver.worker.ts', import.meta.url), { type: 'module', name: 'skillgrid-solver' })
    created.onmessage = (event: MessageEvent<unknown>) => {
      const open = pending
      if (!open) return
      const reply = parseSolverReply(event.data)
      if (!reply) return stop(new SolverUnavailable('The solver sent a malformed reply'))
      if (reply.id !== open.id) return
      if (reply.type === 'failed') return stop(new SolverUnavailable(reply.message))
      pending = null
      if (reply.loadMs !== null) lastLoadMs = reply.loadMs
      open.resolve(reply.result)
    }
    created.onerror = (event) => {
      event.preventDefault()
      stop(new SolverUnavailable(event.message || 'The solver worker failed'))
    }
    return created
  }

  return {
    plan(input) {
      if (pending) stop(new SolveCancelled())
      const running = (worker ??= start())
      const request: PlanRequest = { type: 'plan', id: nextId++, input }
      return new Promise<PlanResult>((resolve, reject) => {
        pending = { id: request.id, resolve, reject }
        running.postMessage(request)
      })
    },
    cancel() {
      stop(new SolveCancelled())
      lastLoadMs = null
    },
    loadMs: () => lastLoadMs,
  }
}
