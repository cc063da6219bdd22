import { createLevelReader, interestOfCode, levelOfCode, type LevelReader } from './levels'
import type { DraftContext } from './types'

/** A pasted cell: its level (NOT_ASSESSED to clear) and interest (INTEREST_UNSET when none). */
export interface PastedCell {
  level: number
  interest: number
}

export interface PasteProblem {
  /** 1-based position inside the pasted block. */
  row: number
  column: number
  value: string
}

export type PastedBlock = { cells: PastedCell[][]; problem: null } | { cells: null; problem: PasteProblem }

/** Tab-separated text as spreadsheets put it on the clipboard (one trailing line break allowed). */
function splitBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n')
  return lines.map((line) => line.split('\t'))
}

/**
 * Levels pasted from Excel or Google Sheets: digits, EN/RU level words and interest marks, as
 * an import reads them. The first cell it cannot read stops the whole paste (nothing half-pasted).
 */
export function readPastedLevels(
  text: string,
  context: DraftContext,
  reader: LevelReader = createLevelReader(context, null),
): PastedBlock {
  const rows = splitBlock(text)
  const cells: PastedCell[][] = []
  for (const [r, row] of rows.entries()) {
    const out: PastedCell[] = []
    for (const [c, raw] of row.entries()) {
      const code = reader.read(raw)
      if (code < 0) return { cells: null, problem: { row: r + 1, column: c + 1, value: raw.trim() } }
      out.push({ level: levelOfCode(code), interest: interestOfCode(code) })
    }
    cells.push(out)
  }
  return { cells, problem: null }
}
