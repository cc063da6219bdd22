import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planWith } from '../../../src/domain/planner'
import type { PlannerInput } from '../../../src/domain/planner/types'
import { runToEnd } from '../../../src/domain/steps'
import { packPlannerInputSteps, unpackPlannerInput } from '../../../src/solver/packedInput'
import { isPlanRequest } from '../../../src/solver/protocol'
import { plannerInput } from '../../fixtures/planner'
import { nodeSolveLp } from './highsNode'

/** The input as the worker gets it: packed, posted (the buffers handed over), unpacked. */
function throughTheWorkerMessage(input: PlannerInput) {
  const { packed, transfer } = runToEnd(packPlannerInputSteps(input))
  const message = structuredClone({ type: 'plan', id: 1, input: packed }, { transfer })
  return { message, transfer }
}

const level = fc.option(fc.integer({ min: 0, max: 4 }), { nil: null })

describe('the planner input packed for the worker (issue 16)', () => {
  it('arrives with the same people and ratings, the arrays handed over rather than copied', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.string(),
            active: fc.boolean(),
            trainable: fc.boolean(),
            levels: fc.array(level, { minLength: 3, maxLength: 3 }),
            interest: fc.array(fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }), {
              minLength: 3,
              maxLength: 3,
            }),
          }),
          { maxLength: 12 },
        ),
        (people) => {
          const input = plannerInput({
            targets: [
              [3, 1],
              [2, 2],
              [4, 1],
            ],
            people,
          })
          // A record may be shorter than the slot count, and self levels may be empty.
          const first = input.ratings.get('p0')
          if (first) (input.ratings as Map<string, typeof first>).set('p0', { ...first, self: new Uint8Array([1, 2]) })
          const { message, transfer } = throughTheWorkerMessage(input)
          expect(isPlanRequest(message)).toBe(true)
          const unpacked = unpackPlannerInput(message.input)
          expect(unpacked.people).toEqual(input.people)
          expect([...unpacked.ratings.keys()]).toEqual([...input.ratings.keys()])
          for (const [id, record] of input.ratings) {
            const back = unpacked.ratings.get(id)!
            expect([...back.levels]).toEqual([...record.levels])
            expect([...back.self]).toEqual([...record.self])
            expect([...back.interest]).toEqual([...record.interest])
            expect(back.updatedAt).toBe(record.updatedAt)
          }
          expect({ ...unpacked, people: [], ratings: null }).toEqual({ ...input, people: [], ratings: null })
          // Handed over: the page's packed copies are detached, the records it keeps are untouched.
          expect(transfer.every((buffer) => buffer.byteLength === 0)).toBe(true)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('makes the same plan from the packed input as from the input itself', async () => {
    const input = plannerInput({
      targets: [
        [3, 2],
        [3, 1],
        [2, 1],
      ],
      people: [
        { levels: [2, 0, null], interest: [2, 0, 1] },
        { levels: [4, 1, 3], name: 'Mentor' },
        { levels: [1, 3, 0], trainable: false },
      ],
      roles: [{ requires: { 0: 3 }, hireCost: 5 }],
      limits: { budget: 12 },
    })
    const solve = await nodeSolveLp()
    const direct = await planWith(input, solve)
    const packed = await planWith(unpackPlannerInput(throughTheWorkerMessage(input).message.input), solve)
    expect(direct.actions.length).toBeGreaterThan(0)
    expect(direct.proven).toBe(true)
    const timed = { buildMs: 0, solveMs: 0 }
    expect({ ...packed, stats: { ...packed.stats, ...timed } }).toEqual({
      ...direct,
      stats: { ...direct.stats, ...timed },
    })
  })

  it.each<[string, (input: Record<string, unknown>) => void]>([
    [
      'offsets past the bytes',
      (input) => ((input.ratings as { levels: { offsets: Uint32Array } }).levels.offsets[1] = 99),
    ],
    ['a flag missing', (input) => ((input.people as { flags: Uint8Array }).flags = new Uint8Array(0))],
    ['ratings as a Map (the old shape)', (input) => (input.ratings = new Map())],
    ['a name that is not text', (input) => ((input.people as { names: unknown[] }).names[0] = 7)],
  ])('refuses a message with %s', (_, spoil) => {
    const input = plannerInput({ targets: [[3, 1]], people: [{ levels: [2] }, { levels: [4] }] })
    const { packed } = runToEnd(packPlannerInputSteps(input))
    const spoilt = structuredClone(packed) as unknown as Record<string, unknown>
    spoil(spoilt)
    expect(isPlanRequest({ type: 'plan', id: 1, input: spoilt })).toBe(false)
  })
})
