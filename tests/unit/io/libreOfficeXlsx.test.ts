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

let dir = ''
let xml = ''

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'skillgrid-xlsx-'))
  writeFileSync(join(dir, 'matrix.xlsx'), await matrixWorkbook(team(), { locale: 'en' }))
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

describe('the matrix workbook, read back by LibreOffice Calc', () => {
  it('has the sheets Matrix and Coverage, and no formula anywhere: user text stayed text', () => {
    expect(sheet('Matrix')).not.toBe('')
    expect(sheet('Coverage')).not.toBe('')
    expect(xml).not.toContain('table:formula=')
    expect(texts(sheet('Matrix'))).toEqual(
      expect.arrayContaining([HYPERLINK, '@team', '-1', '+Writing', 'Ольга Ёлкина']),
    )
  })

  it('merges each category over its skills and writes levels as numbers', () => {
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
    // Olga: 3, "1 (wants to grow)" (an interest makes it the wide CSV's text), 4.
    expect(matrix).toMatch(
      /office:value-type="float" office:value="3"[\s\S]*<text:p>1 \(wants to grow\)<\/text:p>[\s\S]*office:value-type="float" office:value="4"/,
    )
  })

  it('lists each skill on the Coverage sheet with its status, holders and target', () => {
    expect(texts(sheet('Coverage'))).toEqual(expect.arrayContaining(['Moderation', 'uncovered', 'On-call']))
  })
})
