import type { Id } from '../types'

/** Merge updates the people it matches and adds the rest; replace makes people and ratings exactly the file's. */
export type ImportMode = 'merge' | 'replace'

/** What the domain needs of a validated import draft: skills, people and their packed levels (people × skills). */
export interface ImportSource {
  skills: readonly { name: string; category: string }[]
  people: readonly { row: number; name: string; email: string; team: string; title: string }[]
  /** Person fields the file has columns for; a field it lacks is kept as stored (all present when absent). */
  fields?: { email: boolean; team: boolean; title: boolean }
  levels: Uint8Array
  interest: Uint8Array
  /** The person's own levels beside the lead's (a long file's self level column), packed like `levels`. */
  self?: Uint8Array
  /** 'self' for a filled-in self-assessment form: its levels are the person's own. */
  format?: string
}

/** What the lead chose for a skill of the file: a stored skill, a new skill, or leaving it out. */
export type SkillChoice = { kind: 'existing'; skillId: Id } | { kind: 'new' } | { kind: 'ignore' }

/** The lead's choices, by the `nameKey` of the skill's name in the file; a skill without one is matched by name. */
export type SkillChoices = ReadonlyMap<string, SkillChoice>

/** Which levels an import writes: a self-assessment form writes the person's own, any other file the lead's. */
export type RatingTarget = 'lead' | 'self'

export function ratingTargetOf(source: Pick<ImportSource, 'format'>): RatingTarget {
  return source.format === 'self' ? 'self' : 'lead'
}

/** A self-assessment speaks for the people in it only: it always merges. */
export function modeFor(source: Pick<ImportSource, 'format'>, mode: ImportMode): ImportMode {
  return ratingTargetOf(source) === 'self' ? 'merge' : mode
}

/** Where skills without a category go. */
export const UNCATEGORISED = { name: 'Uncategorised', nameRu: 'Без категории' } as const
