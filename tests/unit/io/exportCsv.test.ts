import { describe, expect, it } from 'vitest'
import { exportFileName, exportLong, exportSkills, exportWide, wideCell } from '../../../src/io/exportCsv'
import { category, matrix, person, ratings, skill, workspace } from '../../fixtures/builders'
import type { WorkspaceData } from '../../../src/domain/types'
import { INTEREST_UNSET, NOT_ASSESSED } from '../../../src/domain/scale'
import { draftOf, markCell } from './helpers'

/** Content (Writing, "SEO, search") then Events (Meetups); people in their order. */
function team(): WorkspaceData {
  const events = category({ name: 'Events', nameRu: 'События', order: 1 })
  const content = category({ name: 'Content', nameRu: 'Контент', order: 0 })
  const writing = skill({
    slot: 2,
    categoryId: content.id,
    name: 'Writing',
    nameRu: 'Написание',
    order: 0,
    target: { level: 3, people: 2 },
  })
  const seo = skill({
    slot: 0,
    categoryId: content.id,
    name: 'SEO, search',
    order: 1,
    critical: true,
    aliases: ['Search'],
  })
  const meetups = skill({ slot: 1, categoryId: events.id, name: 'Meetups', order: 0, target: { level: 2, people: 1 } })
  const ann = person({ name: 'Ann "A" Lee', email: 'ann@x.org', team: 'Core', title: 'Lead', order: 1 })
  const formula = person({ name: '=HYPERLINK("http://x","y")', email: '', team: '+team', title: '@boss', order: 0 })
  const nobody = person({ name: 'Нет оценок', order: 2 })
  return {
    workspace: workspace({ name: 'My team: 2024/Q1', nextSlot: 3 }),
    categories: [events, content],
    skills: [meetups, writing, seo],
    people: [ann, formula, nobody],
    roles: [],
    resources: [],
    ratings: new Map([
      [ann.id, ratings(ann.id, [3, null, 4], [2, 0, null])],
      [formula.id, ratings(formula.id, [0, 1, null])],
    ]),
  }
}

const lines = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .slice(0, -1)

describe('exportLong', () => {
  it('starts with a BOM and the exact header, then one row per rating in matrix order', () => {
    const text = exportLong(team())
    expect(text.startsWith('\uFEFFperson,email,team,category,skill,level,interest\r\n')).toBe(true)
    expect(lines(text)).toEqual([
      'person,email,team,category,skill,level,interest',
      `"'=HYPERLINK(""http://x"",""y"")",,'+team,Content,"SEO, search",0,`,
      `"'=HYPERLINK(""http://x"",""y"")",,'+team,Events,Meetups,1,`,
      // Ann: Writing 4; SEO 3 wanting to grow; Meetups not assessed but not interested.
      '"Ann ""A"" Lee",ann@x.org,Core,Content,Writing,4,',
      '"Ann ""A"" Lee",ann@x.org,Core,Content,"SEO, search",3,wants to grow',
      '"Ann ""A"" Lee",ann@x.org,Core,Events,Meetups,,not interested',
      // Someone without a rating still gets a row, so a replace import keeps them.
      'Нет оценок,,,,,,',
    ])
  })
})

describe('delimiter', () => {
  it.each([
    ['wide', exportWide],
    ['long', exportLong],
    ['skills', exportSkills],
  ] as const)('%s with ; splits on ; and quotes cells holding it', (_kind, write) => {
    const data = team()
    data.skills[0]!.name = 'Meetups; talks'
    const text = write(data, { delimiter: ';' })
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(text).not.toMatch(/^\uFEFF?sep=/)
    expect(text).toContain('"Meetups; talks"')
    // Commas are text in a ;-file: "SEO, search" needs no quotes there.
    expect(text).toContain(';SEO, search;')
  })
})

