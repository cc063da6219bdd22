import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { planWith, type PlanResult } from '../../../src/domain/planner'
import type { PlannerInput } from '../../../src/domain/planner/types'
import { unpackPlannerInput } from '../../../src/solver/packedInput'
import { isPlanRequest, type PlanRequest } from '../../../src/solver/protocol'
import { createSolverClient, SolveCancelled } from '../../../src/solver/solverClient'
import { FakeWorker } from '../../fixtures/fakeWorker'
import { plannerInput } from '../../fixtures/planner'
import { nodeSolveLp } from './highsNode'

/** The workers the client started (it constructs them itself, as `new Worker`). */
let started: FakeWorker[] = []

/** Stands in for the solver worker: keeps what it was posted, answers when told. */
class SolverWorker extends FakeWorker {
  constructor() {
    super()
    started.push(this)
  }
}

let input: PlannerInput
let result: PlanResult

beforeAll(async () => {
  input = plannerInput({
    targets: [
      [3, 2],
      [3, 1],
    ],
    people: [{ levels: [2, 0] }, { levels: [4, 1], name: 'Mentor' }],
    roles: [{ requires: { 0: 3 }, hireCost: 5 }],
  })
  result = await planWith(input, await nodeSolveLp())
})

afterEach(() => {
  started = []
  vi.unstubAllGlobals()
})

const posted = () => started.flatMap((worker) => worker.posted)

describe('the solver client (issue 16)', () => {
  it('posts the input packed, its buffers handed over, and resolves with the worker’s plan', async () => {
    vi.stubGlobal('Worker', SolverWorker)
    const client = createSolverClient()
    const planned = client.plan(input)
    await vi.waitFor(() => expect(posted()).toHaveLength(1))
    const [{ message, transfer }] = posted() as [{ message: PlanRequest; transfer: ArrayBuffer[] }]
    expect(isPlanRequest(message)).toBe(true)
    expect(transfer.length).toBeGreaterThan(0)
    expect(transfer.every((buffer) => buffer instanceof ArrayBuffer)).toBe(true)
    expect(unpackPlannerInput(message.input).people).toEqual(input.people)
    started[0]!.reply({ type: 'planned', id: message.id, result: structuredClone(result), loadMs: 12 })
    await expect(planned).resolves.toEqual(result)
    expect(client.loadMs()).toBe(12)
  })

  it('posts nothing for a plan cancelled while its input was packed', async () => {
    vi.stubGlobal('Worker', SolverWorker)
    const client = createSolverClient()
    const planned = client.plan(input)
    client.cancel()
    await expect(planned).rejects.toBeInstanceOf(SolveCancelled)
    expect(posted()).toEqual([])
  })

  it('posts only the newer of two plans asked for before the first was posted', async () => {
    vi.stubGlobal('Worker', SolverWorker)
    const client = createSolverClient()
    const first = client.plan(input)
    const second = client.plan(input)
    await expect(first).rejects.toBeInstanceOf(SolveCancelled)
    await vi.waitFor(() => expect(posted()).toHaveLength(1))
    const { message } = posted()[0] as { message: PlanRequest }
    started.at(-1)!.reply({ type: 'planned', id: message.id, result: structuredClone(result), loadMs: null })
    await expect(second).resolves.toEqual(result)
  })
})
