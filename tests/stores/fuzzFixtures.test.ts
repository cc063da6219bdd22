import { readdirSync, readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { afterEach, beforeEach, describe, it, vi } from 'vitest'
import { checkImportThroughStore, checkRestoreThroughStore, fixtureChoices } from './fuzzChecks'

// Every file the fuzzer ever failed on, through its store with the checks of the store properties
// (issue 14): committed (also with storage failing half way) or restored, whole or not at all.

const folder = join(import.meta.dirname, '../fixtures/fuzz')
const files = readdirSync(folder).filter((name) => name !== 'README.md' && !name.endsWith('.choices.json'))

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('fuzz fixtures through the stores', () => {
  it.each(files)('%s', async (name) => {
    const bytes = new Uint8Array(readFileSync(join(folder, name)))
    if (extname(name) === '.json') {
      const text = new TextDecoder().decode(bytes)
      await checkRestoreThroughStore(() => text, null)
      await checkRestoreThroughStore(() => text, 1)
      return
    }
    const choices = fixtureChoices(folder, name)
    for (const mode of ['merge', 'replace'] as const) {
      await checkImportThroughStore(bytes, { kind: 'commit', mode, skip: true, choices })
      await checkImportThroughStore(bytes, { kind: 'failingCommit', mode, skip: true, after: 1, choices })
    }
  })
})
