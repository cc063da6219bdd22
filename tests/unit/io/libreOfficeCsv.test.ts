import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WorkspaceData } from '../../../src/domain/types'
import { exportLong, exportSkills, exportWide } from '../../../src/io/exportCsv'
import { buildPlanCsv } from '../../../src/io/planCsv'
import { selfAssessmentCsv, type SelfFormLabels } from '../../../src/io/selfAssessment'
import { category, person, ratings, skill, workspace } from '../../fixtures/builders'

// Each CSV export, written with `;`, opened by LibreOffice Calc as a Russian Excel user opens it:
// separator `;` (59), quote `"` (34), UTF-8 (76). soffice takes 5–10 s to start, so it runs once for all files.

const FORMULA = '=1+1'

function team(): WorkspaceData {
  const content = category({ name: 'Content', nameRu: 'Контент', order: 0 })
  const moderation = skill({
    slot: 0,
    categoryId: content.id,
    name: 'Модерация; споры',
    nameRu: 'Модерация; споры',
    order: 0,
    target: { level: 3, people: 2 },
  })
  const writing = skill({ slot: 1, categoryId: content.id, name: 'Тексты, посты', nameRu: 'Тексты, посты', order: 1 })
  const olga = person({ name: 'Ольга Ёлкина', email: 'olga@x.ru', team: 'Поддержка', title: 'Ведущая', order: 0 })
  const formula = person({ name: FORMULA, email: '', team: '@команда', title: '-1', order: 1 })
  return {
    workspace: workspace({ name: 'Команда', nextSlot: 2 }),
    categories: [content],
    skills: [moderation, writing],
    people: [olga, formula],
    roles: [],
    resources: [],
    ratings: new Map([
      [olga.id, ratings(olga.id, [3, 1], [2, null])],
      [formula.id, ratings(formula.id, [0, null])],
    ]),
  }
}

