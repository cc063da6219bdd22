import { detectDelimiter, parseCsv } from './csv'
import { decodeBytes } from './decode'
import { buildImportDraft, type ReadTable } from './import/buildImportDraft'
import type { ImportDraft, DraftContext, DraftOptions, ReadOptions } from './types'

export type ImportStage = 'decode' | 'parse' | 'draft'

export interface ImportProgress {
  stage: ImportStage
  /** Share of the whole job done, 0–1. */
  fraction: number
}

export interface ImportRequest {
  read: ReadOptions
  draft: DraftOptions
  context: DraftContext
}

/** Bytes → decoded, parsed table; the delimiter is detected unless forced. */
export function readTable(bytes: Uint8Array, options: ReadOptions, onProgress?: (progress: ImportProgress) => void): ReadTable {
  onProgress?.({ stage: 'decode', fraction: 0 })
  const decoded = decodeBytes(bytes, options.encoding)
  const delimiter = options.delimiter ?? detectDelimiter(decoded.text)
  onProgress?.({ stage: 'parse', fraction: 0.1 })
  const table = parseCsv(decoded.text, delimiter, (share) => onProgress?.({ stage: 'parse', fraction: 0.1 + share * 0.7 }))
  return { ...table, encoding: decoded.encoding, bom: decoded.bom, delimiter }
}

const sameRead = (a: ReadOptions, b: ReadOptions) => a.encoding === b.encoding && a.delimiter === b.delimiter

/**
 * One file being imported: parsed once, drafted again whenever the user changes the mapping.
 * Runs the same in the parse worker and on the main thread.
 */
export function createImportSession(bytes: Uint8Array) {
  let read: { options: ReadOptions; table: ReadTable } | null = null

  function run(request: ImportRequest, onProgress?: (progress: ImportProgress) => void): ImportDraft {
    if (!read || !sameRead(read.options, request.read)) read = { options: { ...request.read }, table: readTable(bytes, request.read, onProgress) }
    onProgress?.({ stage: 'draft', fraction: 0.8 })
    const draft = buildImportDraft(read.table, request.draft, request.context)
    onProgress?.({ stage: 'draft', fraction: 1 })
    return draft
  }

  return { run }
}

export type ImportSession = ReturnType<typeof createImportSession>
