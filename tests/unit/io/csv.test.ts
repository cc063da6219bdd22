import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { detectDelimiter, parseCsv } from '../../../src/io/csv'
import { buildCsv, escapeCsvField, guardCell, unguardCell } from '../../../src/io/csvText'
import { decodeBytes } from '../../../src/io/decode'
import { fixturePath } from './helpers'

describe('guardCell', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@me', "'@me"],
    ['\tindented', "'\tindented"],
    ['\rreturn', "'\rreturn"],
  ])('prefixes %j with an apostrophe to prevent formula injection', (value, guarded) => {
    expect(guardCell(value)).toBe(guarded)
  })

  it.each(['plain', '3+', 'a=b', '', "'quoted", 'Иван'])('leaves %j alone', (value) => {
    expect(guardCell(value)).toBe(value)
  })

  it('adds one more apostrophe to a value that already looks guarded, so it survives the round trip', () => {
    expect(guardCell("'=x")).toBe("''=x")
    expect(unguardCell("''=x")).toBe("'=x")
  })

  it.each(['=SUM(A1)', "'=x", "''@y", '-', "'", "'plain", 'plain', '\tx'])(
    'gives %j back exactly through guard and unguard',
    (value) => {
      expect(unguardCell(guardCell(value))).toBe(value)
    },
  )

  it('removes exactly one apostrophe, and only before a formula character', () => {
    expect(unguardCell("'=1+1")).toBe('=1+1')
    expect(unguardCell("'plain")).toBe("'plain")
  })
})

describe('escapeCsvField', () => {
  it.each([
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' edge ', '" edge "'],
    ['plain', 'plain'],
  ])('writes %j as %j', (value, written) => {
    expect(escapeCsvField(value)).toBe(written)
  })

  it('quotes the delimiter it is given', () => {
    expect(escapeCsvField('a;b', ';')).toBe('"a;b"')
    expect(escapeCsvField('a,b', ';')).toBe('a,b')
  })

  it('guards and then quotes a formula with a comma', () => {
    expect(escapeCsvField('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"')
  })
})

describe('buildCsv', () => {
  it('ends every row with CRLF', () => {
    expect(
      buildCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe('a,b\r\n1,2\r\n')
  })
})

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\r\n1;2;3\r\n', ';'],
    ['a\tb\tc\n1\t2\t3\n', '\t'],
    // Commas inside quotes do not count.
    ['"x, y";b\n"1, 2";3\n', ';'],
    ['single\ncolumn\n', ','],
  ])('finds the delimiter of %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter)
  })

  it('prefers semicolons in a Russian Excel file with decimal commas', () => {
    expect(detectDelimiter('Имя;Навык\nАнна;3,5\nБорис;4,25\n')).toBe(';')
  })
})

describe('parseCsv', () => {
  it('keeps blank lines so that a record index is the spreadsheet row minus one', () => {
    const { rows } = parseCsv('a,b\n\n1,2\n', ',')
    expect(rows).toEqual([['a', 'b'], [''], ['1', '2']])
  })

  it('counts a quoted cell with a line break as one row, as a spreadsheet does', () => {
    const { rows } = parseCsv('a,b\n"x\ny",1\nz,2\n', ',')
    expect(rows).toEqual([
      ['a', 'b'],
      ['x\ny', '1'],
      ['z', '2'],
    ])
  })

  it('reports broken quoting with the record it starts in', () => {
    const { errors } = parseCsv('a,b\n1,2\n3,"open\n4,5\n', ',')
    expect(errors.map((e) => [e.record, e.code])).toEqual([[2, 'MissingQuotes']])
  })

  it('reports errors with their record index across parse chunks', () => {
    const filler = Array.from({ length: 20_000 }, (_, i) => `row${i},x`).join('\n')
    const { rows, errors } = parseCsv(`${filler}\nbad,"open\n`, ',')
    expect(errors[0]?.record).toBe(20_000)
    expect(rows[20_000]?.[0]).toBe('bad')
  })

  it('reports progress up to the whole text', () => {
    const seen: number[] = []
    parseCsv(Array.from({ length: 40_000 }, (_, i) => `r${i},1`).join('\n'), ',', (fraction) => seen.push(fraction))
    expect(seen.length).toBeGreaterThan(1)
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    expect(seen.at(-1)).toBe(1)
  })
})

// csv-spectrum (max-mapper, BSD-2-Clause), copied with its PROVENANCE.txt: an acid test of CSV parsing.
describe('csv-spectrum corpus through the parser layer', () => {
  const corpus = fixturePath('corpora', 'csv-spectrum')
  const names = readdirSync(`${corpus}/csvs`).map((file) => file.replace(/\.csv$/, ''))

  function objects(name: string): Record<string, string>[] {
    const { text } = decodeBytes(new Uint8Array(readFileSync(`${corpus}/csvs/${name}.csv`)))
    const { rows, errors } = parseCsv(text, detectDelimiter(text))
    expect(errors).toEqual([])
    const [header = [], ...data] = rows
    return data.map((row) => Object.fromEntries(header.map((key, i) => [key, row[i] ?? ''])))
  }

  it('has the twelve cases', () => {
    expect(names).toHaveLength(12)
  })

  it.each(names.filter((name) => name !== 'location_coordinates'))('parses %s as its JSON expects', (name) => {
    expect(objects(name)).toEqual(JSON.parse(readFileSync(`${corpus}/json/${name}.json`, 'utf8')))
  })

  it('parses location_coordinates as the CSV really holds it (the upstream JSON is wrong, csv-spectrum issue #20)', () => {
    // Upstream expects phone "1234567890", but the CSV says 2095257564; that JSON is also one object,
    // not a list (issue #22). Every other field must match it.
    const upstream = JSON.parse(readFileSync(`${corpus}/json/location_coordinates.json`, 'utf8'))
    expect(upstream['Contact Phone Number']).toBe('1234567890')
    expect(objects('location_coordinates')).toEqual([{ ...upstream, 'Contact Phone Number': '2095257564' }])
  })
})
