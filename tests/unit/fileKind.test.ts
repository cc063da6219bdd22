import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sniffFileKind, zipEntryNames } from '../../src/io/fileKind'

const fixture = (...parts: string[]) => new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures', ...parts)))
const bytes = (...values: number[]) => new Uint8Array(values)
const text = (value: string) => new TextEncoder().encode(value)

describe('sniffFileKind: what a file is, from its bytes', () => {
  it('calls a file of no bytes, or only a byte order mark and blanks, empty', () => {
    expect(sniffFileKind(bytes())).toEqual({ kind: 'refused', reason: 'empty' })
    expect(sniffFileKind(bytes(0xef, 0xbb, 0xbf, 0x0d, 0x0a))).toEqual({ kind: 'refused', reason: 'empty' })
    expect(sniffFileKind(text('  \n'))).toEqual({ kind: 'refused', reason: 'empty' })
  })

  it('names images and PDFs by their signature', () => {
    expect(sniffFileKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13))).toEqual({
      kind: 'refused',
      reason: 'png',
    })
    expect(sniffFileKind(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16))).toEqual({ kind: 'refused', reason: 'jpeg' })
    expect(sniffFileKind(text('GIF89a\x01\x00'))).toEqual({ kind: 'refused', reason: 'gif' })
    expect(sniffFileKind(text('%PDF-1.7\n%âãÏÓ\n'))).toEqual({ kind: 'refused', reason: 'pdf' })
  })

  it('refuses random bytes as binary, but reads UTF-8, Windows-1251 and UTF-16 text as text', () => {
    let seed = 7
    const random = new Uint8Array(4096).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff)
    expect(sniffFileKind(random)).toEqual({ kind: 'refused', reason: 'binary' })
    expect(sniffFileKind(text('Name;Email\nАнна;anna@example.org\n'))).toEqual({ kind: 'text' })
    // "Имя;Python" in Windows-1251: high bytes, no control bytes.
    expect(sniffFileKind(bytes(0xc8, 0xec, 0xff, 0x3b, 0x50, 0x79, 0x74, 0x68, 0x6f, 0x6e, 0x0d, 0x0a))).toEqual({
      kind: 'text',
    })
    const utf16 = new Uint8Array([...'Name,Email\r\nAnn,a@b.c\r\n'].flatMap((char) => [char.charCodeAt(0), 0]))
    expect(sniffFileKind(utf16)).toEqual({ kind: 'text' })
    expect(sniffFileKind(new Uint8Array([0xff, 0xfe, ...utf16]))).toEqual({ kind: 'text' })
    expect(sniffFileKind(fixture('csv', 'google-sheets-categories.csv'))).toEqual({ kind: 'text' })
  })

  it('looks inside a zip: a workbook is read, OpenDocument, Numbers and other zips are refused by name', () => {
    expect(sniffFileKind(fixture('xlsx', 'refused', 'team.ods'))).toEqual({ kind: 'refused', reason: 'ods' })
    expect(sniffFileKind(fixture('xlsx', 'refused', 'team.numbers'))).toEqual({ kind: 'refused', reason: 'numbers' })
    expect(sniffFileKind(fixture('xlsx', 'refused', 'notes.zip'))).toEqual({ kind: 'refused', reason: 'zip' })
    expect(zipEntryNames(fixture('xlsx', 'refused', 'notes.zip'))).toEqual(['notes.txt'])
    expect(zipEntryNames(bytes(0x50, 0x4b, 0x03, 0x04, 1, 2, 3))).toEqual([])
  })

  it('tells an Excel 97–2003 file from a password-protected workbook (both compound files)', () => {
    expect(sniffFileKind(fixture('xlsx', 'refused', 'team-97-2003.xls'))).toEqual({ kind: 'refused', reason: 'xls' })
    expect(sniffFileKind(fixture('xlsx', 'refused', 'password-protected.xlsx'))).toEqual({
      kind: 'refused',
      reason: 'encrypted',
    })
  })
})
