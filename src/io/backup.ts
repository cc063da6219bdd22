import { catalogueResources, type CatalogueEntry } from '../domain/learning/catalogue'
import { resourcesFromLegacyLinks, type SkillLinks } from '../domain/learning/legacyLinks'
import { newId as randomId } from '../domain/ids'
import { resourcesByOrder } from '../domain/order'
import { RATING_DEFAULTS, type Id, type PersonRatings, type WorkspaceData } from '../domain/types'
import {
  legacyLinks,
  at,
  categoryRecord,
  list,
  object,
  personRecord,
  ratingsRecord,
  RecordError,
  resourceRecord,
  roleRecord,
  skillRecord,
  workspaceRecord,
  type Json,
  type RecordProblemCode,
} from '../domain/validate/records'

export const BACKUP_FORMAT = 'skillgrid-backup'
/**
 * 2 adds self levels, rating settings and learning notes; 3 the catalogue of learning resources
 * (skills lose their learning links). Older files still restore, with defaults.
 */
export const BACKUP_VERSION = 3
const READABLE_VERSIONS: readonly number[] = [1, 2, 3]

/** Why a backup was refused: `path` points at the value (`skills[3].target.level`). */
export type BackupProblemCode = 'notJson' | 'notBackup' | 'newerVersion' | 'unknownVersion' | RecordProblemCode

