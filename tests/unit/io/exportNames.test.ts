import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyDelta } from '../../../src/domain/changes'
import { buildImportChange } from '../../../src/domain/import/buildImportChange'
import { byOrder } from '../../../src/domain/order'
import { INTEREST_UNSET, NOT_ASSESSED } from '../../../src/domain/scale'
import type { WorkspaceData } from '../../../src/domain/types'
import { EXPORT_WORDS, exportLong, exportSkills, exportWide, type ExportNames } from '../../../src/io/exportCsv'
import { longRoleOf, personRoleOf } from '../../../src/io/headers'
import { draftIsCommittable } from '../../../src/io/import/draftStatus'
import { category, person, ratings, skill, workspace } from '../../fixtures/builders'
import { draftOf } from './helpers'

type Cell = [level: number, interest: number, self: number]
const NONE: Cell = [NOT_ASSESSED, INTEREST_UNSET, NOT_ASSESSED]

/** Content (Writing / Написание текстов, Moderation / Модерация) and Events (Meetups, no Russian name); three people. */
function team(cells: Cell[][]): WorkspaceData {
  const content = category({ name: 'Content', nameRu: 'Контент', order: 0 })
  const events = category({ name: 'Events', nameRu: '', order: 1 })
  const skills = [
    skill({ slot: 2, categoryId: content.id, name: 'Writing', nameRu: 'Написание текстов', order: 0 }),
    skill({ slot: 0, categoryId: content.id, name: 'Moderation', nameRu: 'Модерация', order: 1 }),
    skill({ slot: 1, categoryId: events.id, name: 'Meetups', order: 0 }),
  ]
  const people = [
    person({ name: 'Анна Ли', email: 'anna@x.org', team: 'Ядро', order: 0 }),
    person({ name: 'Bob; "B"', email: '', team: 'Ops', order: 1 }),
    person({ name: 'Сид', email: 'sid@x.org', order: 2 }),
  ]
  const records = people.map((p, i) => {
    const row = cells[i] ?? []
    const levels: (number | null)[] = [null, null, null]
    const interest: (number | null)[] = [null, null, null]
    const self: (number | null)[] = [null, null, null]
    skills.forEach((s, k) => {
      const [level, wish, own] = row[k] ?? NONE
      levels[s.slot] = level === NOT_ASSESSED ? null : level
      interest[s.slot] = wish === INTEREST_UNSET ? null : wish
      self[s.slot] = own === NOT_ASSESSED ? null : own
    })
    return [p.id, ratings(p.id, levels, interest, self.some((v) => v !== null) ? self : [])] as const
  })
  return {
    workspace: workspace({ nextSlot: 3 }),
    categories: [content, events],
    skills,
    people,
    roles: [],
    resources: [],
    ratings: new Map(records),
  }
}

const example: Cell[][] = [
  [
    [3, 2, 4],
    [NOT_ASSESSED, 1, 2],
    [1, INTEREST_UNSET, NOT_ASSESSED],
  ],
  [
    [0, 0, NOT_ASSESSED],
    [2, INTEREST_UNSET, 2],
    [NOT_ASSESSED, INTEREST_UNSET, NOT_ASSESSED],
  ],
  [],
]

/** Everyone's cells by stored skill name: [lead level, interest, self level]. */
function readable(data: WorkspaceData) {
  return byOrder(data.people).map((p) => {
    const record = data.ratings.get(p.id)
    const cells = byOrder(data.skills).map((s) => [
      s.name,
      record?.levels[s.slot] ?? NOT_ASSESSED,
      record?.interest[s.slot] ?? INTEREST_UNSET,
      record?.self[s.slot] ?? NOT_ASSESSED,
    ])
    return { name: p.name, email: p.email, team: p.team, cells }
  })
}

/** The same people with every cell wiped: what a replace import has to rebuild. */
const wiped = (data: WorkspaceData): WorkspaceData => ({
  ...data,
  ratings: new Map(data.people.map((p) => [p.id, ratings(p.id, [1, 1, 1], [], [0, 0, 0])])),
})

function reimported(text: string, into: WorkspaceData) {
  const draft = draftOf(new TextEncoder().encode(text))
  expect(draft.problems.filter((p) => p.severity === 'error')).toEqual([])
  expect(draftIsCommittable(draft)).toBe(true)
  const change = buildImportChange(into, draft, 'replace', { newId: () => crypto.randomUUID(), now: 0, subject: 'x' })
  return { draft, after: applyDelta(into, change.forward, 0) }
}

const lines = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .slice(0, -1)

