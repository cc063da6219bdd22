import type { Locale, LocalText } from './text'
import { pickText } from './text'

export type Level = 0 | 1 | 2 | 3 | 4
export type Interest = 0 | 1 | 2

export const MIN_LEVEL: Level = 0
export const MAX_LEVEL: Level = 4
/** Stored in a packed level or interest array where nothing was recorded. */
export const NOT_ASSESSED = 255
export const INTEREST_UNSET = 255
/** The planner reads an unset interest as "open to it". */
export const DEFAULT_INTEREST: Interest = 1

export interface LevelDef {
  value: Level
  label: LocalText
  hint: LocalText
}

export interface InterestDef {
  value: Interest
  label: LocalText
}

export const LEVELS: readonly Level[] = [0, 1, 2, 3, 4]
export const INTERESTS: readonly Interest[] = [0, 1, 2]

export function isLevel(value: unknown): value is Level {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_LEVEL && value <= MAX_LEVEL
}

export function isInterest(value: unknown): value is Interest {
  return value === 0 || value === 1 || value === 2
}

export function levelDef(scale: readonly LevelDef[], level: Level): LevelDef {
  return (
    scale.find((def) => def.value === level) ?? {
      value: level,
      label: { en: String(level), ru: String(level) },
      hint: { en: '', ru: '' },
    }
  )
}

/** "3 · Proficient — Does it independently and reliably" */
export function describeLevel(scale: readonly LevelDef[], level: Level, locale: Locale): string {
  const def = levelDef(scale, level)
  const hint = pickText(def.hint, locale)
  return `${level} · ${pickText(def.label, locale)}${hint ? ` — ${hint}` : ''}`
}

export function interestLabel(scale: readonly InterestDef[], interest: Interest, locale: Locale): string {
  const def = scale.find((d) => d.value === interest)
  return def ? pickText(def.label, locale) : String(interest)
}
