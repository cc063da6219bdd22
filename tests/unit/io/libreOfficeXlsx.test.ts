import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WorkspaceData } from '../../../src/domain/types'
import { matrixWorkbook } from '../../../src/io/exportXlsx'
import { category, person, ratings, skill, workspace } from '../../fixtures/builders'

// The exported workbook opened by LibreOffice Calc and saved as flat OpenDocument XML: what a
// spreadsheet application reads from it (values, merges, formulas), not what exceljs thinks it wrote.

const HYPERLINK = '=HYPERLINK("https://evil.example","click")'

function team(): WorkspaceData {
  const content = category({ name: 'Content', nameRu: 'Контент', order: 0 })
  const ops = category({ name: 'Ops', nameRu: 'Операции', order: 1 })
  const moderation = skill({
    slot: 0,
    categoryId: content.id,
    name: 'Moderation',
    order: 0,
    target: { level: 3, people: 2 },
  })
  const writing = skill({ slot: 1, categoryId: content.id, name: '+Writing', order: 1 })
  const oncall = skill({ slot: 2, categoryId: ops.id, name: 'On-call', order: 0 })
  const olga = person({ name: 'Ольга Ёлкина', email: 'olga@x.ru', team: 'Поддержка', title: 'Ведущая', order: 0 })
  const evil = person({ name: HYPERLINK, email: '', team: '@team', title: '-1', order: 1 })
  return {
    workspace: workspace({ name: 'Team', nextSlot: 3 }),
    categories: [content, ops],
    skills: [moderation, writing, oncall],
    people: [olga, evil],
    roles: [],
    resources: [],
    ratings: new Map([
      [olga.id, ratings(olga.id, [3, 1, 4], [null, 2, null])],
      [evil.id, ratings(evil.id, [0, null, null])],
    ]),
  }
}

const PLAN = {
  note: 'The data changed since this plan was made.',
  header: ['Action', 'Who', 'Skill', 'From', 'To', 'Cost', 'Reason'],
  rows: [
    ['Train', 'Ольга Ёлкина', 'On-call', '1 · Aware', '3 · Proficient', 4, '=closes a gap'],
    ['Total', '', '', '', '', 4, 'optimal'],
  ],
}

let dir = ''
let xml = ''

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'skillgrid-xlsx-'))
  writeFileSync(join(dir, 'matrix.xlsx'), await matrixWorkbook(team(), { locale: 'en', plan: PLAN }))
  await promisify(execFile)(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${dir}/profile`,
      '--convert-to',
      'fods',
      '--outdir',
      dir,
      join(dir, 'matrix.xlsx'),
    ],
    { timeout: 120_000 },
  )
  xml = readFileSync(join(dir, 'matrix.fods'), 'utf8')
}, 150_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const sheet = (name: string) => {
  const start = xml.indexOf(`<table:table table:name="${name}"`)
  return start < 0 ? '' : xml.slice(start, xml.indexOf('</table:table>', start))
}
const texts = (part: string) =>
  [...part.matchAll(/<text:p>([^<]*)<\/text:p>/g)].map(
    (match) => match[1]?.replace(/&quot;/g, '"').replace(/&amp;/g, '&') ?? '',
  )

/** Cell styles by name → their background colour. */
const backgrounds = () =>
  new Map(
    [...xml.matchAll(/<style:style style:name="(ce\d+)"[\s\S]*?<\/style:style>/g)].map(
      (match) => [match[1] ?? '', /fo:background-color="([^"]+)"/.exec(match[0])?.[1] ?? ''] as const,
    ),
  )
/** Number cells in sheet order: value and background colour. */
const numberCells = (part: string) => {
  const colours = backgrounds()
  return [
    ...part.matchAll(/<table:table-cell table:style-name="(ce\d+)" office:value-type="float" office:value="([^"]+)"/g),
  ].map((match) => [Number(match[2]), colours.get(match[1] ?? '')])
}

describe('the matrix workbook, read back by LibreOffice Calc', () => {
  it('has the sheets Matrix, Interest, Coverage and Plan, and no formula anywhere: user text stayed text', () => {
    expect(sheet('Matrix')).not.toBe('')
    expect(sheet('Coverage')).not.toBe('')
    expect([...xml.matchAll(/<table:table table:name="([^"]+)"/g)].map((match) => match[1])).toEqual([
      'Matrix',
      'Interest',
      'Coverage',
      'Plan',
    ])
    expect(xml).not.toContain('table:formula=')
    expect(texts(sheet('Matrix'))).toEqual(
      expect.arrayContaining([HYPERLINK, '@team', '-1', '+Writing', 'Ольга Ёлкина']),
    )
  })

  it('merges each category over its skills and writes every level as a number, coloured like the heat map', () => {
    const matrix = sheet('Matrix')
    expect(matrix).toMatch(
      /<table:table-cell[^>]*table:number-columns-spanned="2"[^>]*>\s*<text:p>Content<\/text:p>\s*<\/table:table-cell>\s*<table:covered-table-cell/,
    )
    expect(texts(matrix).slice(0, 9)).toEqual([
      'Content',
      'Ops',
      'Name',
      'Email',
      'Team',
      'Title',
      'Moderation',
      '+Writing',
      'On-call',
    ])
    // Olga 3, 1 (she wants to grow: that is on the Interest sheet), 4; the other person 0. No level as text.
    expect(numberCells(matrix)).toEqual([
      [3, '#8fd19e'],
      [1, '#fbe3c6'],
      [4, '#2e8b57'],
      [0, '#eceff3'],
    ])
    expect(matrix).not.toContain('wants to grow')
  })

  it('puts each interest on the Interest sheet, a word in the cell of the same person and skill', () => {
    const interest = texts(sheet('Interest'))
    expect(interest.slice(0, 9)).toEqual(texts(sheet('Matrix')).slice(0, 9))
    const olga = interest.indexOf('Ведущая')
    expect(interest.slice(olga + 1, olga + 3)).toEqual(['wants to grow', HYPERLINK])
    expect(sheet('Interest')).toMatch(
      /<text:p>Ведущая<\/text:p>\s*<\/table:table-cell>\s*<table:table-cell\/>\s*<table:table-cell[^>]*>\s*<text:p>wants to grow/,
    )
  })

  it('puts the plan on its own sheet under its note, costs as numbers and text never a formula', () => {
    const plan = sheet('Plan')
    expect(texts(plan)).toEqual([
      PLAN.note,
      ...PLAN.header,
      ...['Train', 'Ольга Ёлкина', 'On-call', '1 · Aware', '3 · Proficient', '4', '=closes a gap'],
      'Total',
      '4',
      'optimal',
    ])
    expect(plan.match(/office:value-type="float" office:value="4"/g)).toHaveLength(2)
  })

  it('lists each skill on the Coverage sheet with its status, holders and target', () => {
    expect(texts(sheet('Coverage'))).toEqual(expect.arrayContaining(['Moderation', 'uncovered', 'On-call']))
  })
})
