import { readdirSync, readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { demoWorkspace } from '../../../fixtures/importFuzz'
import { checkBackupText } from './backupChecks'
import { checkImportBytes } from './importChecks'

// Every case the fuzzer ever failed on, run with the same checks as the properties (issue 14).

const folder = join(import.meta.dirname, '../../../fixtures/fuzz')
const files = readdirSync(folder).filter((name) => name !== 'README.md')
const readme = readFileSync(join(folder, 'README.md'), 'utf8')
const data = demoWorkspace()

describe('fuzz fixtures', () => {
  it('are all listed in the README with what they caught', () => {
    expect(files.length).toBeGreaterThan(0)
    for (const name of files) expect(readme, name).toContain(`\`${name}\` — `)
  })

  it.each(files)('%s goes through its door with every check of the fuzz properties', (name) => {
    const bytes = new Uint8Array(readFileSync(join(folder, name)))
    if (extname(name) === '.json') checkBackupText(new TextDecoder().decode(bytes))
    else {
      checkImportBytes(bytes, { read: {}, draft: {} }, data)
      checkImportBytes(bytes, { read: {}, draft: { skipProblemRows: true } }, data)
    }
  })
})
