import { INTEREST_UNSET, isInterest, isLevel, NOT_ASSESSED } from '../../domain/scale'

/** Which level an edit writes: the lead's (the default) or the person's own. */
export type LevelSource = 'lead' | 'self'

/** What the level editor returns: both parts of a cell, NOT_ASSESSED / INTEREST_UNSET when cleared. */
export interface LevelChoice {
  level: number
  interest: number
  source: LevelSource
}

export function isLevelChoice(value: unknown): value is LevelChoice {
  if (typeof value !== 'object' || value === null) return false
  const { level, interest, source } = value as Record<string, unknown>
  return (
    (isLevel(level) || level === NOT_ASSESSED) &&
    (isInterest(interest) || interest === INTEREST_UNSET) &&
    (source === 'lead' || source === 'self')
  )
}
