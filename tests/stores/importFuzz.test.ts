import fc from 'fast-check'
import { afterEach, beforeEach, describe, it, vi } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { assertSaving, byteMutationArb, fuzzFileArb, fuzzRuns, fuzzTimeout, mutateBytes } from '../fixtures/importFuzz'
import { checkImportThroughStore, importActionArb } from './fuzzChecks'

// Issue 14: a fuzzed file through the import store into fake-indexeddb. Whatever the file, the
// store never throws and ends in a preview or a named failure; a commit is whole or leaves the
// database byte for byte as it was — also when storage fails half way through the transaction.

beforeEach(() => {
  // Failed writes are logged on purpose; keep the test output readable.
  vi.spyOn(console, 'error').mockImplementation(() => {})
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('the import store under fuzzing', () => {
  it(
    'previews any file or names why not, and commits it whole or not at all',
    async () => {
      await assertSaving(
        fc.asyncProperty(fc.tuple(fuzzFileArb, importActionArb), async ([file, action]) => {
          await checkImportThroughStore(file.bytes, action)
        }),
        fuzzRuns(60),
        ([[file]]) => ({ bytes: file.bytes, extension: 'bin' }),
      )
    },
    fuzzTimeout(60_000),
  )

  const workbooks = ['formulas-hidden.xlsx', 'merged-categories-ru.xlsx', 'multi-sheet.xlsx'].map(
    (name) => new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/xlsx', name))),
  )
  // A damaged workbook: bytes changed inside the zip (its magic kept, so it is still read as one).
  const workbookArb = fc
    .tuple(
      fc.constantFrom(...workbooks),
      fc.array(
        byteMutationArb.filter((m) => m.kind !== 'prefix'),
        { minLength: 0, maxLength: 3 },
      ),
    )
    .map(([bytes, mutations]) => {
      const mutated = mutations.reduce(mutateBytes, bytes)
      return mutated.length >= 4 ? mutated : bytes
    })

  it(
    'previews a damaged workbook or names why not, and commits it whole or not at all',
    async () => {
      await assertSaving(
        fc.asyncProperty(fc.tuple(workbookArb, importActionArb), async ([bytes, action]) => {
          await checkImportThroughStore(bytes, action)
        }),
        fuzzRuns(15),
        ([[bytes]]) => ({ bytes, extension: 'bin' }),
      )
    },
    fuzzTimeout(60_000),
  )
})
