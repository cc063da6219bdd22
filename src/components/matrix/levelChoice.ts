import { INTEREST_UNSET, isInterest, isLevel, NOT_ASSESSED } from '../../domain/scale'

/** What the level editor returns: both parts of a cell, NOT_ASSESSED / INTEREST_UNSET when cleared. */
export interface LevelChoice {
  level: number
  interest: number
}

export function isLevelChoice(value: unknown): value is LevelChoice {
  if (typeof value !== 'object' || value === null) return false
  const { level, interest } = value as Record<string, unknown>
  return (isLevel(level) || level === NOT_ASSESSED) && (isInterest(interest) || interest === INTEREST_UNSET)
}