describe('exportWide', () => {
  it('writes a category row, the header and a row per person, not-assessed cells blank, with a BOM', () => {
    const text = exportWide(team())
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(lines(text)).toEqual([
      ',,,,Content,Content,Events',
      'Name,Email,Team,Title,Writing,"SEO, search",Meetups',
      `"'=HYPERLINK(""http://x"",""y"")",,'+team,'@boss,,0,1`,
      '"Ann ""A"" Lee",ann@x.org,Core,Lead,4,3 (wants to grow),(not interested)',
      'Нет оценок,,,,,,',
    ])
  })

  it.each([
    [3, INTEREST_UNSET, '3'],
    [3, 2, '3 (wants to grow)'],
    [0, 1, '0 (open to it)'],
    [4, 0, '4 (not interested)'],
    [NOT_ASSESSED, 2, '(wants to grow)'],
    [NOT_ASSESSED, INTEREST_UNSET, ''],
  ])('writes level %i with interest %i as %j', (level, interest, cell) => {
    expect(wideCell(level, interest)).toBe(cell)
  })
})

describe('exportSkills', () => {
  it('lists skills with category, both names, target, critical flag and aliases', () => {
    expect(lines(exportSkills(team()))).toEqual([
      'category,category_ru,skill,skill_ru,target_level,target_people,critical,aliases',
      'Content,Контент,Writing,Написание,3,2,no,',
      'Content,Контент,"SEO, search",,3,2,yes,Search',
      'Events,События,Meetups,,2,1,no,',
    ])
  })
})

describe('exportFileName', () => {
  it.each([
    ['Demo community team', 'wide', 'skillgrid-Demo-community-team-wide.csv'],
    ['My team: 2024/Q1', 'long', 'skillgrid-My-team-2024Q1-long.csv'],
    ['Команда', 'skills', 'skillgrid-Команда-skills.csv'],
    ['  ', 'long', 'skillgrid-workspace-long.csv'],
  ])('names the file for %j', (name, kind, file) => {
    expect(exportFileName(name, kind, 'csv')).toBe(file)
  })
})

it('exports an empty matrix as just its headers', () => {
  const data = matrix([])
  expect(lines(exportLong(data))).toEqual(['person,email,team,category,skill,level,interest'])
})

describe('interest words', () => {
  it.each([
    ['3 (wants to grow)', '3+'],
    ['0 (open to it)', '0~'],
    ['4 (not interested)', '4-'],
    ['(wants to grow)', '?+'],
    ['2 (хочет развиваться)', '2+'],
    ['1 (готов попробовать)', '1~'],
    ['(не интересно)', '?-'],
    ['3+', '3+'],
    ['?~', '?~'],
  ])('a wide cell %j is read back as %j', (cell, expected) => {
    const draft = draftOf(`Name;Writing\r\nAnn;${cell}\r\n`)
    expect(draft.problems).toEqual([])
    expect(markCell(draft.levels[0] ?? NOT_ASSESSED, draft.interest[0] ?? INTEREST_UNSET)).toBe(expected)
  })

  it('refuses a bracket that is no interest word', () => {
    expect(
      draftOf('Name,Writing\r\nAnn,3 (maybe later)\r\nBo,2\r\nCy,1 (open to it)\r\n').problems.map((p) => [
        p.code,
        p.row,
      ]),
    ).toEqual([['unknownLevel', 2]])
  })

  it.each([
    ['en', 'wants to grow', 2],
    ['ru', 'хочет развиваться', 2],
    ['ru', 'готов попробовать', 1],
    ['en', 'not interested', 0],
  ])('the long interest column in %s (%j) is read back', (_locale, word, interest) => {
    const draft = draftOf(`person;skill;level;interest\r\nAnn;Writing;3;${word}\r\n`)
    expect(draft.problems).toEqual([])
    expect(draft.interest[0]).toBe(interest)
  })

  it('wide and long exports import back with their interest', () => {
    for (const write of [exportWide, exportLong]) {
      const draft = draftOf(write(team(), { delimiter: ';' }))
      const ann = draft.people.findIndex((p) => p.name === 'Ann "A" Lee')
      const seo = draft.skills.findIndex((s) => s.name === 'SEO, search')
      const meetups = draft.skills.findIndex((s) => s.name === 'Meetups')
      const width = draft.skills.length
      expect(draft.delimiter).toBe(';')
      expect(markCell(draft.levels[ann * width + seo] ?? 0, draft.interest[ann * width + seo] ?? 0)).toBe('3+')
      expect(markCell(draft.levels[ann * width + meetups] ?? 0, draft.interest[ann * width + meetups] ?? 0)).toBe('?-')
    }
  })
})
