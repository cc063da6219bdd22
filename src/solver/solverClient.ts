import type { LpOutcome } from '../domain/planner/types'
import { parseSolverReply, type SolveRequest } from './protocol'

export class SolveCancelled extends Error {
  constructor() {
    super('The solve was cancelled')
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
  /** Solves LP text in the worker; the first call loads HiGHS (and reports `loadMs`). */
  solve(lp: string): Promise<LpOutcome>
  /** Stops a running solve by terminating the worker; the next solve starts a fresh one. */
  cancel(): void
  /** Milliseconds the last load of HiGHS took, or null while it has not loaded. */
  loadMs(): number | null
}

interface Pending {
  id: number
  resolve: (outcome: LpOutcome) => void
  reject: (error: Error) => void
}

/** The main thread's handle on the solver worker, created on the first solve. */
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
      const reply = parseSolverReply(event.data)
      const open = pending
      if (!open || !reply || reply.id !== open.id) {
        if (open && !reply) stop(new SolverUnavailable('The solver sent a malformed reply'))
        return
      }
      pending = null
      if (reply.type === 'failed') {
        stop(new SolverUnavailable(reply.message))
        return
      }
      if (reply.loadMs !== null) lastLoadMs = reply.loadMs
      open.resolve(reply.outcome)
    }
    created.onerror = (event) => {
      event.preventDefault()
      stop(new SolverUnavailable(event.message || 'The solver worker failed to start'))
    }
    return created
  }

  return {
    solve(lp) {
      if (pending) stop(new SolveCancelled())
      worker ??= start()
      const request: SolveRequest = { type: 'solve', id: nextId++, lp }
      const running = worker
      return new Promise<LpOutcome>((resolve, reject) => {
        pending = { id: request.id, resolve, reject }
        running.postMessage(request)
      })
    },
    cancel() {
      lastLoadMs = worker ? lastLoadMs : null
      stop(new SolveCancelled())
    },
    loadMs: () => lastLoadMs,
  }
}
