import type { PlannerInput, PlanResult } from '../domain/planner/types'
import { runInSlices } from '../platform/nextTask'
import { createWorkerClient } from '../workers/workerClient'
import { packPlannerInputSteps } from './packedInput'
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

/** The main thread's handle on the solver worker, which is created on the first plan. */
export function createSolverClient(): SolverClient {
  let lastLoadMs: number | null = null
  const client = createWorkerClient<{ result: PlanResult; loadMs: number | null }>({
    start: () =>
      new Worker(new URL('./solver.worker.ts', import.meta.url), { type: 'module', name: 'skillgrid-solver' }),
    read: (data) => {
      const reply = parseSolverReply(data)
      if (!reply) return null
      if (reply.type === 'failed') return { id: reply.id, kind: 'failed', error: new SolverUnavailable(reply.message) }
      return { id: reply.id, kind: 'done', result: { result: reply.result, loadMs: reply.loadMs } }
    },
    malformed: () => new SolverUnavailable('The solver sent a malformed reply'),
    crashed: (event) => {
      event.preventDefault()
      return new SolverUnavailable(event.message || 'The solver worker failed')
    },
    stopOnFailure: true,
  })

  /** Counts plans asked for and cancels: a plan whose input was still being packed is not posted after a newer one or a cancel. */
  let generation = 0

  return {
    async plan(input) {
      const mine = ++generation
      if (client.busy()) client.stop(new SolveCancelled())
      const { packed, transfer } = await runInSlices(packPlannerInputSteps(input))
      if (mine !== generation) throw new SolveCancelled()
      const { result, loadMs } = await client.request(
        (id) => ({ type: 'plan', id, input: packed }) satisfies PlanRequest,
        { transfer },
      )
      if (loadMs !== null) lastLoadMs = loadMs
      return result
    },
    cancel() {
      generation++
      client.stop(new SolveCancelled())
      lastLoadMs = null
    },
    loadMs: () => lastLoadMs,
  }
}
