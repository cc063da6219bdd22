import { describe, expect, it } from 'vitest'
import { decodeBytes, detectEncoding, guessSingleByteEncoding } from '../../../src/io/decode'

// Test helpers that write the legacy code pages (Node has no encoder for them).
const CP1251_UPPER = 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя'
function cp1251(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((char) => {
      if (char === 'Ё') return 0xa8
      if (char === 'ё') return 0xb8
      const at = CP1251_UPPER.indexOf(char)
      if (at >= 0) return 0xc0 + at
      const code = char.charCodeAt(0)
      if (code > 0x7f) throw new Error(`no 1251 byte for ${char}`)
      return code
    }),
  )
}
function latin1(text: string): Uint8Array {
  return Uint8Array.from([...text].map((char) => char.charCodeAt(0)))
}
function utf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const units = [...(bom ? '\uFEFF' : ''), ...text].flatMap((char) => {
    const code = char.charCodeAt(0)
    return endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]
  })
  return Uint8Array.from(units)
}

describe('decodeBytes', () => {
  it('reads UTF-8 with a BOM and drops the mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Имя,a')])
    expect(decodeBytes(bytes)).toEqual({ text: 'Имя,a', encoding: 'utf-8', bom: true })
  })

  it('reads UTF-8 without a BOM', () => {
    expect(decodeBytes(new TextEncoder().encode('Zoë;Ёлка'))).toEqual({
      text: 'Zoë;Ёлка',
      encoding: 'utf-8',
      bom: false,
    })
  })

  it.each(['le', 'be'] as const)('reads UTF-16 %s with a BOM', (endian) => {
    expect(decodeBytes(utf16('Name\tУровень\r\n', endian))).toEqual({
      text: 'Name\tУровень\r\n',
      encoding: `utf-16${endian}`,
      bom: true,
    })
  })

  it('recognises UTF-16 LE without a BOM by its zero bytes', () => {
    expect(detectEncoding(utf16('Name\tLevel\r\nAnn\t3\r\n', 'le', false)).encoding).toBe('utf-16le')
  })

  it('reads Windows-1251 when the bytes are not UTF-8 and look Cyrillic', () => {
    const text = 'ФИО;Уровень\r\nПётр Сидоров;эксперт\r\nЁлкина;знаком'
    expect(decodeBytes(cp1251(text))).toEqual({ text, encoding: 'windows-1251', bom: false })
  })

  it('reads Windows-1252 when the bytes are not UTF-8 and look like Western text', () => {
    const text = 'Name,Team\r\nZoë Müller,Équipe\r\nFrançois,Señor'
    expect(decodeBytes(latin1(text))).toEqual({ text, encoding: 'windows-1252', bom: false })
  })

  it('decodes with the encoding the user chose instead', () => {
    const bytes = cp1251('Анна')
    expect(decodeBytes(bytes, 'windows-1252').text).toBe('Àííà')
    expect(decodeBytes(bytes, 'windows-1251').text).toBe('Анна')
  })
})

describe('guessSingleByteEncoding', () => {
  it.each([
    ['Иванов', 'windows-1251'],
    ['Café Müller', 'windows-1252'],
    ['Модерация и урегулирование, Zoë', 'windows-1251'],
  ])('takes %s for %s', (text, encoding) => {
    const bytes = /[А-яЁё]/.test(text)
      ? Uint8Array.from([...text].map((c) => (/[А-яЁё]/.test(c) ? cp1251(c)[0]! : c.charCodeAt(0))))
      : latin1(text)
    expect(guessSingleByteEncoding(bytes)).toBe(encoding)
  })
})
