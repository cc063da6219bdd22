import { cellText } from '../detect'
import {
  interestOfCode,
  levelOfCode,
  NUMERIC_FLAG,
  OFF_SCALE,
  OFF_SCALE_FLAG,
  OUTSIDE_SOURCE_SCALE,
  UNKNOWN_WORD,
} from '../levels'
import type { ProblemCode } from '../types'
import type { Accumulator, DraftInput } from './draftInput'
import { problem } from './problems'

const LEVEL_PROBLEM: Record<number, ProblemCode> = {
  [UNKNOWN_WORD]: 'unknownLevel',
  [OFF_SCALE]: 'levelOutOfScale',
  [OUTSIDE_SOURCE_SCALE]: 'outsideSourceScale',
}

export const emailOf = (raw: string | undefined) => cellText(raw).toLowerCase()
/** Skill and category names: runs of spaces and line breaks become one space ("Grant  writing"). */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ')

/** A blank name is a problem of its row; without a name column the header problem says it once, not once per row. */
export function nameIsMissing(input: DraftInput, name: string, nameColumn: number, rowNumber: number): boolean {
  if (name || nameColumn < 0) return false
  input.problems.add(problem('missingName', { row: rowNumber, column: input.columns[nameColumn] }))
  return true
}

/** Reads the level cells of a row into `levels`/`interest` from `offset` on; false when one is not a level. */
export function readLevelCells(
  input: DraftInput,
  row: readonly string[],
  rowNumber: number,
  skillColumns: readonly number[],
  levels: Uint8Array,
  interest: Uint8Array,
  offset: number,
  acc: Accumulator,
): boolean {
  let clean = true
  for (let k = 0; k < skillColumns.length; k++) {
    const column = skillColumns[k] ?? 0
    const raw = row[column] ?? ''
    const typed = input.cellType?.(rowNumber, column)
    if (typed) {
      input.problems.add(
        problem(typed === 'date' ? 'dateNotLevel' : 'booleanNotLevel', {
          row: rowNumber,
          column: input.columns[column],
          value: raw.trim(),
        }),
      )
      clean = false
      continue
    }
    const code = input.reader.read(raw)
    if (code < 0) {
      if (code === OFF_SCALE) acc.offScaleCells++
      if (code !== UNKNOWN_WORD) acc.numericCells++
      input.problems.add(
        problem(LEVEL_PROBLEM[code] ?? 'unknownLevel', {
          row: rowNumber,
          column: input.columns[column],
          value: raw.trim(),
        }),
      )
      clean = false
      continue
    }
    if (code & NUMERIC_FLAG) acc.numericCells++
    if (code & OFF_SCALE_FLAG) acc.offScaleCells++
    levels[offset + k] = levelOfCode(code)
    interest[offset + k] = interestOfCode(code)
  }
  return clean
}
