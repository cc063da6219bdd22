import type { InterestDef, LevelDef } from '../scale'
import { INTEREST_UNSET, isInterest, isLevel, MAX_LEVEL, NOT_ASSESSED } from '../scale'
import { idRecord } from '../idRecord'
import { MAX_COST, MAX_MENTEES, MAX_SEATS, MAX_SLOTS, MAX_TARGET_PEOPLE } from '../limits'
import { isCents } from '../planner/validate'
import { isWebUrl } from '../links'
import type { LocalText } from '../text'
import {
  CSV_DELIMITERS,
  RATING_SOURCES,
  type Category,
  type CsvExportSettings,
  type CostModel,
  type Id,
  type Person,
  type PersonRatings,
  type RoleTemplate,
  type Skill,
  type LearningResource,
  type LegacySkillLink,
  type SkillTarget,
  type Workspace,
} from '../types'

// The one validator of each stored record kind, for every door records come in by: IndexedDB
// (db/converters) and the backup file (io/backup). Checks across records (references, repeated
// ids) are the caller's, through the optional checks.

export type RecordProblemCode =
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

const EXPECTED: Record<RecordProblemCode, string> = {
  notObject: 'an object',
  notList: 'a list',
  notText: 'a text',
  emptyText: 'a text that is not blank',
  notNumber: 'a number',
  notBoolean: 'true/false',
  outOfRange: 'in range',
  duplicateId: 'used only once',
  unknownReference: 'a known id',
  notPacked: 'packed byte arrays',
  packedValue: 'a packed value in range',
}

/** A record that is not what this version of the app writes: `path` points at the value (`target.level`). */
export class RecordError extends Error {
  constructor(
    readonly code: RecordProblemCode,
    readonly path: string,
    expected: string = EXPECTED[code],
  ) {
    super(path ? `field "${path}" is not ${expected}` : `is not ${expected}`)
    this.name = 'RecordError'
  }
}

export type Json = Record<string, unknown>

export function at(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key
}

export function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RecordError('notObject', path)
  return value as Json
}

export function list(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new RecordError('notList', path)
  return value
}

function text(json: Json, key: string, path: string, required = false): string {
  const value = json[key]
  if (typeof value !== 'string') throw new RecordError('notText', at(path, key))
  if (required && !value.trim()) throw new RecordError('emptyText', at(path, key))
  return value
}

interface Range {
  min?: number
  max?: number
  whole?: boolean
}

function rangeText({ min, max, whole }: Range): string {
  const kind = whole ? 'a whole number' : 'a number'
  if (min !== undefined && max !== undefined) return `${kind} from ${min} to ${max}`
  if (min !== undefined) return `${kind} of at least ${min}`
  return max !== undefined ? `${kind} up to ${max}` : kind
}

function number(json: Json, key: string, path: string, range: Range = {}): number {
  const value = json[key]
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new RecordError('notNumber', at(path, key))
  if (
    (range.min !== undefined && value < range.min) ||
    (range.max !== undefined && value > range.max) ||
    (range.whole && !Number.isInteger(value))
  )
    throw new RecordError('outOfRange', at(path, key), rangeText(range))
  return value
}

function boolean(json: Json, key: string, path: string): boolean {
  const value = json[key]
  if (typeof value !== 'boolean') throw new RecordError('notBoolean', at(path, key))
  return value
}

function localText(value: unknown, path: string): LocalText {
  const json = object(value, path)
  return { en: text(json, 'en', path), ru: text(json, 'ru', path) }
}

function target(value: unknown, path: string): SkillTarget {
  const json = object(value, path)
  const level = number(json, 'level', path, { min: 1, max: 4, whole: true })
  return {
    level: level as SkillTarget['level'],
    people: number(json, 'people', path, { min: 0, max: MAX_TARGET_PEOPLE, whole: true }),
  }
}

/** A skill's learning links as stored before schema v7 (and in backups before version 3). */
export function legacyLinks(value: unknown, path: string): LegacySkillLink[] {
  if (value === undefined) return []
  return list(value, path).map((item, i) => {
    const p = at(path, i)
    const json = object(item, p)
    return { title: text(json, 'title', p), url: text(json, 'url', p) }
  })
}

