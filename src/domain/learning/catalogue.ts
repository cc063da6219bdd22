import { FrameworkError } from '../framework'
import { isWebUrl } from '../links'
import { isLevel, type Level } from '../scale'
import type { LocalText } from '../text'
import { idRecord } from '../idRecord'
import type { Id, LearningResource, Skill } from '../types'

/** One resource of the seeded catalogue (learning-resources.json): skills by their framework id. */
export interface CatalogueEntry {
  frameworkId: string
  title: LocalText
  url: string | null
  kind: string
  language: string
  /** Framework skill id → level. */
  teaches: Record<string, Level>
  seats: number | null
  costPerSeat: number
  costPerSession: number
  note: string
}

type Json = Record<string, unknown>

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new FrameworkError(path, 'must be an object')
  return value as Json
}

function text(value: unknown, path: string, optional = false): string {
  if (optional && value === undefined) return ''
  if (typeof value !== 'string') throw new FrameworkError(path, 'must be a text')
  return value
}

function amount(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw new FrameworkError(path, 'must be a number ≥ 0')
  return value
}

/** The seeded catalogue, validated; `skillIds` are the framework's, which every `teaches` key must name. */
export function parseLearningCatalogue(input: unknown, skillIds: ReadonlySet<string>): CatalogueEntry[] {
  const root = object(input, 'root')
  if (!Array.isArray(root.resources)) throw new FrameworkError('resources', 'must be a list')
  const seen = new Set<string>()
  return root.resources.map((item, i) => {
    const path = `resources[${i}]`
    const json = object(item, path)
    const frameworkId = text(json.id, `${path}.id`)
    if (!frameworkId || seen.has(frameworkId)) throw new FrameworkError(`${path}.id`, 'must be a new, non-empty id')
    seen.add(frameworkId)
    const title = object(json.title, `${path}.title`)
    const url = json.url === null ? null : text(json.url, `${path}.url`)
    if (url !== null && !isWebUrl(url)) throw new FrameworkError(`${path}.url`, 'must be an http(s) address or null')
    const teaches: Record<string, Level> = idRecord()
    for (const [skillId, level] of Object.entries(object(json.teaches, `${path}.teaches`))) {
      if (!skillIds.has(skillId)) throw new FrameworkError(`${path}.teaches`, `names unknown skill "${skillId}"`)
      if (!isLevel(level)) throw new FrameworkError(`${path}.teaches.${skillId}`, 'must be 0–4')
      teaches[skillId] = level
    }
    const seats = json.seats === null ? null : amount(json.seats, `${path}.seats`)
    if (seats !== null && (!Number.isInteger(seats) || seats < 1))
      throw new FrameworkError(`${path}.seats`, 'must be a whole number ≥ 1 or null')
    return {
      frameworkId,
      title: { en: text(title.en, `${path}.title.en`), ru: text(title.ru, `${path}.title.ru`) },
      url,
      kind: text(json.kind, `${path}.kind`),
      language: text(json.language, `${path}.language`),
      teaches,
      seats,
      costPerSeat: amount(json.costPerSeat, `${path}.costPerSeat`),
      costPerSession: amount(json.costPerSession, `${path}.costPerSession`),
      note: text(json.note, `${path}.note`, true),
    }
  })
}

/**
 * The catalogue as resources of one workspace: each skill found by its framework id (a skill the
 * workspace lacks is left out of what the resource teaches), placed after `firstOrder`.
 */
export function catalogueResources(
  entries: readonly CatalogueEntry[],
  skills: readonly Pick<Skill, 'id' | 'frameworkId'>[],
  newId: () => Id,
  firstOrder = 0,
): LearningResource[] {
  const skillIdOf = new Map(skills.filter((s) => s.frameworkId).map((s) => [s.frameworkId, s.id]))
  return entries.map((entry, index) => ({
    id: newId(),
    title: { ...entry.title },
    url: entry.url,
    kind: entry.kind,
    language: entry.language,
    teaches: idRecord(
      Object.entries(entry.teaches).flatMap(([frameworkSkillId, level]) => {
        const skillId = skillIdOf.get(frameworkSkillId)
        return skillId ? [[skillId, level] as const] : []
      }),
    ),
    seats: entry.seats,
    costPerSeat: entry.costPerSeat,
    costPerSession: entry.costPerSession,
    note: entry.note,
    order: firstOrder + index,
    frameworkId: entry.frameworkId,
  }))
}
