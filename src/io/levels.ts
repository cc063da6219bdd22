import { INTEREST_UNSET, NOT_ASSESSED } from '../domain/scale'
import { looseKey } from '../domain/text'
import { unguardCell } from './csvText'
import { INTEREST_MARKS, NOT_ASSESSED_MARK } from './interestMarks'
import type { DraftContext, SourceScaleId } from './types'

/** Level words people write instead of numbers (EN and RU), compared loosely. */
export const LEVEL_WORDS: readonly (readonly [number, readonly string[]])[] = [
  [0, ['none', 'нет', 'ноль']],
  [1, ['aware', 'beginner', 'basic', 'novice', 'знаком', 'знакома', 'начальный', 'базовый', 'новичок']],
  [2, ['practitioner', 'intermediate', 'практик', 'средний']],
  [3, ['proficient', 'advanced', 'уверенно', 'уверенный', 'продвинутый']],
  [4, ['expert', 'эксперт']],
]

export const INTEREST_WORDS: readonly (readonly [number, readonly string[]])[] = [
  [0, ['not interested', 'no', 'нет', 'не интересно']],
  [1, ['open', 'open to it', 'maybe', 'возможно', 'готов попробовать', 'готова попробовать']],
  [2, ['wants to grow', 'grow', 'yes', 'да', 'хочет развиваться', 'хочет расти']],
]

export { INTEREST_MARKS, MARK_OF_INTEREST, NOT_ASSESSED_MARK } from './interestMarks'
/** Cells that mean "nothing here", as people type them. */
const PLACEHOLDERS = new Set(['-', '–', '—', '?', 'n/a', 'н/д'])

/** Numeric ranges a file's numbers may be on, each mapped linearly onto 0–4. */
export const SOURCE_SCALES: Readonly<Record<SourceScaleId, { min: number; max: number }>> = {
  '0-4': { min: 0, max: 4 },
  '1-5': { min: 1, max: 5 },
  '0-5': { min: 0, max: 5 },
  '0-7': { min: 0, max: 7 },
  '1-7': { min: 1, max: 7 },
  '0-10': { min: 0, max: 10 },
  '1-10': { min: 1, max: 10 },
  '0-100': { min: 0, max: 100 },
}
/** Tried in this order: the first that holds every number the file has is suggested. */
const SUGGESTION_ORDER: readonly SourceScaleId[] = ['0-4', '1-5', '0-5', '1-7', '0-7', '1-10', '0-10', '0-100']

/** Level 0–4 for a value on a source scale: linear, rounded half up. */
export function mapToLevel(value: number, scale: SourceScaleId): number {
  const { min, max } = SOURCE_SCALES[scale]
  return Math.round(((value - min) / (max - min)) * 4)
}

/** The lowest value of `scale` that maps to `level` (for showing the mapping). */
export function lowestValueFor(level: number, scale: SourceScaleId): number {
  const { min, max } = SOURCE_SCALES[scale]
  return level === 0 ? min : min + ((level - 0.5) * (max - min)) / 4
}

/**
 * The smallest usual scale holding every number of the file, when enough of them are off 0–4:
 * one stray "9" among levels is a typo to fix, not a scale.
 */
export function suggestScale(stats: {
  min: number
  max: number
  offScaleCells: number
  numericCells: number
}): SourceScaleId | null {
  if (stats.offScaleCells < 2 || stats.offScaleCells < 0.1 * stats.numericCells) return null
  return SUGGESTION_ORDER.find((id) => SOURCE_SCALES[id].min <= stats.min && stats.max <= SOURCE_SCALES[id].max) ?? null
}

// A cell code packs level (low byte), interest (second byte) and flags; negative codes are errors.
export const BLANK_CELL = NOT_ASSESSED | (INTEREST_UNSET << 8)
export const NUMERIC_FLAG = 1 << 16
/** The cell held a number that is not a whole 0–4 (it was mapped from another scale). */
export const OFF_SCALE_FLAG = 1 << 17
export const UNKNOWN_WORD = -1
/** A number that is not a whole 0–4 and no scale mapping was chosen. */
export const OFF_SCALE = -2
/** A number outside the chosen source scale. */
export const OUTSIDE_SOURCE_SCALE = -3

export const levelOfCode = (code: number) => code & 0xff
export const interestOfCode = (code: number) => (code >> 8) & 0xff

