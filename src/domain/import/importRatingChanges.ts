import { INTEREST_UNSET, NOT_ASSESSED } from '../scale'
import type { Change } from '../changes'
import type { Id, PersonRatings, WorkspaceData } from '../types'
import { runToEnd } from '../steps'
import { importChangeSteps } from './buildImportChange'
import { ratingTargetOf, type ImportMode, type ImportSource, type SkillChoices } from './importSource'
import { resolveImport, type ImportResolution } from './resolveImport'

/** One cell of a stored person the import would change (levels of the source it writes). */
export interface RatingChange {
  slot: number
  /** The stored (English) name, and the Russian one ('' when none). */
  skillName: string
  skillNameRu: string
  from: number
  to: number
  interestFrom: number
  interestTo: number
  /** The stored level of the other source (the lead's, for a self-assessment), kept as it is. */
  other: number
  /** When a lead's file also holds self levels (a long file's self level column) and this one changes. */
  selfFrom?: number
  selfTo?: number
}

/** Every change of one stored person, in skill order. */
export interface PersonChanges {
  personId: Id
  name: string
  changes: RatingChange[]
}

type SkillInOrder = { slot: number; name: string; nameRu: string }

/** Every skill after the change, stored and new, in the order the matrix shows them. */
function skillsInOrder(data: WorkspaceData, change: Change): SkillInOrder[] {
  const categoryOrder = new Map(
    [...data.categories, ...(change.forward.categories?.put ?? [])].map((c) => [c.id, c.order]),
  )
  return [...data.skills, ...(change.forward.skills?.put ?? [])]
    .sort(
      (a, b) => (categoryOrder.get(a.categoryId) ?? 0) - (categoryOrder.get(b.categoryId) ?? 0) || a.order - b.order,
    )
    .map((s) => ({ slot: s.slot, name: s.name, nameRu: s.nameRu }))
}

/** The cells of one record that the change writes differently, in skill order. */
function cellChanges(
  before: PersonRatings | undefined,
  after: PersonRatings,
  skills: readonly SkillInOrder[],
  self: boolean,
  bothSources: boolean,
): RatingChange[] {
  const beforeLevels = (self ? before?.self : before?.levels) ?? new Uint8Array(0)
  const afterLevels = self ? after.self : after.levels
  const otherLevels = (self ? before?.levels : before?.self) ?? new Uint8Array(0)
  const changes: RatingChange[] = []
  for (const skill of skills) {
    const from = beforeLevels[skill.slot] ?? NOT_ASSESSED
    const to = afterLevels[skill.slot] ?? NOT_ASSESSED
    const interestFrom = before?.interest[skill.slot] ?? INTEREST_UNSET
    const interestTo = after.interest[skill.slot] ?? INTEREST_UNSET
    const selfFrom = before?.self[skill.slot] ?? NOT_ASSESSED
    const selfTo = after.self[skill.slot] ?? NOT_ASSESSED
    const selfChanged = bothSources && selfFrom !== selfTo
    if (from !== to || interestFrom !== interestTo || selfChanged)
      changes.push({
        slot: skill.slot,
        skillName: skill.name,
        skillNameRu: skill.nameRu,
        from,
        to,
        interestFrom,
        interestTo,
        other: otherLevels[skill.slot] ?? NOT_ASSESSED,
        ...(selfChanged ? { selfFrom, selfTo } : {}),
      })
  }
  return changes
}

/**
 * What an import would change in the ratings of people already stored: exactly what the commit
 * writes (computed by building the same change), cell by cell, unchanged cells left out.
 * People it adds are not listed (nothing of theirs changes); people it removes are listed elsewhere.
 */
export function importRatingChanges(
  data: WorkspaceData,
  source: ImportSource,
  mode: ImportMode,
  choices?: SkillChoices,
  /** The same import's resolution when the caller has it (the preview does): not worked out twice. */
  resolved?: ImportResolution,
): PersonChanges[] {
  return runToEnd(importRatingChangesSteps(data, source, mode, choices, resolved))
}

/** People compared between two steps of `importRatingChangesSteps`. */
const PEOPLE_PER_STEP = 200

/** `importRatingChanges` in steps: 5,000 people were ~60 ms of one task of the preview (issue 16). */
export function* importRatingChangesSteps(
  data: WorkspaceData,
  source: ImportSource,
  mode: ImportMode,
  choices?: SkillChoices,
  resolved?: ImportResolution,
): Generator<void, PersonChanges[]> {
  const resolution = resolved ?? resolveImport(data, source, mode, choices)
  // Nobody in the file is stored yet (a first import): nothing to compare, nothing to build.
  if (!resolution.people.some((p) => p.existing)) return []
  let placeholder = 0
  const change = yield* importChangeSteps(data, source, mode, {
    newId: () => `\u0000new-${placeholder++}`,
    now: 0,
    subject: '',
    resolution,
  })
  const self = ratingTargetOf(source) === 'self'
  const skills = skillsInOrder(data, change)
  const stored = new Map(data.people.map((p) => [p.id, p]))
  const result: PersonChanges[] = []
  for (const [index, after] of (change.forward.ratings?.put ?? []).entries()) {
    if (index > 0 && index % PEOPLE_PER_STEP === 0) yield
    const person = stored.get(after.personId)
    if (!person) continue
    const changes = cellChanges(data.ratings.get(after.personId), after, skills, self, !self && Boolean(source.self))
    if (changes.length) result.push({ personId: person.id, name: person.name, changes })
  }
  return result
}

/** How many cells a list of person changes holds. */
export function changeCount(groups: readonly PersonChanges[]): number {
  return groups.reduce((sum, group) => sum + group.changes.length, 0)
}
