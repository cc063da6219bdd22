import fc from 'fast-check'
import { afterEach, beforeEach, describe, it, vi } from 'vitest'
import { backupRecipeArb, mutatedBackup } from '../fixtures/backupFuzz'
import { assertSaving, fuzzRuns, fuzzTimeout } from '../fixtures/importFuzz'
import { checkRestoreThroughStore } from './fuzzChecks'

// Issue 14: a backup mutated anywhere is restored whole and valid, or refused with a path and the
// data unchanged — also when storage fails half way through the restore's transaction.

beforeEach(() => {
  // Failed writes are logged on purpose; keep the test output readable.
  vi.spyOn(console, 'error').mockImplementation(() => {})
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('backup restore under fuzzing', () => {
  it(
    'restores a mutated backup whole or refuses it naming where, and a failed restore changes nothing',
    async () => {
      // The text each recipe gave (ids differ per case): the failing one is saved as it was read.
      const texts = new WeakMap<object, string>()
      await assertSaving(
        fc.asyncProperty(
          fc.tuple(backupRecipeArb, fc.option(fc.integer({ min: 0, max: 8 }), { freq: 3 })),
          async ([recipe, failAfter]) => {
            await checkRestoreThroughStore((text) => {
              const mutated = mutatedBackup(text, recipe)
              texts.set(recipe, mutated)
              return mutated
            }, failAfter)
          },
        ),
        fuzzRuns(40),
        ([[recipe]]) => ({ bytes: texts.get(recipe) ?? '', extension: 'json' }),
      )
    },
    fuzzTimeout(60_000),
  )
})
