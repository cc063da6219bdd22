/**
 * What a dropped file is, from its bytes (never from its name): the one place that decides whether
 * the import reads it as text (the CSV path), as an Excel workbook, or refuses it by name.
 */

/** Why a file is refused; each has its message (`importExport.refused.<reason>`, EN and RU). */
export type RefusalReason =
  'empty' | 'png' | 'jpeg' | 'gif' | 'pdf' | 'binary' | 'xls' | 'encrypted' | 'ods' | 'numbers' | 'zip'

export type FileKind = { kind: 'text' } | { kind: 'xlsx' } | { kind: 'refused'; reason: RefusalReason }

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  prefix.every((byte, i) => bytes[at + i] === byte)

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06]
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const SIGNATURES: readonly (readonly [RefusalReason, readonly number[]])[] = [
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
]

const u16 = (bytes: Uint8Array, at: number) => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8)
const u32 = (bytes: Uint8Array, at: number) => (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0

const latin = new TextDecoder('latin1')

/** The names in a zip's central directory (empty when it cannot be found: a damaged zip). */
export function zipEntryNames(bytes: Uint8Array): string[] {
  // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
  const floor = Math.max(0, bytes.length - 0xffff - 22)
  let end = -1
  for (let i = bytes.length - 22; i >= floor; i--) {
    if (startsWith(bytes, [0x50, 0x4b, 0x05, 0x06], i)) {
      end = i
      break
    }
  }
  if (end < 0) return []
  const count = u16(bytes, end + 10)
  let at = u32(bytes, end + 16)
  const names: string[] = []
  for (let n = 0; n < count && at + 46 <= bytes.length; n++) {
    if (!startsWith(bytes, [0x50, 0x4b, 0x01, 0x02], at)) break
    const nameLength = u16(bytes, at + 28)
    names.push(latin.decode(bytes.subarray(at + 46, at + 46 + nameLength)))
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32)
  }
  return names
}

function zipKind(bytes: Uint8Array): FileKind {
  const names = zipEntryNames(bytes)
  const has = (name: string) => names.some((entry) => entry.toLowerCase() === name.toLowerCase())
  if (has('[Content_Types].xml') && has('xl/workbook.xml')) return { kind: 'xlsx' }
  // An OpenDocument file starts with its uncompressed `mimetype` entry.
  const head = latin.decode(bytes.subarray(30, 120))
  if (head.includes('application/vnd.oasis.opendocument.spreadsheet')) return { kind: 'refused', reason: 'ods' }
  if (names.some((name) => /^(Index\/|Index\.zip$)/.test(name)) || has('Metadata/DocumentIdentifier'))
    return { kind: 'refused', reason: 'numbers' }
  return { kind: 'refused', reason: 'zip' }
}

/** `EncryptionInfo` as the UTF-16LE name of a compound-file stream: a password-protected OOXML workbook. */
const ENCRYPTION_INFO = Array.from('EncryptionInfo').flatMap((char) => [char.charCodeAt(0), 0])

function oleKind(bytes: Uint8Array): FileKind {
  const limit = bytes.length - ENCRYPTION_INFO.length
  for (let i = 0; i <= limit; i++) {
    if (bytes[i] === 0x45 && startsWith(bytes, ENCRYPTION_INFO, i)) return { kind: 'refused', reason: 'encrypted' }
  }
  return { kind: 'refused', reason: 'xls' }
}

/** Text has (almost) no control bytes; UTF-16 text has zeros, but at every other byte. */
function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false
  const sample = Math.min(bytes.length, 8192)
  let zerosEven = 0
  let zerosOdd = 0
  let controls = 0
  for (let i = 0; i < sample; i++) {
    const byte = bytes[i] ?? 0
    if (byte === 0) {
      if (i % 2 === 0) zerosEven++
      else zerosOdd++
    } else if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f)
      controls++
  }
  const zeros = zerosEven + zerosOdd
  const utf16 = sample >= 4 && (zerosEven === 0 || zerosOdd === 0) && zeros > sample * 0.2
  if (zeros && !utf16) return true
  return controls > Math.max(2, sample * 0.01)
}

/** Byte order marks and white space: a file of only these is empty. */
const BLANK_BYTES = new Set([0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x00, 0x20, 0x09, 0x0a, 0x0d])

/** What the bytes are: text, an xlsx workbook, or a named refusal. */
export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0 || (bytes.length <= 64 && bytes.every((byte) => BLANK_BYTES.has(byte))))
    return { kind: 'refused', reason: 'empty' }
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return zipKind(bytes)
  if (startsWith(bytes, OLE2)) return oleKind(bytes)
  for (const [reason, signature] of SIGNATURES) if (startsWith(bytes, signature)) return { kind: 'refused', reason }
  return looksBinary(bytes) ? { kind: 'refused', reason: 'binary' } : { kind: 'text' }
}
