import type { InterestDef, LevelDef } from '../domain/scale'
import { INTEREST_UNSET, isInterest, isLevel, NOT_ASSESSED } from '../domain/scale'
import type { LocalText } from '../domain/text'
import { RATING_DEFAULTS, RATING_SOURCES, type Category, type CostModel, type Id, type Person, type PersonRatings, type RoleTemplate, type Skill, type SkillLink, type SkillTarget, type Workspace, type WorkspaceData } from '../domain/types'

export const BACKUP_FORMAT = 'skillgrid-backup'
/** 2 adds self levels, rating settings and learning notes; version 1 files still restore (with defaults). */
export const BACKUP_VERSION = 2
const READABLE_VERSIONS: readonly number[] = [1, 2]

/** Why a backup was refused: `path` points at the value (`skills[3].target.level`). */
export type BackupProblemCode =
  | 'notJson'
  | 'notBackup'
  | 'newerVersion'
  | 'unknownVersion'
  | 'notObject'
  | 'notList'
  | 'notText'
  | 'emptyText'
  | 'notNumber'
  | 'notBoolean'
  | 'outOfRange'
  | 'duplicateId'
  | 'unknownReference'
  | 'notPacked'
  | 'packedValue'

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
    throw new BackupError('notPacked', path)
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
    packing: 'levels (lead), self (the person) and interest: base64, one byte per skill slot, 255 = not assessed / not asked',
    workspace: data.workspace,
    categories: data.categories,
    skills: data.skills,
    people: data.people,
    roles: data.roles,
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

type Json = Record<string, unknown>

function at(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key
}

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new BackupError('notObject', path)
  return value as Json
}

function list(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new BackupError('notList', path)
  return value
}

function text(json: Json, key: string, path: string, required = false): string {
  const value = json[key]
  if (typeof value !== 'string') throw new BackupError('notText', at(path, key))
  if (required && !value.trim()) throw new BackupError('emptyText', at(path, key))
  return value
}

function number(json: Json, key: string, path: string, range: { min?: number; max?: number; whole?: boolean } = {}): number {
  const value = json[key]
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new BackupError('notNumber', at(path, key))
  if ((range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max) || (range.whole && !Number.isInteger(value)))
    throw new BackupError('outOfRange', at(path, key))
  return value
}

function boolean(json: Json, key: string, path: string): boolean {
  const value = json[key]
  if (typeof value !== 'boolean') throw new BackupError('notBoolean', at(path, key))
  return value
}

function localText(value: unknown, path: string): LocalText {
  const json = object(value, path)
  return { en: text(json, 'en', path), ru: text(json, 'ru', path) }
}

function target(value: unknown, path: string): SkillTarget {
  const json = object(value, path)
  const level = number(json, 'level', path, { min: 1, max: 4, whole: true })
  return { level: level as SkillTarget['level'], people: number(json, 'people', path, { min: 0, whole: true }) }
}

function ratingSettings(json: Json, path: string, version: number): Pick<Workspace, 'ratingSource' | 'staleAfterMonths'> {
  if (version < 2) return { ...RATING_DEFAULTS }
  const source = RATING_SOURCES.find((s) => s === text(json, 'ratingSource', path))
  if (!source) throw new BackupError('outOfRange', at(path, 'ratingSource'))
  return { ratingSource: source, staleAfterMonths: number(json, 'staleAfterMonths', path, { min: 1, max: 1200, whole: true }) }
}

function links(value: unknown, path: string): SkillLink[] {
  return list(value, path).map((item, i) => {
    const p = at(path, i)
    const json = object(item, p)
    return { title: text(json, 'title', p), url: text(json, 'url', p) }
  })
}

function workspace(value: unknown, path: string, version: number): Workspace {
  const json = object(value, path)
  const scale = list(json.scale, at(path, 'scale')).map((item, i): LevelDef => {
    const p = at(at(path, 'scale'), i)
    const def = object(item, p)
    const level = def.value
    if (!isLevel(level)) throw new BackupError('outOfRange', at(p, 'value'))
    return { value: level, label: localText(def.label, at(p, 'label')), hint: localText(def.hint, at(p, 'hint')) }
  })
  const interestScale = list(json.interestScale, at(path, 'interestScale')).map((item, i): InterestDef => {
    const p = at(at(path, 'interestScale'), i)
    const def = object(item, p)
    if (!isInterest(def.value)) throw new BackupError('outOfRange', at(p, 'value'))
    return { value: def.value, label: localText(def.label, at(p, 'label')) }
  })
  const cost = object(json.costModel, at(path, 'costModel'))
  const costPath = at(path, 'costModel')
  const costModel: CostModel = {
    trainStepCost: number(cost, 'trainStepCost', costPath, { min: 0 }),
    interestDiscount: number(cost, 'interestDiscount', costPath, { min: 0 }),
    maxTrainingsPerPerson: number(cost, 'maxTrainingsPerPerson', costPath, { min: 0, whole: true }),
  }
  return {
    id: text(json, 'id', path, true),
    name: text(json, 'name', path),
    createdAt: number(json, 'createdAt', path),
    updatedAt: number(json, 'updatedAt', path),
    nextSlot: number(json, 'nextSlot', path, { min: 0, whole: true }),
    scale,
    interestScale,
    defaultTarget: target(json.defaultTarget, at(path, 'defaultTarget')),
    costModel,
    ...ratingSettings(json, path, version),
  }
}