export class BackupError extends Error {
  constructor(
    readonly code: BackupProblemCode,
    readonly path: string,
  ) {
    super(`${path || '(file)'}: ${code}`)
    this.name = 'BackupError'
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

function fromBase64(text: string, path: string): Uint8Array {
  let binary: string
  try {
    binary = atob(text)
  } catch {
    throw new RecordError('notPacked', path)
  }
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/**
 * The versioned JSON backup of one workspace (its present state: history snapshots stay in the
 * browser). Packed ratings are base64, one byte per skill slot (255 = not assessed / interest
 * unset), exactly as stored; `self` holds the person's own levels, `levels` the lead's.
 */
export function backupJson(data: WorkspaceData, exportedAt: Date): string {
  const backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    packing:
      'levels (lead), self (the person) and interest: base64, one byte per skill slot, 255 = not assessed / not asked',
    workspace: data.workspace,
    categories: data.categories,
    skills: data.skills,
    people: data.people,
    roles: data.roles,
    resources: data.resources,
    ratings: [...data.ratings.values()].map((r) => ({
      personId: r.personId,
      levels: toBase64(r.levels),
      self: toBase64(r.self),
      interest: toBase64(r.interest),
      updatedAt: r.updatedAt,
    })),
  }
  return JSON.stringify(backup, null, 1)
}

/** Reads a list of entities, refusing a repeated id. */
function entities<T extends { id: Id }>(value: unknown, path: string, read: (item: unknown, path: string) => T): T[] {
  const seen = new Set<Id>()
  return list(value, path).map((item, i) => {
    const p = at(path, i)
    const entity = read(item, p)
    if (seen.has(entity.id)) throw new RecordError('duplicateId', at(p, 'id'))
    seen.add(entity.id)
    return entity
  })
}

/** A packed field of a backup: base64 text. */
function base64Field(json: Json, key: string, path: string): Uint8Array {
  const value = json[key]
  if (typeof value !== 'string') throw new RecordError('notText', at(path, key))
  return fromBase64(value, at(path, key))
}

/** A version 1 record with what version 1 did not have (whatever the file says there). */
function asVersion2(value: unknown, version: number, added: Json): unknown {
  return version < 2 && typeof value === 'object' && value !== null && !Array.isArray(value)
    ? { ...value, ...added }
    : value
}

export interface BackupContents {
  data: WorkspaceData
  /** When the backup was made, as written in it ('' when missing). */
  exportedAt: string
}

export interface BackupOptions {
  /** What a backup from before the catalogue (version < 3) starts its catalogue with, as a new workspace does. */
  catalogue?: readonly CatalogueEntry[]
  /** Ids for the resources such a backup gets. */
  newId?: () => Id
}

/** Parses and validates a backup; every refusal names the path of the first problem found. */
export function parseBackup(source: string, options: BackupOptions = {}): BackupContents {
  let parsed: unknown
  try {
    parsed = JSON.parse(source)
  } catch {
    throw new BackupError('notJson', '')
  }
  try {
    return readBackup(parsed, options)
  } catch (error) {
    if (error instanceof RecordError) throw new BackupError(error.code, error.path)
    throw error
  }
}

function readBackup(parsed: unknown, options: BackupOptions): BackupContents {
  // JSON that is not an object (a list, a number) has no "format" saying it is a backup.
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new BackupError('notBackup', 'format')
  const root = object(parsed, '')
  if (root.format !== BACKUP_FORMAT) throw new BackupError('notBackup', 'format')
  if (typeof root.version !== 'number') throw new BackupError('unknownVersion', 'version')
  if (root.version > BACKUP_VERSION) throw new BackupError('newerVersion', 'version')
  if (!READABLE_VERSIONS.includes(root.version)) throw new BackupError('unknownVersion', 'version')
  const exportedAt = typeof root.exportedAt === 'string' ? root.exportedAt : ''
  return { data: backupData(root, root.version, options), exportedAt }
}

/** The workspace in a backup, each record checked by the one validator of its kind and against the others. */
function backupData(root: Json, version: number, options: BackupOptions): WorkspaceData {
  const workspace = workspaceRecord(asVersion2(root.workspace, version, { ...RATING_DEFAULTS }), 'workspace')
  const categories = entities(root.categories, 'categories', categoryRecord)
  const categoryIds = new Set(categories.map((c) => c.id))
  const slots = new Set<number>()
  const links: SkillLinks[] = []
  const skills = entities(root.skills, 'skills', (item, p) => {
    const skill = skillRecord(asVersion2(item, version, { notes: '' }), p, {
      knownCategory: (id) => categoryIds.has(id),
      maxSlot: workspace.nextSlot - 1,
      slotTaken: (slot) => slots.has(slot),
    })
    if (version < 3) links.push({ skillId: skill.id, links: legacyLinks(object(item, p).links, at(p, 'links')) })
    slots.add(skill.slot)
    return skill
  })
  const skillIds = new Set(skills.map((s) => s.id))
  const people = entities(root.people, 'people', (item, p) => personRecord(item, p))
  const personIds = new Set(people.map((person) => person.id))
  const roles = entities(root.roles, 'roles', (item, p) =>
    roleRecord(item, p, { knownSkill: (id) => skillIds.has(id) }),
  )
  const resources =
    version < 3
      ? resourcesOfOldBackup(skills, links, options)
      : entities(root.resources, 'resources', (item, p) =>
          resourceRecord(item, p, { knownSkill: (id) => skillIds.has(id) }),
        )
  const ratings = new Map<Id, PersonRatings>()
  list(root.ratings, 'ratings').forEach((item, i) => {
    const record = ratingsRecord(asVersion2(item, version, { self: '' }), at('ratings', i), base64Field, {
      knownPerson: (id) => personIds.has(id),
      ratedTwice: (id) => ratings.has(id),
      maxLength: workspace.nextSlot,
    })
    ratings.set(record.personId, record)
  })
  return { workspace, categories, skills, people, roles, resources: resourcesByOrder(resources), ratings }
}

/** A backup from before the catalogue: the seeded one, then a resource per learning link its skills had. */
function resourcesOfOldBackup(
  skills: WorkspaceData['skills'],
  links: readonly SkillLinks[],
  { catalogue = [], newId = randomId }: BackupOptions,
) {
  const seeded = catalogueResources(catalogue, skills, newId)
  return [...seeded, ...resourcesFromLegacyLinks(links, newId, seeded.length)]
}
