import { describe, expect, it } from 'vitest'
import { buildPlanCsv, escapeCell } from '../../../src/io/planCsv'

describe('escapeCell', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+7 900', "'+7 900"],
    ['-1', "'-1"],
    ['@risk', "'@risk"],
    ['\tTab', "'\tTab"],
    ['\rCR', "\"'\rCR\""],
  ])('prefixes %j to prevent formula injection', (value, expected) => {
    expect(escapeCell(value)).toBe(expected)
  })

  it('quotes commas, quotes and line breaks', () => {
    expect(escapeCell('Moderation, conflict')).toBe('"Moderation, conflict"')
    expect(escapeCell('the "lead"')).toBe('"the ""lead"""')
    expect(escapeCell('two\nlines')).toBe('"two\nlines"')
  })

  it('writes numbers as they are, negative ones too', () => {
    expect(escapeCell(-2)).toBe('-2')
    expect(escapeCell(1.5)).toBe('1.5')
  })
})

describe('buildPlanCsv', () => {
  it('starts with a BOM and uses CRLF line ends', () => {
    const csv = buildPlanCsv(['action', 'who', 'cost'], [['train', 'Ольга Смирнова', 1]])
    expect(csv).toBe('\uFEFFaction,who,cost\r\ntrain,Ольга Смирнова,1\r\n')
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
  })
})