const NUMBER = /^-?\d+(?:[.,]\d+)?$/
const BRACKETED_INTEREST = /^(.*?)\(([^()]+)\)$/

function wordMap(
  builtIn: readonly (readonly [number, readonly string[]])[],
  extra: readonly (readonly [string, number])[],
) {
  const map = new Map<string, number>()
  for (const [value, words] of builtIn) for (const word of words) map.set(looseKey(word), value)
  for (const [word, value] of extra) if (looseKey(word)) map.set(looseKey(word), value)
  return map
}

export interface LevelReader {
  /** Code of a level cell (see BLANK_CELL, flags and error codes). Cached per distinct text. */
  read(raw: string): number
  /** Interest 0–2, INTEREST_UNSET for blank, -1 for a word it does not know. */
  readInterest(raw: string): number
  /** Distinct numbers seen so far. */
  numbers(): { min: number; max: number; hasDecimals: boolean } | null
}

export function createLevelReader(context: DraftContext, scale: SourceScaleId | null): LevelReader {
  const levelWords = wordMap(LEVEL_WORDS, context.levelWords)
  const interestWords = wordMap(INTEREST_WORDS, context.interestWords)
  const cache = new Map<string, number>()
  let min = Infinity
  let max = -Infinity
  let hasDecimals = false

  function levelCode(text: string): number {
    if (text === NOT_ASSESSED_MARK) return NOT_ASSESSED
    if (NUMBER.test(text)) {
      const value = Number(text.replace(',', '.'))
      min = Math.min(min, value)
      max = Math.max(max, value)
      const whole = Number.isInteger(value)
      if (!whole) hasDecimals = true
      const onScale = whole && value >= 0 && value <= 4
      if (scale === null) return onScale ? value | NUMERIC_FLAG : OFF_SCALE
      const range = SOURCE_SCALES[scale]
      if (value < range.min || value > range.max) return OUTSIDE_SOURCE_SCALE
      return mapToLevel(value, scale) | NUMERIC_FLAG | (onScale ? 0 : OFF_SCALE_FLAG)
    }
    return levelWords.get(looseKey(text)) ?? UNKNOWN_WORD
  }

  function parse(raw: string): number {
    const text = unguardCell(raw).trim()
    if (text === '' || PLACEHOLDERS.has(text.toLowerCase())) return BLANK_CELL
    // `3 (wants to grow)`, `(хочет развиваться)`: the interest as a word, as exports write it.
    const worded = BRACKETED_INTEREST.exec(text)
    if (worded) {
      const interest = interestWords.get(looseKey(worded[2] ?? ''))
      if (interest === undefined) return UNKNOWN_WORD
      const body = (worded[1] ?? '').trim()
      const code = body === '' || PLACEHOLDERS.has(body.toLowerCase()) ? NOT_ASSESSED : levelCode(body)
      if (code < 0) return code
      return (code & ~0xff00) | (interest << 8)
    }
    const mark = INTEREST_MARKS[text.slice(-1)]
    const body = mark === undefined ? text : text.slice(0, -1).trim()
    const code = levelCode(body)
    if (code < 0) return code
    return (code & ~0xff00) | ((mark ?? INTEREST_UNSET) << 8)
  }

  // Single digits 0–4 are most cells of a big file: no map lookup for them.
  let digitsSeen = 0
  const fastDigits = scale === null

  return {
    read(raw) {
      if (raw.length === 1 && fastDigits) {
        const digit = raw.charCodeAt(0) - 48
        if (digit >= 0 && digit <= 4) {
          digitsSeen |= 1 << digit
          return digit | NUMERIC_FLAG | (INTEREST_UNSET << 8)
        }
      }
      let code = cache.get(raw)
      if (code === undefined) {
        code = parse(raw)
        cache.set(raw, code)
      }
      return code
    },
    readInterest(raw) {
      const text = unguardCell(raw).trim()
      if (text === '') return INTEREST_UNSET
      if (text === '0' || text === '1' || text === '2') return Number(text)
      return interestWords.get(looseKey(text)) ?? -1
    },
    numbers: () => {
      let low = min
      let high = max
      for (let digit = 0; digit <= 4; digit++) {
        if (digitsSeen & (1 << digit)) {
          low = Math.min(low, digit)
          high = Math.max(high, digit)
        }
      }
      return low <= high ? { min: low, max: high, hasDecimals } : null
    },
  }
}