export function workspaceRecord(value: unknown, path: string): Workspace {
  const json = object(value, path)
  const scale = list(json.scale, at(path, 'scale')).map((item, i): LevelDef => {
    const p = at(at(path, 'scale'), i)
    const def = object(item, p)
    const level = def.value
    if (!isLevel(level)) throw new RecordError('outOfRange', at(p, 'value'), 'a scale level (0–4)')
    return { value: level, label: localText(def.label, at(p, 'label')), hint: localText(def.hint, at(p, 'hint')) }
  })
  const interestScale = list(json.interestScale, at(path, 'interestScale')).map((item, i): InterestDef => {
    const p = at(at(path, 'interestScale'), i)
    const def = object(item, p)
    if (!isInterest(def.value)) throw new RecordError('outOfRange', at(p, 'value'), 'an interest value (0–2)')
    return { value: def.value, label: localText(def.label, at(p, 'label')) }
  })
  const cost = object(json.costModel, at(path, 'costModel'))
  const costPath = at(path, 'costModel')
  const costModel: CostModel = {
    trainStepCost: number(cost, 'trainStepCost', costPath, { min: 0 }),
    interestDiscount: number(cost, 'interestDiscount', costPath, { min: 0 }),
    maxTrainingsPerPerson: number(cost, 'maxTrainingsPerPerson', costPath, { min: 0, whole: true }),
  }
  // Absent in records written before mentoring existed: the planner then plans no mentoring.
  if (cost.mentoringStepCost !== undefined)
    costModel.mentoringStepCost = number(cost, 'mentoringStepCost', costPath, { min: 0 })
  if (cost.menteesPerMentor !== undefined)
    costModel.menteesPerMentor = number(cost, 'menteesPerMentor', costPath, { min: 0, max: MAX_MENTEES, whole: true })
  const id = text(json, 'id', path, true)
  const name = text(json, 'name', path)
  const createdAt = number(json, 'createdAt', path)
  const updatedAt = number(json, 'updatedAt', path)
  const nextSlot = number(json, 'nextSlot', path, { min: 0, max: MAX_SLOTS, whole: true })
  const defaultTarget = target(json.defaultTarget, at(path, 'defaultTarget'))
  const ratingSource = RATING_SOURCES.find((s) => s === text(json, 'ratingSource', path))
  if (!ratingSource) throw new RecordError('outOfRange', at(path, 'ratingSource'), 'a known rating source')
  const staleAfterMonths = number(json, 'staleAfterMonths', path, { min: 1, max: 1200, whole: true })
  const workspace: Workspace = {
    id,
    name,
    createdAt,
    updatedAt,
    nextSlot,
    scale,
    interestScale,
    defaultTarget,
    costModel,
    ratingSource,
    staleAfterMonths,
  }
  if (json.csvExport !== undefined) workspace.csvExport = csvExportRecord(json.csvExport, at(path, 'csvExport'))
  return workspace
}

function csvExportRecord(value: unknown, path: string): CsvExportSettings {
  const json = object(value, path)
  const delimiter = CSV_DELIMITERS.find((d) => d === json.delimiter)
  if (!delimiter) throw new RecordError('outOfRange', at(path, 'delimiter'), 'a CSV delimiter (, or ;)')
  return { delimiter, localNames: boolean(json, 'localNames', path) }
}

export function categoryRecord(value: unknown, path: string): Category {
  const json = object(value, path)
  return {
    id: text(json, 'id', path, true),
    name: text(json, 'name', path, true),
    nameRu: text(json, 'nameRu', path),
    order: number(json, 'order', path),
  }
}

/** What a skill is checked against beyond itself (a backup checks all three). */
export interface SkillChecks {
  knownCategory?: (id: Id) => boolean
  /** The highest slot the workspace has given out (its `nextSlot` - 1). */
  maxSlot?: number
  slotTaken?: (slot: number) => boolean
}

export function skillRecord(value: unknown, path: string, checks: SkillChecks = {}): Skill {
  const json = object(value, path)
  const categoryId = text(json, 'categoryId', path, true)
  if (checks.knownCategory && !checks.knownCategory(categoryId))
    throw new RecordError('unknownReference', at(path, 'categoryId'))
  const slot = number(json, 'slot', path, {
    min: 0,
    max: Math.min(checks.maxSlot ?? MAX_SLOTS - 1, MAX_SLOTS - 1),
    whole: true,
  })
  if (checks.slotTaken?.(slot)) throw new RecordError('duplicateId', at(path, 'slot'))
  return {
    id: text(json, 'id', path, true),
    categoryId,
    slot,
    name: text(json, 'name', path, true),
    nameRu: text(json, 'nameRu', path),
    aliases: list(json.aliases, at(path, 'aliases')).map((alias, i) => {
      if (typeof alias !== 'string') throw new RecordError('notText', at(at(path, 'aliases'), i))
      return alias
    }),
    description: text(json, 'description', path),
    order: number(json, 'order', path),
    target: target(json.target, at(path, 'target')),
    critical: boolean(json, 'critical', path),
    frameworkId: text(json, 'frameworkId', path),
    notes: text(json, 'notes', path),
  }
}

/** A person; a stored member keys its person by `personId`. */
export function personRecord(value: unknown, path: string, idKey: 'id' | 'personId' = 'id'): Person {
  const json = object(value, path)
  return {
    id: text(json, idKey, path, true),
    name: text(json, 'name', path, true),
    email: text(json, 'email', path),
    team: text(json, 'team', path),
    title: text(json, 'title', path),
    active: boolean(json, 'active', path),
    trainable: boolean(json, 'trainable', path),
    order: number(json, 'order', path),
  }
}

