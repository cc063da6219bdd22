import { describe, expect, it } from 'vitest'
import { applyDelta } from '../../../src/domain/changes'
import { mergeResources } from '../../../src/domain/edits'
import { exportResourcesCsv, readResourcesCsv, RESOURCES_HEADER } from '../../../src/io/resourcesCsv'
import { demoWorkspace } from '../../fixtures/demo'

const encode = (text: string) => new TextEncoder().encode(text)
const win1251 = (text: string) =>
  // The few Cyrillic letters these tests use, as Windows-1251 bytes.
  Uint8Array.from(
    [...text].map((char) => (char.charCodeAt(0) >= 0x410 ? char.charCodeAt(0) - 0x350 : char.charCodeAt(0))),
  )

describe('exportResourcesCsv', () => {
  it('writes the header, one row per resource and the skills by name, with a BOM and the chosen delimiter', () => {
    const data = demoWorkspace()
    const text = exportResourcesCsv(data, ';')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const lines = text.slice(1).trimEnd().split('\r\n')
    expect(lines[0]).toBe(RESOURCES_HEADER.join(';'))
    expect(lines).toHaveLength(data.resources.length + 1)
    const facilitation = lines.find((line) => line.includes('Facilitation master class'))!
    expect(facilitation).toContain('Moderation & conflict facilitation: 3; Facilitating connections: 3')
    expect(facilitation).toContain(';12;1;4;')
  })

  it('guards a title a spreadsheet would run as a formula', () => {
    const data = demoWorkspace()
    data.resources[0] = { ...data.resources[0]!, title: { en: '=HYPERLINK("x")', ru: '' } }
    expect(exportResourcesCsv(data)).toContain(`"'=HYPERLINK(""x"")"`)
  })
})

describe('readResourcesCsv', () => {
  it('reads back exactly what was exported (, and ;), so a merge changes nothing', () => {
    const data = demoWorkspace()
    for (const delimiter of [',', ';'] as const) {
      const read = readResourcesCsv(encode(exportResourcesCsv(data, delimiter)), data.skills)
      expect(read.problems).toEqual([])
      expect(read.rows.map((r) => r.id)).toEqual(data.resources.map((r) => r.id))
      expect(mergeResources(data, read.rows, () => 'x')).toBeNull()
    }
  })

  it('names skills in Russian and by alias, reads a Windows-1251 file with Russian headers, adds new resources', () => {
    const data = demoWorkspace()
    const csv =
      'Название;Ссылка;Навыки;Места;Цена_места\r\nШкола;https://e.org;Модерация и урегулирование конфликтов: 3;10;2\r\n'
    const read = readResourcesCsv(win1251(csv), data.skills)
    expect(read.problems).toEqual([])
    const change = mergeResources(data, read.rows, () => 'new')!
    const added = applyDelta(data, change.forward, 1).resources.at(-1)!
    const moderation = data.skills.find((s) => s.frameworkId === 'engagement.moderation')!
    expect(added).toMatchObject({ id: 'new', title: { en: 'Школа' }, seats: 10, costPerSeat: 2 })
    expect({ ...added.teaches }).toEqual({ [moderation.id]: 3 })
  })

  it('lists every problem by row and column, and returns no row that has one', () => {
    const data = demoWorkspace()
    const csv = [
      'title_en,teaches,seats,cost_per_seat',
      'Good,Moderation & conflict facilitation: 2,,1',
      ',,,',
      ',Facilitating connections: 2,,',
      'Bad skill,Basket weaving: 3,,',
      'Bad level,Moderation & conflict facilitation: 7,,',
      'Bad seats,,two,',
      'Mixed;delimiters;here',
    ].join('\n')
    const read = readResourcesCsv(encode(csv), data.skills)
    expect(read.rows.map((r) => r.fields.title.en)).toEqual(['Good'])
    expect(read.problems.map((p) => [p.code, p.row, p.column, p.value])).toEqual([
      ['titleMissing', 4, 'A', ''],
      ['unknownSkill', 5, 'B', 'Basket weaving'],
      ['badLevel', 6, 'B', 'Moderation & conflict facilitation: 7'],
      ['badNumber', 7, 'C', 'two'],
      ['fieldCount', 8, '', '1'],
    ])
  })

  it('says when no column holds titles, and when the file is empty', () => {
    const data = demoWorkspace()
    expect(readResourcesCsv(encode('a,b\n1,2\n'), data.skills).problems[0]).toMatchObject({
      code: 'noTitleColumn',
      row: 1,
    })
    expect(readResourcesCsv(encode(''), data.skills).problems[0]).toMatchObject({ code: 'empty' })
  })
})