describe('the long export’s self_level column', () => {
  it('follows the documented header, and holds the self level of each cell', () => {
    expect(lines(exportLong(team(example)))).toEqual([
      'person,email,team,category,skill,level,interest,self_level',
      'Анна Ли,anna@x.org,Ядро,Content,Writing,3,wants to grow,4',
      'Анна Ли,anna@x.org,Ядро,Content,Moderation,,open to it,2',
      'Анна Ли,anna@x.org,Ядро,Events,Meetups,1,,',
      '"Bob; ""B""",,Ops,Content,Writing,0,not interested,',
      '"Bob; ""B""",,Ops,Content,Moderation,2,,2',
      'Сид,sid@x.org,,,,,,',
    ])
  })

  it('is left out when nobody has a self level', () => {
    const text = exportLong(team([[[3, 2, NOT_ASSESSED]]]))
    expect(lines(text)[0]).toBe('person,email,team,category,skill,level,interest')
  })

  it('is read back into self levels, beside the lead’s', () => {
    const data = team(example)
    const { draft, after } = reimported(exportLong(data), wiped(data))
    expect(draft.format).toBe('long')
    expect(draft.columns.map((c) => c.role)).toContain('selfLevel')
    expect(readable(after)).toEqual(readable(data))
  })

  it('lists a self level change in the preview of changes', async () => {
    const { importRatingChanges } = await import('../../../src/domain/import/importRatingChanges')
    const data = team(example)
    const draft = draftOf('person,email,skill,level,self_level\nАнна Ли,anna@x.org,Writing,3,1\n')
    const [change] = importRatingChanges(data, draft, 'merge')[0]?.changes ?? []
    expect(change).toMatchObject({ skillName: 'Writing', from: 3, to: 3, selfFrom: 4, selfTo: 1 })
  })

  it('is not taken for a self-assessment form; alone, without the lead’s level, it is one', () => {
    expect(draftOf('person,skill,level,self_level\nAnn,Writing,3,2\n').format).toBe('long')
    expect(draftOf('Name,Skill,Self level\nAnn,Writing,2\n').format).toBe('self')
  })
})

describe('“Names in Russian”', () => {
  it('writes Russian headers, category and skill names and interest words; levels stay numbers', () => {
    expect(lines(exportLong(team(example), { delimiter: ';', names: 'ru' })).slice(0, 3)).toEqual([
      'участник;почта;команда;категория;навык;уровень;интерес;уровень по самооценке',
      'Анна Ли;anna@x.org;Ядро;Контент;Написание текстов;3;хочет развиваться;4',
      'Анна Ли;anna@x.org;Ядро;Контент;Модерация;;готов попробовать;2',
    ])
    expect(lines(exportWide(team(example), { delimiter: ';', names: 'ru' })).slice(0, 3)).toEqual([
      ';;;;Контент;Контент;Events',
      'Имя;Эл. почта;Команда;Должность;Написание текстов;Модерация;Meetups',
      'Анна Ли;anna@x.org;Ядро;;3 (хочет развиваться);(готов попробовать);1',
    ])
    expect(lines(exportSkills(team(example), { delimiter: ';', names: 'ru' }))[0]).toBe(
      'категория;категория по-русски;навык;навык по-русски;целевой уровень;нужно людей;критичный;другие названия',
    )
  })

  it('keeps the English headers and stored names by default', () => {
    expect(lines(exportLong(team(example), { delimiter: ',' }))[0]).toBe(
      'person,email,team,category,skill,level,interest,self_level',
    )
    expect(lines(exportWide(team(example)))[1]).toBe('Name,Email,Team,Title,Writing,Moderation,Meetups')
  })

  it.each(['en', 'ru'] as const)('every %s header word is one the import reads as its column', (names) => {
    const words = EXPORT_WORDS[names]
    expect(words.long.map((word) => longRoleOf(word))).toEqual([
      'name',
      'email',
      'team',
      'category',
      'skill',
      'level',
      'interest',
    ])
    expect(longRoleOf(words.selfLevel)).toBe('selfLevel')
    expect(words.widePerson.map((word) => personRoleOf(word))).toEqual(['name', 'email', 'team', 'title'])
  })

  const level = fc.constantFrom(0, 1, 2, 3, 4, NOT_ASSESSED)
  const cells = fc.array(
    fc.array(fc.tuple(level, fc.constantFrom(0, 1, 2, INTEREST_UNSET), level), { minLength: 3, maxLength: 3 }),
    { minLength: 3, maxLength: 3 },
  )

  it.each([
    ['long', exportLong],
    ['wide', exportWide],
  ] as const)('%s, in either language, imports back to the same matrix', (_kind, write) => {
    fc.assert(
      fc.property(
        cells,
        fc.constantFrom<ExportNames>('en', 'ru'),
        fc.constantFrom<',' | ';'>(',', ';'),
        (rows, names, delimiter) => {
          const data = team(rows as Cell[][])
          const { after } = reimported(write(data, { delimiter, names }), wiped(data))
          // Wide files carry no self levels: those stay as stored.
          const expected = readable(data).map((p, i) =>
            write === exportWide
              ? { ...p, cells: p.cells.map((c, k) => [...c.slice(0, 3), readable(wiped(data))[i]!.cells[k]![3]]) }
              : p,
          )
          expect(readable(after)).toEqual(expected)
          expect(after.skills).toEqual(data.skills)
          expect(after.categories).toEqual(data.categories)
        },
      ),
      { numRuns: 60 },
    )
  })
})
