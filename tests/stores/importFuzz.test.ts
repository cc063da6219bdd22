import fc from 'fast-check'
import { afterEach, beforeEach, describe, it, vi } from 'vitest'
import { assertSaving, fuzzFileArb, fuzzRuns, fuzzTimeout } from '../fixtures/importFuzz'
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
})
