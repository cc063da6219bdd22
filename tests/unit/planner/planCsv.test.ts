import { describe, expect, it } from 'vitest'
import { escapeCsvField } from '../../../src/io/csvText'
import { buildPlanCsv } from '../../../src/io/planCsv'

// A plan cell is written by the one CSV writer of every export (csvText).
describe('plan cells', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+7 900', "'+7 900"],
    ['-1', "'-1"],
    ['@risk', "'@risk"],
    ['\tTab', "'\tTab"],
    ['\rCR', '"\'\rCR"'],
  ])('prefixes %j to prevent formula injection', (value, expected) => {
    expect(escapeCsvField(value)).toBe(expected)
  })

  it('quotes commas, quotes and line breaks', () => {
    expect(escapeCsvField('Moderation, conflict')).toBe('"Moderation, conflict"')
    expect(escapeCsvField('the "lead"')).toBe('"the ""lead"""')
    expect(escapeCsvField('two\nlines')).toBe('"two\nlines"')
  })

  it('writes numbers as they are, negative ones too', () => {
    expect(escapeCsvField(-2)).toBe('-2')
    expect(escapeCsvField(1.5)).toBe('1.5')
  })
})

describe('buildPlanCsv', () => {
  it('starts with a BOM and uses CRLF line ends', () => {
    const csv = buildPlanCsv(['action', 'who', 'cost'], [['train', 'Ольга Смирнова', 1]])
    expect(csv).toBe('\uFEFFaction,who,cost\r\ntrain,Ольга Смирнова,1\r\n')
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
  })

  it('guards a value that already looks guarded once more, like the other exports', () => {
    expect(buildPlanCsv(['who', 'reason'], [["'=x", "''+y"]])).toBe("\uFEFFwho,reason\r\n''=x,'''+y\r\n")
  })
})
