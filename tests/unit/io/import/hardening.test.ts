import { describe, expect, it } from 'vitest'
import { addPerson, updatePerson } from '../../../../src/domain/edits'
import { draftIsCommittable } from '../../../../src/io/import/draftStatus'
import { MAX_PROBLEM_VALUE } from '../../../../src/io/import/problems'
import { createAppI18n } from '../../../fixtures/i18n'
import { matrix } from '../../../fixtures/builders'
import { draftOf, NO_WORDS } from '../helpers'

// Issue 14: the holes a probe with hostile and broken files found, each as it was reproduced.

describe('mixed delimiters (defect 1)', () => {
  const text =
    'Name;Email;Team;Consulting\r\nAnn Lee;ann@example.org;T;2\r\nMix One,m1@example.org,T,3\r\nTab Two\tt2@example.org\tT\t1\r\n'

  it('a row whose field count differs from the header is a problem naming the row and the delimiter that would split it right', () => {
    const draft = draftOf(text)
    expect(draft.delimiter).toBe(';')
    const rows = draft.problems.filter((p) => p.code === 'fieldCountDelimiter')
    expect(rows.map((p) => [p.row, p.fields])).toEqual([
      [3, { found: 1, expected: 4, delimiter: ',' }],
      [4, { found: 1, expected: 4, delimiter: '\t' }],
    ])
    expect(draft.people.map((p) => p.name)).toEqual(['Ann Lee'])
    expect(draft.problemRows).toEqual([3, 4])
    expect(draftIsCommittable(draft)).toBe(false)
    expect(draftIsCommittable(draftOf(text, { skipProblemRows: true }))).toBe(true)
  })

  it('a row with too many fields and no delimiter to blame is a plain field-count problem; a trailing delimiter is not', () => {
    const draft = draftOf('Name,Email,Consulting\nAnn,a@x.org,2,3\nBo,b@x.org,1,\n')
    expect(draft.problems.map((p) => [p.code, p.row, p.fields])).toEqual([['fieldCount', 2, { found: 4, expected: 3 }]])
    expect(draft.people.map((p) => p.name)).toEqual(['Bo'])
  })

  it.each(['en', 'ru'] as const)('says so in %s', (locale) => {
    const { t } = createAppI18n(locale).global
    expect(
      t('importExport.problem.fieldCountDelimiter', { row: 3, found: 1, expected: 4, delimiter: ',', value: 'x' }),
    ).toMatch(/3.*1.*4/)
  })
})

describe('a column headed with a skill of the workspace (defect 2)', () => {
  it('is a skill column even when its values are not levels: each bad cell is a problem', () => {
    const text = 'Name,Email,Vendor management,Consulting\nAnn,a@x.org,IV,2\nBo,b@x.org,III,3\n'
    const context = { ...NO_WORDS, skillNames: ['Vendor management', 'Consulting'] }
    const draft = draftOf(text, {}, {}, context)
    expect(draft.columns.map((c) => c.role)).toEqual(['name', 'email', 'skill', 'skill'])
    expect(
      draft.problems.filter((p) => p.code === 'unknownLevel').map((p) => [p.row, p.columnLetter, p.value]),
    ).toEqual([
      [2, 'C', 'IV'],
      [3, 'C', 'III'],
    ])
    expect(draft.problems.some((p) => p.code === 'textColumnIgnored')).toBe(false)
    expect(draftIsCommittable(draft)).toBe(false)
    // Matched case and spaces aside, and by an alias or Russian name.
    expect(
      draftOf('Name,vendor  MANAGEMENT\nAnn,IV\n', {}, {}, { ...NO_WORDS, skillNames: ['Vendor management'] })
        .columns[1]!.role,
    ).toBe('skill')
  })

  it('a text column under an unknown header is still ignored with a warning', () => {
    const draft = draftOf(
      'Name,Notes,Consulting\nAnn,likes tea,2\nBo,met at a fair,3\n',
      {},
      {},
      { ...NO_WORDS, skillNames: ['Consulting'] },
    )
    expect(draft.columns[1]!.role).toBe('ignore')
  })
})

