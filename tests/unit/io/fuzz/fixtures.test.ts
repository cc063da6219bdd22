import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { demoWorkspace, type WizardChoices } from '../../../fixtures/importFuzz'
import { checkBackupText } from './backupChecks'
import { checkImportBytes } from './importChecks'

// Every case the fuzzer ever failed on, run with the same checks as the properties (issue 14).

const folder = join(import.meta.dirname, '../../../fixtures/fuzz')
const CHOICES = '.choices.json'
/** The fixtures; `<file>.choices.json` beside one holds how the user read it (format, delimiter…). */
const files = readdirSync(folder).filter((name) => name !== 'README.md' && !name.endsWith(CHOICES))
const choicesOf = (name: string): WizardChoices =>
  existsSync(join(folder, name + CHOICES))
    ? (JSON.parse(readFileSync(join(folder, name + CHOICES), 'utf8')) as WizardChoices)
    : { read: {}, draft: {} }
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
      const choices = choicesOf(name)
      checkImportBytes(bytes, choices, data)
      checkImportBytes(bytes, { ...choices, draft: { ...choices.draft, skipProblemRows: true } }, data)
    }
  })
})
