import { detectDelimiter, parseCsv } from './csv'
import { decodeBytes } from './decode'
import { sniffFileKind } from './fileKind'
import { buildImportDraft, type ReadTable } from './import/buildImportDraft'
import { interestSheetName } from './import/interestSheet'
import type { Workbook } from 'exceljs'
import type * as WorkbookModule from './workbook'
import type { SheetTable } from './workbook'
import type { ImportDraft, DraftContext, DraftOptions, ReadOptions } from './types'

/** 'compare': the import store compares the draft with the stored team, after the draft is made. */
export type ImportStage = 'decode' | 'parse' | 'draft' | 'compare'

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
export function readTable(
  bytes: Uint8Array,
  options: ReadOptions,
  onProgress?: (progress: ImportProgress) => void,
): ReadTable {
  onProgress?.({ stage: 'decode', fraction: 0 })
  const decoded = decodeBytes(bytes, options.encoding)
  const delimiter = options.delimiter ?? detectDelimiter(decoded.text)
  onProgress?.({ stage: 'parse', fraction: 0.1 })
  const table = parseCsv(decoded.text, delimiter, (share) =>
    onProgress?.({ stage: 'parse', fraction: 0.1 + share * 0.7 }),
  )
  return { ...table, encoding: decoded.encoding, bom: decoded.bom, delimiter }
}

const sameRead = (a: ReadOptions, b: ReadOptions) => a.encoding === b.encoding && a.delimiter === b.delimiter

/** A sheet as a table the drafting reads like a CSV's (UTF-8, no BOM, comma: they mean nothing here). */
function sheetTable(table: SheetTable, sheets: string[], interest: SheetTable | null): ReadTable {
  return {
    rows: table.rows,
    errors: table.errors,
    encoding: 'utf-8',
    bom: false,
    delimiter: ',',
    workbook: {
      sheet: table.sheet,
      sheets,
      skipped: sheets.filter((name) => name !== table.sheet),
      hiddenRows: table.hiddenRows,
      hiddenColumns: table.hiddenColumns,
      typedCells: table.typedCells,
      ...(interest ? { interest: { sheet: interest.sheet, rows: interest.rows } } : {}),
    },
  }
}

/**
 * One file being imported: parsed once, drafted again whenever the user changes the mapping.
 * Runs the same in the parse worker and on the main thread. An .xlsx workbook (known from its
 * bytes) is loaded once; each sheet is read when first drafted.
 */
export function createImportSession(bytes: Uint8Array) {
  const isWorkbook = sniffFileKind(bytes).kind === 'xlsx'
  let read: { options: ReadOptions; table: ReadTable } | null = null
  let book: Promise<{ workbook: Workbook; read: typeof WorkbookModule }> | null = null
  const sheets = new Map<string, ReadTable>()

  async function openBook() {
    book ??= import('./workbook').then(async (module) => ({ workbook: await module.loadWorkbook(bytes), read: module }))
    return book
  }

  /** The sheet asked for, else the first whose draft finds people and no header problem, else the first. */
  async function workbookDraft(
    request: ImportRequest,
    onProgress?: (progress: ImportProgress) => void,
  ): Promise<ImportDraft> {
    onProgress?.({ stage: 'decode', fraction: 0 })
    const { workbook, read: reader } = await openBook()
    const names = reader.sheetNames(workbook)
    const tableOf = (name: string) => {
      let table = sheets.get(name)
      const sheet = workbook.getWorksheet(name)
      if (!table && sheet) {
        // The matrix workbook's "Interest" sheet goes with the sheet read: the draft reads it if it lines up.
        const interestName = interestSheetName(names, name)
        const interestSheet = interestName ? workbook.getWorksheet(interestName) : undefined
        table = sheetTable(reader.readSheet(sheet), names, interestSheet ? reader.readSheet(interestSheet) : null)
        sheets.set(name, table)
      }
      return table
    }
    onProgress?.({ stage: 'draft', fraction: 0.8 })
    const asked = request.read.sheet !== undefined && names.includes(request.read.sheet) ? request.read.sheet : null
    const candidates = asked ? [asked] : names
    let first: ImportDraft | null = null
    for (const name of candidates) {
      const table = tableOf(name)
      if (!table) continue
      const draft = buildImportDraft(table, request.draft, request.context)
      if (asked || (!draft.headerBlocked && draft.people.length > 0)) return draft
      first ??= draft
    }
    if (first) return first
    throw new Error('The workbook has no worksheet')
  }

  /** Drafts a text file at once (a workbook needs `draft`). */
  function run(request: ImportRequest, onProgress?: (progress: ImportProgress) => void): ImportDraft {
    if (isWorkbook) throw new Error('A workbook is drafted with draft()')
    if (!read || !sameRead(read.options, request.read))
      read = { options: { ...request.read }, table: readTable(bytes, request.read, onProgress) }
    onProgress?.({ stage: 'draft', fraction: 0.8 })
    const draft = buildImportDraft(read.table, request.draft, request.context)
    onProgress?.({ stage: 'draft', fraction: 1 })
    return draft
  }

  /** Drafts any file: a workbook loads its reader (exceljs) first. */
  async function draft(request: ImportRequest, onProgress?: (progress: ImportProgress) => void): Promise<ImportDraft> {
    return isWorkbook ? workbookDraft(request, onProgress) : run(request, onProgress)
  }

  return { run, draft, isWorkbook }
}

export type ImportSession = ReturnType<typeof createImportSession>