/** Reads a list of entities, refusing a repeated id. */
function entities<T extends { id: Id }>(value: unknown, path: string, read: (json: Json, path: string) => T): T[] {
  const seen = new Set<Id>()
  return list(value, path).map((item, i) => {
    const p = at(path, i)
    const entity = read(object(item, p), p)
    if (seen.has(entity.id)) throw new BackupError('duplicateId', at(p, 'id'))
    seen.add(entity.id)
    return entity
  })
}

function packed(json: Json, key: string, path: string, valid: (value: number) => boolean, maxLength: number): Uint8Array {
  const bytes = fromBase64(text(json, key, path), at(path, key))
  if (bytes.length > maxLength) throw new BackupError('notPacked', at(path, key))
  const bad = bytes.findIndex((value) => !valid(value))
  if (bad >= 0) throw new BackupError('packedValue', `${at(path, key)}[${bad}]`)
  return bytes
}

export interface BackupContents {
  data: WorkspaceData
  /** When the backup was made, as written in it ('' when missing). */
  exportedAt: string
}

/** Parses and validates a backup; every refusal names the path of the first problem found. */
export function parseBackup(source: string): BackupContents {
  let parsed: unknown
  try {
    parsed = JSON.parse(source)
  } catch {
    throw new BackupError('notJson', '')
  }
  const root = object(parsed, '')
  if (root.format !== BACKUP_FORMAT) throw new BackupError('notBackup', 'format')
  if (typeof root.version !== 'number') throw new BackupError('unknownVersion', 'version')
  if (root.version > BACKUP_VERSION) throw new BackupError('newerVersion', 'version')
  if (!READABLE_VERSIONS.includes(root.version)) throw new BackupError('unknownVersion', 'version')
  const version = root.version

  const ws = workspace(root.workspace, 'workspace', version)
  const categories = entities(root.categories, 'categories', (json, p): Category => ({
    id: text(json, 'id', p, true),
    name: text(json, 'name', p, true),
    nameRu: text(json, 'nameRu', p),
    order: number(json, 'order', p),
  }))
  const categoryIds = new Set(categories.map((c) => c.id))
  const slots = new Set<number>()
  const skills = entities(root.skills, 'skills', (json, p): Skill => {
    const categoryId = text(json, 'categoryId', p, true)
    if (!categoryIds.has(categoryId)) throw new BackupError('unknownReference', at(p, 'categoryId'))
    const slot = number(json, 'slot', p, { min: 0, max: ws.nextSlot - 1, whole: true })
    if (slots.has(slot)) throw new BackupError('duplicateId', at(p, 'slot'))
    slots.add(slot)
    return {
      id: text(json, 'id', p, true),
      categoryId,
      slot,
      name: text(json, 'name', p, true),
      nameRu: text(json, 'nameRu', p),
      aliases: list(json.aliases, at(p, 'aliases')).map((alias, i) => {
        if (typeof alias !== 'string') throw new BackupError('notText', at(at(p, 'aliases'), i))
        return alias
      }),
      description: text(json, 'description', p),
      order: number(json, 'order', p),
      target: target(json.target, at(p, 'target')),
      critical: boolean(json, 'critical', p),
      frameworkId: text(json, 'frameworkId', p),
      notes: version < 2 ? '' : text(json, 'notes', p),
      links: version < 2 ? [] : links(json.links, at(p, 'links')),
    }
  })
  const skillIds = new Set(skills.map((s) => s.id))
  const people = entities(root.people, 'people', (json, p): Person => ({
    id: text(json, 'id', p, true),
    name: text(json, 'name', p, true),
    email: text(json, 'email', p),
    team: text(json, 'team', p),
    title: text(json, 'title', p),
    active: boolean(json, 'active', p),
    trainable: boolean(json, 'trainable', p),
    order: number(json, 'order', p),
  }))
  const personIds = new Set(people.map((person) => person.id))
  const roles = entities(root.roles, 'roles', (json, p): RoleTemplate => {
    const requirements: RoleTemplate['requirements'] = {}
    const required = object(json.requirements, at(p, 'requirements'))
    for (const [skillId, level] of Object.entries(required)) {
      const where = at(at(p, 'requirements'), skillId)
      if (!skillIds.has(skillId)) throw new BackupError('unknownReference', where)
      if (!isLevel(level)) throw new BackupError('outOfRange', where)
      requirements[skillId] = level
    }
    return {
      id: text(json, 'id', p, true),
      name: text(json, 'name', p, true),
      nameRu: text(json, 'nameRu', p),
      requirements,
      hireCost: number(json, 'hireCost', p, { min: 0 }),
      order: number(json, 'order', p),
      frameworkId: text(json, 'frameworkId', p),
    }
  })
  const ratings = new Map<Id, PersonRatings>()
  list(root.ratings, 'ratings').forEach((item, i) => {
    const p = at('ratings', i)
    const json = object(item, p)
    const personId = text(json, 'personId', p, true)
    if (!personIds.has(personId)) throw new BackupError('unknownReference', at(p, 'personId'))
    if (ratings.has(personId)) throw new BackupError('duplicateId', at(p, 'personId'))
    ratings.set(personId, {
      personId,
      levels: packed(json, 'levels', p, (v) => isLevel(v) || v === NOT_ASSESSED, ws.nextSlot),
      self: version < 2 ? new Uint8Array(0) : packed(json, 'self', p, (v) => isLevel(v) || v === NOT_ASSESSED, ws.nextSlot),
      interest: packed(json, 'interest', p, (v) => isInterest(v) || v === INTEREST_UNSET, ws.nextSlot),
      updatedAt: number(json, 'updatedAt', p),
    })
  })
  const exportedAt = typeof root.exportedAt === 'string' ? root.exportedAt : ''
  return { data: { workspace: ws, categories, skills, people, roles, ratings }, exportedAt }
}
