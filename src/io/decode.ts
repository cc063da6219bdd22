import type { TextEncodingName } from './types'

export interface DecodedText {
  text: string
  encoding: TextEncodingName
  /** The bytes started with a byte order mark (it is not part of `text`). */
  bom: boolean
}

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte)
}

function bomEncoding(bytes: Uint8Array): TextEncodingName | null {
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8'
  if (hasPrefix(bytes, [0xff, 0xfe])) return 'utf-16le'
  if (hasPrefix(bytes, [0xfe, 0xff])) return 'utf-16be'
  return null
}

/** UTF-16 without a mark still shows as a zero byte in every other place for Latin text. */
function looksLikeUtf16(bytes: Uint8Array): TextEncodingName | null {
  const sample = Math.min(bytes.length, 4096) & ~1
  if (sample < 4) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++
    if (bytes[i + 1] === 0) oddZeros++
  }
  const pairs = sample / 2
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le'
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be'
  return null
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

const isAsciiLetter = (byte: number) => (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)
// 0xC0–0xFF are letters in both code pages: А–я in 1251, À–ÿ in 1252.
const isHighLetter = (byte: number) => byte >= 0xc0 || byte === 0xa8 || byte === 0xb8

/**
 * Windows-1251 or -1252? Russian words are runs of high bytes; Western words are ASCII letters
 * with an accented letter here and there. So count what the high letters stand next to.
 */
export function guessSingleByteEncoding(bytes: Uint8Array): 'windows-1251' | 'windows-1252' {
  let cyrillicLike = 0
  let latinLike = 0
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0
    if (byte < 0x80 || !isHighLetter(byte)) continue
    const before = bytes[i - 1] ?? 0
    const after = bytes[i + 1] ?? 0
    if (isHighLetter(before) || isHighLetter(after)) cyrillicLike++
    else if (isAsciiLetter(before) || isAsciiLetter(after)) latinLike++
  }
  return cyrillicLike > latinLike ? 'windows-1251' : 'windows-1252'
}

export function detectEncoding(bytes: Uint8Array): { encoding: TextEncodingName; bom: boolean } {
  const marked = bomEncoding(bytes)
  if (marked) return { encoding: marked, bom: true }
  const utf16 = looksLikeUtf16(bytes)
  if (utf16) return { encoding: utf16, bom: false }
  if (isValidUtf8(bytes)) return { encoding: 'utf-8', bom: false }
  return { encoding: guessSingleByteEncoding(bytes), bom: false }
}

/** Bytes → text. The encoding is detected unless the user forced one; a byte order mark is dropped. */
export function decodeBytes(bytes: Uint8Array, forced?: TextEncodingName): DecodedText {
  const detected = detectEncoding(bytes)
  const encoding = forced ?? detected.encoding
  const bom = bomEncoding(bytes) === encoding
  // ignoreBOM: we strip the mark ourselves, only when it belongs to the chosen encoding.
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(
    bom ? bytes.subarray(encoding === 'utf-8' ? 3 : 2) : bytes,
  )
  return { text, encoding, bom }
}
