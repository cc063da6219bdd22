import type { Change } from '../changes'
import { idRecord } from '../idRecord'
import { MAX_COST, MAX_SEATS } from '../limits'
import { isWebUrl } from '../links'
import { nextOrder } from '../order'
import { isCents } from '../planner/validate'
import { isLevel, type Level } from '../scale'
import { hasControlCharacters, nameKey, withoutControlCharacters, type LocalText } from '../text'
import type { Id, LearningResource, WorkspaceData } from '../types'
import { EditError, warnOfControlCharacters } from './editError'

/** What the resource form edits: everything but the id, the order and the seed id. */
export type ResourceFields = Omit<LearningResource, 'id' | 'order' | 'frameworkId'>

function findResource(data: WorkspaceData, id: Id): LearningResource {
  const resource = data.resources.find((r) => r.id === id)
  if (!resource) throw new EditError('edit.resourceMissing')
  return resource
}

const clean = (value: string) => withoutControlCharacters(value).trim()

function validCost(value: number, field: 'costPerSeat' | 'costPerSession'): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_COST)
    throw new EditError('edit.resourceCost', { field, value: String(value), max: MAX_COST })
  if (!isCents(value)) throw new EditError('edit.resourceCostDecimals', { field, value: String(value) })
  return Math.round(value * 100) / 100
}

/** The fields as they will be stored, or the first reason they cannot be. */
export function validResourceFields(data: WorkspaceData, fields: ResourceFields): ResourceFields {
  const title: LocalText = { en: clean(fields.title.en), ru: clean(fields.title.ru) }
  if (!title.en && !title.ru) throw new EditError('edit.resourceTitleRequired')
  const url = fields.url === null ? '' : clean(fields.url)
  if (url && !isWebUrl(url)) throw new EditError('edit.resourceUrl', { value: url })
  const { seats } = fields
  if (seats !== null && (!Number.isInteger(seats) || seats < 1 || seats > MAX_SEATS))
    throw new EditError('edit.resourceSeats', { value: String(seats), max: MAX_SEATS })
  const skills = new Set(data.skills.map((s) => s.id))
  const teaches: Record<Id, Level> = idRecord()
  for (const [skillId, level] of Object.entries(fields.teaches)) {
    if (!skills.has(skillId)) throw new EditError('edit.skillMissing')
    if (!isLevel(level)) throw new EditError('edit.requirementLevel', { value: String(level) })
    teaches[skillId] = level
  }
  return {
    title,
    url: url || null,
    kind: clean(fields.kind),
    language: clean(fields.language),
    teaches,
    seats,
    costPerSeat: validCost(fields.costPerSeat, 'costPerSeat'),
    // A self-paced resource has no session to pay for.
    costPerSession: seats === null ? 0 : validCost(fields.costPerSession, 'costPerSession'),
    note: withoutControlCharacters(fields.note).trim(),
  }
}

/** The title as typed that a warning quotes: the language that held control characters, if one did. */
function typedTitle(fields: ResourceFields): string {
  return hasControlCharacters(fields.title.en) ? fields.title.en : fields.title.ru
}

/** The name an undo step shows: the title in the language it has. */
function subject(resource: Pick<LearningResource, 'title'>): string {
  return resource.title.en || resource.title.ru
}

export function addResource(data: WorkspaceData, fields: ResourceFields, id: Id): Change {
  const resource: LearningResource = {
    ...validResourceFields(data, fields),
    id,
    order: nextOrder(data.resources),
    frameworkId: '',
  }
  return warnOfControlCharacters(
    {
      label: { action: 'addResource', subject: subject(resource) },
      forward: { resources: { put: [resource] } },
      backward: { resources: { delete: [id] } },
    },
    { resourceTitle: typedTitle(fields) },
  )
}

export function updateResource(data: WorkspaceData, id: Id, fields: ResourceFields): Change | null {
  const before = findResource(data, id)
  const after: LearningResource = { ...before, ...validResourceFields(data, fields) }
  if (JSON.stringify(before) === JSON.stringify(after)) return null
  return warnOfControlCharacters(
    {
      label: { action: 'editResource', subject: subject(before) },
      forward: { resources: { put: [after] } },
      backward: { resources: { put: [before] } },
    },
    { resourceTitle: typedTitle(fields) },
  )
}

/** A copy under the given title (the page suggests "… (copy)"), placed last. */
export function duplicateResource(data: WorkspaceData, sourceId: Id, title: LocalText, id: Id): Change {
  const source = findResource(data, sourceId)
  const change = addResource(data, { ...source, title }, id)
  return { ...change, label: { action: 'duplicateResource', subject: subject(source) } }
}

export function deleteResource(data: WorkspaceData, id: Id): Change {
  const resource = findResource(data, id)
  return {
    label: { action: 'deleteResource', subject: subject(resource) },
    forward: { resources: { delete: [id] } },
    backward: { resources: { put: [resource] } },
  }
}

/** A resource read from a file: `id` matches a resource of the workspace when the file came from an export. */
export interface IncomingResource {
  id: Id
  fields: ResourceFields
}

/**
 * Resources from a file, merged into the catalogue as one change: each replaces the resource with
 * its id, else the one with the same title (either language), else it is added. Nothing is deleted.
 */
export function mergeResources(
  data: WorkspaceData,
  incoming: readonly IncomingResource[],
  newId: () => Id,
): Change | null {
  const byId = new Map(data.resources.map((r) => [r.id, r]))
  const byTitle = new Map<string, LearningResource>()
  for (const r of data.resources)
    for (const title of [r.title.en, r.title.ru]) if (title) byTitle.set(nameKey(title), r)
  const put: LearningResource[] = []
  const before: LearningResource[] = []
  const added: Id[] = []
  const claimed = new Set<Id>()
  let order = nextOrder(data.resources)
  for (const { id, fields } of incoming) {
    const valid = validResourceFields(data, fields)
    const known =
      byId.get(id) ??
      [valid.title.en, valid.title.ru].map((t) => (t ? byTitle.get(nameKey(t)) : undefined)).find(Boolean)
    if (known && !claimed.has(known.id)) {
      claimed.add(known.id)
      const next = { ...known, ...valid }
      if (JSON.stringify(next) === JSON.stringify(known)) continue
      put.push(next)
      before.push(known)
    } else {
      const resource: LearningResource = { ...valid, id: newId(), order: order++, frameworkId: '' }
      put.push(resource)
      added.push(resource.id)
    }
  }
  if (!put.length) return null
  return {
    label: { action: 'importResources', subject: String(put.length) },
    forward: { resources: { put } },
    backward: { resources: { put: before, delete: added } },
  }
}