export function roleRecord(
  value: unknown,
  path: string,
  checks: { knownSkill?: (id: Id) => boolean } = {},
): RoleTemplate {
  const json = object(value, path)
  const requirements: RoleTemplate['requirements'] = idRecord()
  const required = object(json.requirements, at(path, 'requirements'))
  for (const [skillId, level] of Object.entries(required)) {
    const where = at(at(path, 'requirements'), skillId)
    if (checks.knownSkill && !checks.knownSkill(skillId)) throw new RecordError('unknownReference', where)
    if (!isLevel(level)) throw new RecordError('outOfRange', where, 'a level (0–4)')
    requirements[skillId] = level
  }
  return {
    id: text(json, 'id', path, true),
    name: text(json, 'name', path, true),
    nameRu: text(json, 'nameRu', path),
    requirements,
    hireCost: number(json, 'hireCost', path, { min: 0 }),
    order: number(json, 'order', path),
    frameworkId: text(json, 'frameworkId', path),
  }
}

function cost(json: Json, key: string, path: string): number {
  const value = number(json, key, path, { min: 0, max: MAX_COST })
  if (!isCents(value)) throw new RecordError('outOfRange', at(path, key), 'an amount with at most two decimals')
  return value
}

/** A learning resource of the catalogue. */
export function resourceRecord(
  value: unknown,
  path: string,
  checks: { knownSkill?: (id: Id) => boolean } = {},
): LearningResource {
  const json = object(value, path)
  const teaches: LearningResource['teaches'] = idRecord()
  const taught = object(json.teaches, at(path, 'teaches'))
  for (const [skillId, level] of Object.entries(taught)) {
    const where = at(at(path, 'teaches'), skillId)
    if (checks.knownSkill && !checks.knownSkill(skillId)) throw new RecordError('unknownReference', where)
    if (!isLevel(level)) throw new RecordError('outOfRange', where, 'a level (0–4)')
    teaches[skillId] = level
  }
  const title = localText(json.title, at(path, 'title'))
  if (!title.en.trim() && !title.ru.trim()) throw new RecordError('emptyText', at(path, 'title'))
  const url = json.url === null ? null : text(json, 'url', path)
  if (url !== null && !isWebUrl(url)) throw new RecordError('outOfRange', at(path, 'url'), 'an http(s) address or null')
  const seats = json.seats === null ? null : number(json, 'seats', path, { min: 1, max: MAX_SEATS, whole: true })
  return {
    id: text(json, 'id', path, true),
    title,
    url,
    kind: text(json, 'kind', path),
    language: text(json, 'language', path),
    teaches,
    seats,
    costPerSeat: cost(json, 'costPerSeat', path),
    costPerSession: cost(json, 'costPerSession', path),
    note: text(json, 'note', path),
    order: number(json, 'order', path),
    frameworkId: text(json, 'frameworkId', path),
  }
}

const PACKED = {
  level: { max: MAX_LEVEL, unset: NOT_ASSESSED, expected: 'a level (0–4) or 255 (not assessed)' },
  interest: { max: 2, unset: INTEREST_UNSET, expected: 'an interest (0–2) or 255 (not asked)' },
} as const

function packed(bytes: Uint8Array, path: string, kind: keyof typeof PACKED, maxLength = MAX_SLOTS): Uint8Array {
  if (bytes.length > maxLength) throw new RecordError('notPacked', path, `at most ${maxLength} bytes`)
  const { max, expected } = PACKED[kind]
  // A plain loop (every member read checks all three arrays) with one predictable compare per
  // byte: unset (255 for both kinds) wraps to 0, 0…max to 1…max + 1, anything else lands above.
  const limit = max + 1
  for (let i = 0; i < bytes.length; i++) {
    if (((bytes[i]! + 1) & 0xff) > limit) throw new RecordError('packedValue', `${path}[${i}]`, expected)
  }
  return bytes
}

/** What a person's ratings are checked against beyond themselves (a backup checks all three). */
export interface RatingsChecks {
  knownPerson?: (id: Id) => boolean
  ratedTwice?: (id: Id) => boolean
  /** The workspace's `nextSlot`: no packed array is longer. */
  maxLength?: number
}

/**
 * A person's packed ratings, one byte per skill slot. `bytes` reads one packed field as the door
 * stores it (a Uint8Array in IndexedDB, base64 in a backup).
 */
export function ratingsRecord(
  value: unknown,
  path: string,
  bytes: (json: Json, key: string, path: string) => Uint8Array,
  checks: RatingsChecks = {},
): PersonRatings {
  const json = object(value, path)
  const personId = text(json, 'personId', path, true)
  if (checks.knownPerson && !checks.knownPerson(personId))
    throw new RecordError('unknownReference', at(path, 'personId'))
  if (checks.ratedTwice?.(personId)) throw new RecordError('duplicateId', at(path, 'personId'))
  const field = (key: string, kind: keyof typeof PACKED) =>
    packed(bytes(json, key, path), at(path, key), kind, checks.maxLength)
  return {
    personId,
    levels: field('levels', 'level'),
    self: field('self', 'level'),
    interest: field('interest', 'interest'),
    updatedAt: number(json, 'updatedAt', path),
  }
}
