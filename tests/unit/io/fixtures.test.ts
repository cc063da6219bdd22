import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import framework from '../../../src/assets/community-skills-framework.json'
import { resolveImport } from '../../../src/domain/import/resolveImport'
import { parseFramework } from '../../../src/domain/framework'
import { buildSeedWorkspace } from '../../../src/domain/seed'
import { draftIsCommittable } from '../../../src/io/import/draftStatus'
import { fixtureBytes, fixturePath, draftOf, resolutionSummary, summarise } from './helpers'

function demoWorkspace() {
  let id = 0
  return buildSeedWorkspace(parseFramework(framework), {
    name: 'Demo',
    now: 0,
    newId: () => `id-${++id}`,
    withDemoTeam: true,
  })
}

const expected = (file: string) => JSON.parse(readFileSync(fixturePath('csv', `${file}.expected.json`), 'utf8'))

// Each file is one quirk of the spreadsheets people really have; its .expected.json says what it must give.
describe.each([
  ['ru-1251-semicolon.csv', 'Windows-1251, semicolons, Russian headers and level words'],
  ['excel-unicode-text.txt', 'Excel "Unicode text": UTF-16 LE with BOM, tab-separated'],
  [
    'google-sheets-categories.csv',
    'Google Sheets: category row over merged cells, quoted commas, a new skill in a new category',
  ],
  ['long-bom-messy.csv', 'long format with BOM, odd spacing and case, a duplicate pair'],
  ['latin-1252.csv', 'Windows-1252 Western text'],
  ['html-formula-names.csv', 'names that are HTML or formulas'],
  ['bad-values.csv', 'bad values, a nameless row and a duplicate person'],
  ['malformed-quotes.csv', 'broken quoting'],
])('fixture %s (%s)', (file) => {
  it('is read, mapped and checked as expected', () => {
    expect(summarise(draftOf(fixtureBytes('csv', file)))).toEqual(expected(file).draft)
  })

  it('would match skills and people of the demo workspace as expected', () => {
    expect(resolutionSummary(resolveImport(demoWorkspace(), draftOf(fixtureBytes('csv', file)), 'merge'))).toEqual(
      expected(file).mergeIntoDemo,
    )
  })
})

describe('what the fixtures prove', () => {
  it('holds real Windows-1251 bytes, not UTF-8', () => {
    const bytes = fixtureBytes('csv', 'ru-1251-semicolon.csv')
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    // "ФИО" in Windows-1251.
    expect([...bytes.subarray(0, 3)]).toEqual([0xd4, 0xc8, 0xce])
  })

  it('never matches "Grant writing" to "Writing"', () => {
    const draft = draftOf(fixtureBytes('csv', 'google-sheets-categories.csv'))
    const resolution = resolveImport(demoWorkspace(), draft, 'merge')
    const grant = resolution.skills.find((s) => s.name === 'Grant writing')
    expect(grant?.existing).toBeNull()
    expect(grant).toMatchObject({ categoryName: 'Fundraising', categoryIsNew: true })
    expect(resolution.skills.find((s) => s.name === 'Writing')?.existing?.name).toBe('Writing')
  })

  it('refuses the bad file, naming every problem with its row, column and value', () => {
    const draft = draftOf(fixtureBytes('csv', 'bad-values.csv'))
    expect(draftIsCommittable(draft)).toBe(false)
    const errors = draft.problems.filter((p) => p.severity === 'error')
    expect(errors.length).toBeGreaterThanOrEqual(3)
    for (const problem of errors) {
      expect(problem.row).toBeGreaterThan(1)
      expect(problem.column).not.toBe('')
      expect(problem.columnLetter).toMatch(/^[A-Z]+$/)
    }
    expect(draft.people).toEqual([])
  })

  it('can import the bad file by skipping exactly its problem rows, which leaves nobody', () => {
    const draft = draftOf(fixtureBytes('csv', 'bad-values.csv'), { skipProblemRows: true })
    expect(draft.skippedRows).toEqual([2, 3, 4, 5, 6])
    // Every row has a problem: nothing to import, so still nothing to commit.
    expect(draftIsCommittable(draft)).toBe(false)
  })
})