const RU: SelfFormLabels = {
  title: 'Skillgrid: самооценка',
  instructions: 'Заполните «Ваш уровень» (0–4) и «Ваш интерес» (0–2); пусто — не знаю.',
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

interface Cell {
  type: string
  text: string
  formula: boolean
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

/** The first sheet of a flat ODF spreadsheet as rows of cells (repeated empty cells expanded, trailing ones dropped). */
function sheetRows(fods: string): Cell[][] {
  const rows: Cell[][] = []
  for (const [, rowXml = ''] of fods.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)) {
    const cells: Cell[] = []
    for (const [, attributes = '', body = ''] of rowXml.matchAll(
      /<table:table-cell((?:\s[^>]*?)?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g,
    )) {
      const repeated = Number(/table:number-columns-repeated="(\d+)"/.exec(attributes)?.[1] ?? '1')
      const text = [...body.matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)]
        .map(([, p = '']) => decode(p.replace(/<[^>]+>/g, '')))
        .join('\n')
      const cell = {
        type: /office:value-type="(\w+)"/.exec(attributes)?.[1] ?? '',
        text,
        formula: attributes.includes('table:formula'),
      }
      for (let i = 0; i < Math.min(repeated, 64); i++) cells.push(cell)
    }
    while (cells.length && cells[cells.length - 1]?.text === '') cells.pop()
    rows.push(cells)
  }
  return rows
}

const data = team()
const files: Record<string, string> = {
  wide: exportWide(data, { delimiter: ';' }),
  long: exportLong(data, { delimiter: ';' }),
  skills: exportSkills(data, { delimiter: ';' }),
  plan: buildPlanCsv(
    ['Действие', 'Кто', 'Навык', 'Стоимость'],
    [
      ['Обучение', FORMULA, 'Модерация; споры', 2],
      ['Найм', 'Модератор, старший', '', 10],
    ],
    ';',
  ),
  self: selfAssessmentCsv(data, null, RU, 'ru', '2026-12-04', { delimiter: ';' }),
}
const sheets = new Map<string, Cell[][]>()
const dir = mkdtempSync(join(tmpdir(), 'skillgrid-lo-'))
const texts = (rows: Cell[][] | undefined) => (rows ?? []).map((row) => row.map((cell) => cell.text))

beforeAll(async () => {
  const paths = Object.entries(files).map(([kind, text]) => {
    const path = join(dir, `${kind}.csv`)
    writeFileSync(path, text, 'utf8')
    return path
  })
  // A profile of its own: two soffice processes cannot share one.
  await promisify(execFile)(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--infilter=CSV:59,34,76',
      '--convert-to',
      'fods',
      '--outdir',
      dir,
      ...paths,
    ],
    { timeout: 110_000 },
  )
  for (const kind of Object.keys(files)) sheets.set(kind, sheetRows(readFileSync(join(dir, `${kind}.fods`), 'utf8')))
}, 120_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('CSV exports with ; in LibreOffice Calc', () => {
  it.each(Object.keys(files))('%s: no cell is a formula, and the formula-like name stays text', (kind) => {
    const cells = (sheets.get(kind) ?? []).flat()
    expect(cells.length).toBeGreaterThan(5)
    expect(cells.filter((cell) => cell.formula)).toEqual([])
    expect(cells.some((cell) => cell.text.includes('Ё'))).toBe(kind !== 'skills' && kind !== 'plan')
    expect(cells.find((cell) => cell.text.endsWith(FORMULA))?.type ?? 'string').toBe('string')
  })

  it('wide: every person field and skill in its own column, Cyrillic intact', () => {
    expect(texts(sheets.get('wide'))).toEqual([
      ['', '', '', '', 'Content', 'Content'],
      ['Name', 'Email', 'Team', 'Title', 'Модерация; споры', 'Тексты, посты'],
      ['Ольга Ёлкина', 'olga@x.ru', 'Поддержка', 'Ведущая', '3 (wants to grow)', '1'],
      [`'${FORMULA}`, '', "'@команда", "'-1", '0'],
    ])
    const formulaRow = sheets.get('wide')?.[3] ?? []
    expect(formulaRow[0]?.type).toBe('string')
  })

  it('long: one column per field', () => {
    expect(texts(sheets.get('long'))).toEqual([
      ['person', 'email', 'team', 'category', 'skill', 'level', 'interest'],
      ['Ольга Ёлкина', 'olga@x.ru', 'Поддержка', 'Content', 'Модерация; споры', '3', 'wants to grow'],
      ['Ольга Ёлкина', 'olga@x.ru', 'Поддержка', 'Content', 'Тексты, посты', '1'],
      [`'${FORMULA}`, '', "'@команда", 'Content', 'Модерация; споры', '0'],
    ])
  })

  it('skills: names in both languages in their columns', () => {
    expect(texts(sheets.get('skills'))).toEqual([
      ['category', 'category_ru', 'skill', 'skill_ru', 'target_level', 'target_people', 'critical', 'aliases'],
      ['Content', 'Контент', 'Модерация; споры', 'Модерация; споры', '3', '2', 'no'],
      ['Content', 'Контент', 'Тексты, посты', 'Тексты, посты', '3', '2', 'no'],
    ])
  })

  it('plan: numbers are numbers, texts are text', () => {
    const rows = sheets.get('plan') ?? []
    expect(texts(rows)).toEqual([
      ['Действие', 'Кто', 'Навык', 'Стоимость'],
      ['Обучение', `'${FORMULA}`, 'Модерация; споры', '2'],
      ['Найм', 'Модератор, старший', '', '10'],
    ])
    expect(rows[1]?.[3]?.type).toBe('float')
  })

  it('self-assessment: the Russian form table has one column per field', () => {
    const rows = texts(sheets.get('self'))
    const header = rows.findIndex((row) => row[0] === 'Имя')
    expect(rows[0]).toEqual(['Skillgrid: самооценка', 'Команда', '2026-12-04'])
    expect(rows[1]).toEqual(['Заполните «Ваш уровень» (0–4) и «Ваш интерес» (0–2); пусто — не знаю.'])
    expect(rows[header]).toEqual([
      'Имя',
      'Почта',
      'Категория',
      'Навык',
      'Текущий уровень',
      'Текущий интерес',
      'Ваш уровень',
      'Ваш интерес',
    ])
    expect(rows[header + 1]).toEqual([
      'Ольга Ёлкина',
      'olga@x.ru',
      'Контент',
      'Модерация; споры',
      '3',
      'хочет развиваться',
    ])
    expect(rows.slice(header + 1).map((row) => row[0])).toEqual([
      'Ольга Ёлкина',
      'Ольга Ёлкина',
      `'${FORMULA}`,
      `'${FORMULA}`,
    ])
  })
})
