import { describe, expect, it } from 'vitest'
import { applyDelta } from '../../../src/domain/changes'
import { importRatingChanges } from '../../../src/domain/import/importRatingChanges'
import { buildImportChange } from '../../../src/domain/import/buildImportChange'
import { NOT_ASSESSED } from '../../../src/domain/scale'
import { selfAssessmentCsv, selfFormRows, type SelfFormLabels } from '../../../src/io/selfAssessment'
import { demoWorkspace } from '../../fixtures/demo'
import { draftOf } from './helpers'

const EN: SelfFormLabels = {
  title: 'Skillgrid self-assessment',
  instructions: 'Fill in “Your level” (0–4) and “Your interest” (0–2). Leave blank what you cannot judge.',
  scaleTitle: 'Levels',
  interestTitle: 'Interest',
  columns: {
    name: 'Name',
    email: 'Email',
    category: 'Category',
    skill: 'Skill',
    currentLevel: 'Current level',
    currentInterest: 'Current interest',
    yourLevel: 'Your level',
    yourInterest: 'Your interest',
  },
}
const RU: SelfFormLabels = {
  title: 'Skillgrid: самооценка',
  instructions: 'Заполните «Ваш уровень» (0–4) и «Ваш интерес» (0–2).',
  scaleTitle: 'Уровни',
  interestTitle: 'Интерес',
  columns: {
    name: 'Имя',
    email: 'Почта',
    category: 'Категория',
    skill: 'Навык',
    currentLevel: 'Текущий уровень',
    currentInterest: 'Текущий интерес',
    yourLevel: 'Ваш уровень',
    yourInterest: 'Ваш интерес',
  },
}

/** The form as a person gives it back: `fill` sets "Your level" (column G) of some skills; Excel-RU style `;` and a BOM. */
function filledIn(csv: string, fill: Record<string, string>, delimiter = ','): string {
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n')
  const out = lines.map((line) => {
    const cells = line.split(',')
    const skill = cells[3]
    if (skill && fill[skill] !== undefined) cells[6] = fill[skill]
    return cells.join(delimiter)
  })
  return '\uFEFF' + out.join('\r\n')
}

describe('selfAssessmentCsv', () => {
  it('lists each skill with its category, the scale with hints, the current level and interest, and blank columns to fill', () => {
    const data = demoWorkspace()
    const person = data.people[0]!
    const csv = selfAssessmentCsv(data, [person.id], EN, 'en', '2025-05-01')
    expect(csv.startsWith('\uFEFFSkillgrid self-assessment,')).toBe(true)
    const lines = csv.slice(1).split('\r\n')
    expect(lines.every((line) => line === '' || line.split(',').length >= 8 || line.includes('"'))).toBe(true)
    const header = lines.findIndex((line) =>
      line.startsWith('Name,Email,Category,Skill,Current level,Current interest,Your level,Your interest'),
    )
    expect(header).toBeGreaterThan(5)
    expect(lines.slice(0, header).join('\n')).toContain(`4,${data.workspace.scale[4]!.label.en},`)
    const rows = lines.slice(header + 1).filter(Boolean)
    expect(rows).toHaveLength(data.skills.length)
    expect(rows.every((row) => row.endsWith(',,'))).toBe(true)
    const formRows = selfFormRows(data, [person.id], 'en')
    expect(formRows[0]).toMatchObject({ name: person.name, category: expect.any(String), skill: expect.any(String) })
  })

  it('makes one block per person for everyone', () => {
    const data = demoWorkspace()
    expect(selfFormRows(data, null, 'en')).toHaveLength(data.people.length * data.skills.length)
  })
})

describe('a filled-in form read back', () => {
  it('is recognised as a self-assessment, with semicolons and a BOM, and gives exactly the changed levels as self levels', () => {
    const data = demoWorkspace()
    const person = data.people.find((p) => p.email)!
    const skills = selfFormRows(data, [person.id], 'en').slice(0, 3)
    const csv = filledIn(
      selfAssessmentCsv(data, [person.id], EN, 'en', '2025-05-01'),
      { [skills[0]!.skill]: '4', [skills[1]!.skill]: 'expert', [skills[2]!.skill]: '0' },
      ';',
    )
    const draft = draftOf(csv)
    expect(draft.format).toBe('self')
    expect(draft.delimiter).toBe(';')
    expect(draft.problems.filter((p) => p.severity === 'error')).toEqual([])
    const groups = importRatingChanges(data, draft, 'merge')
    expect(groups).toHaveLength(1)
    expect(groups[0]!.changes.map((c) => [c.skillName, c.from, c.to])).toEqual([
      [skills[0]!.skill, NOT_ASSESSED, 4],
      [skills[1]!.skill, NOT_ASSESSED, 4],
      [skills[2]!.skill, NOT_ASSESSED, 0],
    ])
    const after = applyDelta(
      data,
      buildImportChange(data, draft, 'merge', { newId: () => 'x', now: 5, subject: 'form.csv' }).forward,
      5,
    )
    expect([...after.ratings.get(person.id)!.levels]).toEqual([...data.ratings.get(person.id)!.levels])
  })

  it('reads a Russian form back into the same skills', () => {
    const data = demoWorkspace()
    const person = data.people[1]!
    const first = selfFormRows(data, [person.id], 'ru')[0]!
    const draft = draftOf(
      filledIn(selfAssessmentCsv(data, [person.id], RU, 'ru', '2025-05-01'), { [first.skill]: '2' }),
    )
    expect(draft.format).toBe('self')
    const groups = importRatingChanges(data, draft, 'merge')
    expect(groups.flatMap((g) => g.changes.map((c) => c.to))).toEqual([2])
    expect(draft.skills.every((s) => data.skills.some((k) => k.nameRu === s.name || k.name === s.name))).toBe(true)
  })

  it.each([
    ['en', EN],
    ['ru', RU],
  ] as const)('reads a %s form without the current level back, with its interest words', (locale, labels) => {
    const data = demoWorkspace()
    const person = data.people.find((p) => p.email)!
    const first = selfFormRows(data, [person.id], locale)[0]!
    const csv = selfAssessmentCsv(data, [person.id], labels, locale, '2025-05-01', {
      delimiter: ';',
      hideCurrentLevel: true,
    })
    expect(csv).not.toContain(labels.columns.currentLevel)
    // Your level is the 6th column when the current level is left out.
    const filled = csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .map((line) => {
        const cells = line.split(';')
        if (cells[3] === first.skill) cells[5] = '3'
        return cells.join(';')
      })
    const draft = draftOf(`\uFEFF${filled.join('\r\n')}`)
    expect(draft.format).toBe('self')
    expect(draft.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(importRatingChanges(data, draft, 'merge').flatMap((g) => g.changes.map((c) => c.to))).toEqual([3])
  })

  it('can be read as a plain long file instead, when the user says so', () => {
    const data = demoWorkspace()
    const draft = draftOf(selfAssessmentCsv(data, [data.people[0]!.id], EN, 'en', 'x'), { format: 'long' })
    expect(draft.format).toBe('long')
  })
})
