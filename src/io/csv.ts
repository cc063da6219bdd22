import Papa from 'papaparse'
import type { Delimiter } from './types'
import { DELIMITERS } from './types'

export interface CsvError {
  /** Index of the record (0-based) where the parser gave up on the quoting. */
  record: number
  code: string
  message: string
}

export interface CsvTable {
  /** Every record, blank ones included, so that index + 1 is the row the spreadsheet shows. */
  rows: string[][]
  errors: CsvError[]
}

const CHUNK_SIZE = 1 << 18

/**
 * Parses CSV text with PapaParse (header: false — we map columns ourselves, and Papa's header
 * mode renames duplicate headers silently). Blank records are kept, not skipped, because row
 * numbers must match the user's spreadsheet; the planner ignores them. A trailing newline
 * makes no extra row.
 */
export function parseCsv(text: string, delimiter: Delimiter, onProgress?: (fraction: number) => void): CsvTable {
  const rows: string[][] = []
  const errors: CsvError[] = []
  // Papa types `chunk` for files only; on a string it runs synchronously, chunk by chunk.
  const config: Papa.ParseConfig<string[]> & {
    chunkSize: number
    chunk: (results: Papa.ParseResult<string[]>) => void
  } = {
    header: false,
    delimiter,
    skipEmptyLines: false,
    chunkSize: CHUNK_SIZE,
    chunk: (results) => {
      const base = rows.length
      for (const error of results.errors) {
        errors.push({ record: base + (error.row ?? 0), code: error.code, message: error.message })
      }
      for (const row of results.data) rows.push(row)
      onProgress?.(Math.min(1, results.meta.cursor / Math.max(1, text.length)))
    },
  }
  Papa.parse<string[]>(text, config)
  const last = rows.at(-1)
  // A record of one blank field after the last newline is that newline, unless its quoting broke (a lone `"`).
  if (last && last.length === 1 && last[0] === '' && errors.at(-1)?.record !== rows.length - 1) rows.pop()
  return { rows, errors }
}

/** Counts a delimiter per line outside quotes, for the first lines of a text. */
function countsPerLine(sample: string, delimiter: string, maxLines: number): number[] {
  const counts: number[] = []
  let count = 0
  let quoted = false
  for (let i = 0; i < sample.length && counts.length < maxLines; i++) {
    const char = sample[i]
    if (char === '"') quoted = !quoted
    else if (!quoted && char === delimiter) count++
    else if (!quoted && char === '\n') {
      counts.push(count)
      count = 0
    }
  }
  if (count > 0 && counts.length < maxLines) counts.push(count)
  return counts
}

/**
 * `,` `;` or tab: the one that splits the first lines into the same number of fields most
 * often (blank lines aside), ties going to more fields. Comma when nothing splits at all.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 64 * 1024)
  let best: Delimiter = ','
  let bestTimes = 0
  let bestFields = 0
  for (const delimiter of DELIMITERS) {
    const frequency = new Map<number, number>()
    for (const count of countsPerLine(sample, delimiter, 30)) {
      if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1)
    }
    for (const [fields, times] of frequency) {
      if (times > bestTimes || (times === bestTimes && fields > bestFields)) {
        best = delimiter
        bestTimes = times
        bestFields = fields
      }
    }
  }
  return best
}