describe('problem lists (defect 6)', () => {
  it('cuts a 100,000-character value to about 80 characters with an ellipsis', () => {
    const huge = 'x'.repeat(100_000)
    const draft = draftOf(`Name,Consulting\nAnn,2\nBo,3\nCy,1\nDi,2\nEd,${huge}\n`)
    const [bad] = draft.problems.filter((p) => p.code === 'unknownLevel')
    expect(bad!.value.length).toBeLessThanOrEqual(MAX_PROBLEM_VALUE + 1)
    expect(bad!.value.endsWith('…')).toBe(true)
  })

  it('never cuts a character in two', () => {
    const draft = draftOf(`Name,Consulting\nAnn,2\nBo,3\nCy,1\nDi,2\nEd,${'😀'.repeat(200)}\n`)
    const value = draft.problems.find((p) => p.code === 'unknownLevel')!.value
    expect(value).toBe(`${'😀'.repeat(MAX_PROBLEM_VALUE)}…`)
  })

  it('lists identical problems once, with a count', () => {
    // Papa reports a broken quote of one record more than once.
    const draft = draftOf('Name,Consulting\nAnn,2\n"Bo,"3"x\nCy,1\n')
    const keys = draft.problems.map((p) => JSON.stringify([p.code, p.row, p.columnLetter, p.value]))
    expect(new Set(keys).size).toBe(keys.length)
    const random = draftOf(new Uint8Array(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256)))
    const randomKeys = random.problems.map((p) =>
      JSON.stringify([p.code, p.row, p.columnLetter, p.value, p.fields ?? null]),
    )
    expect(new Set(randomKeys).size).toBe(randomKeys.length)
  })

  it.each(['en', 'ru'] as const)('shows the count in %s', (locale) => {
    expect(createAppI18n(locale).global.t('importExport.problems.repeated', { text: 'Row 2: broken', count: 3 })).toBe(
      'Row 2: broken (×3)',
    )
  })
})

describe('control characters (defect 7)', () => {
  it('are stripped from imported names, emails, teams and skill names, with a warning naming each cell', () => {
    const draft = draftOf('Name,Email,Team,Consult\u0000ing\nAnn\u0000 Lee,ann@x.org\u0007,Te\u001fam,2\n')
    expect(draft.people).toMatchObject([{ name: 'Ann Lee', email: 'ann@x.org', team: 'Team' }])
    expect(draft.skills.map((s) => s.name)).toEqual(['Consulting'])
    const warnings = draft.problems.filter((p) => p.code === 'controlCharacters')
    expect(warnings.map((p) => [p.severity, p.row, p.columnLetter, p.value])).toEqual([
      ['warning', 1, 'D', 'Consulting'],
      ['warning', 2, 'A', 'Ann Lee'],
      ['warning', 2, 'B', 'ann@x.org'],
      ['warning', 2, 'C', 'Team'],
    ])
    expect(draftIsCommittable(draft)).toBe(true)
  })

  it('are stripped when a name is entered', () => {
    const data = matrix([[1]])
    const added = addPerson(
      data,
      { name: 'Bo\u0000b', email: 'b\u0000@x.org', team: 'T\u0001', title: 'L\u007fead' },
      'p-new',
    )
    expect(added.forward.people!.put![0]).toMatchObject({ name: 'Bob', email: 'b@x.org', team: 'T', title: 'Lead' })
    // Each field that lost one is named in a warning (the edit is still made).
    expect(added.warnings?.map((w) => [w.code, w.params.value])).toEqual([
      ['edit.controlCharacters.personName', 'Bob'],
      ['edit.controlCharacters.email', 'b@x.org'],
      ['edit.controlCharacters.team', 'T'],
      ['edit.controlCharacters.title', 'Lead'],
    ])
    const renamed = updatePerson(data, data.people[0]!.id, { name: '\u0000Ann\u0000' })!
    expect(renamed.forward.people!.put![0]!.name).toBe('Ann')
    expect(renamed.warnings?.map((w) => w.code)).toEqual(['edit.controlCharacters.personName'])
    expect(addPerson(data, { name: 'Clean' }, 'p-clean').warnings).toBeUndefined()
  })
})
