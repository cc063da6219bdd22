import fc from 'fast-check'
import { describe, it } from 'vitest'
import { backupJson } from '../../../../src/io/backup'
import { backupRecipeArb, mutatedBackup } from '../../../fixtures/backupFuzz'
import { assertSaving, demoWorkspace, fuzzRuns, fuzzTimeout } from '../../../fixtures/importFuzz'
import { checkBackupText } from './backupChecks'

// Issue 14: a backup changed anywhere is read whole and valid, or refused with a path into the file.

const original = backupJson(demoWorkspace(), new Date(0))

describe('backup reading under fuzzing', () => {
  it(
    'reads a mutated backup whole and valid, or refuses it naming where',
    async () => {
      await assertSaving(
        fc.property(backupRecipeArb, (recipe) => {
          const text = mutatedBackup(original, recipe)
          try {
            checkBackupText(text)
          } catch (error) {
            throw new Error(`${JSON.stringify(recipe).slice(0, 2000)}\n${String(error)}`, { cause: error })
          }
        }),
        fuzzRuns(200),
        ([recipe]) => ({ bytes: mutatedBackup(original, recipe), extension: 'json' }),
      )
    },
    fuzzTimeout(60_000),
  )

  it(
    'refuses any JSON value that is not a backup, naming where',
    async () => {
      await assertSaving(
        fc.property(fc.json({ maxDepth: 3 }), (text) => {
          checkBackupText(text)
        }),
        fuzzRuns(60),
        ([text]) => ({ bytes: text, extension: 'json' }),
      )
    },
    fuzzTimeout(30_000),
  )
})
