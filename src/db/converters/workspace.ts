import type { InterestDef, LevelDef } from '../../domain/scale'
import { isInterest, isLevel } from '../../domain/scale'
import type { LocalText } from '../../domain/text'
import { RATING_SOURCES, type Category, type Person, type PersonRatings, type RatingSource, type RoleTemplate, type Skill, type SkillLink, type TargetLevel, type Workspace } from '../../domain/types'
import type { CategoryRow, MemberRow, PersonRow, RatingsRow, RoleRow, SkillRow, WorkspaceRow } from '../rows'
import { CorruptRecordError, reader, type Reader } from './validate'

function localTextFromDb(value: unknown): LocalText {
  const json = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
  return { en: typeof json.en === 'string' ? json.en : '', ru: typeof json.ru === 'string' ? json.ru : '' }
}

function levelDefFromDb(item: unknown, workspaceId: string): LevelDef {
  const json = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {}
  if (!isLevel(json.value)) throw new CorruptRecordError('workspace', workspaceId, 'a scale level is not 0–4')
  return { value: json.value, label: localTextFromDb(json.label), hint: localTextFromDb(json.hint) }
}

function interestDefFromDb(item: unknown, workspaceId: string): InterestDef {
  const json = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {}
  if (!isInterest(json.value)) throw new CorruptRecordError('workspace', workspaceId, 'an interest value is not 0–2')
  return { value: json.value, label: localTextFromDb(json.label) }
}

export function workspaceFromDb(row: unknown): Workspace {
  const r = reader('workspace', row)
  const target = r.object('defaultTarget')
  const cost = r.object('costModel')
  const level = target.level
  if (level !== 1 && level !== 2 && level !== 3 && level !== 4) throw new CorruptRecordError('workspace', r.text('id'), 'defaultTarget.level is not 1–4')
  return {
    id: r.text('id'),
    name: r.text('name'),
    createdAt: r.number('createdAt'),
    updatedAt: r.number('updatedAt'),
    nextSlot: r.number('nextSlot'),
    scale: r.list('scale').map((item) => levelDefFromDb(item, r.text('id'))),
    interestScale: r.list('interestScale').map((item) => interestDefFromDb(item, r.text('id'))),
    defaultTarget: { level, people: Number(target.people) },
    costModel: {
      trainStepCost: Number(cost.trainStepCost),
      interestDiscount: Number(cost.interestDiscount),
      maxTrainingsPerPerson: Number(cost.maxTrainingsPerPerson),
    },
    ratingSource: ratingSourceFromDb(r.text('ratingSource'), r.text('id')),
    staleAfterMonths: r.number('staleAfterMonths'),
  }
}

function ratingSourceFromDb(value: string, workspaceId: string): RatingSource {
  const source = RATING_SOURCES.find((s) => s === value)
  if (!source) throw new CorruptRecordError('workspace', workspaceId, `ratingSource "${value}" is unknown`)
  return source
}

function linksFromDb(items: unknown[], skillId: string): SkillLink[] {
  return items.map((item) => {
    const link = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {}
    if (typeof link.title !== 'string' || typeof link.url !== 'string') throw new CorruptRecordError('skill', skillId, 'a link is not {title, url}')
    return { title: link.title, url: link.url }
  })
}

export function workspaceToDb(workspace: Workspace): WorkspaceRow {
  return { ...workspace }
}

export function categoryFromDb(row: unknown): Category {
  const r = reader('category', row)
  return { id: r.text('id'), name: r.text('name'), nameRu: r.text('nameRu'), order: r.number('order') }
}

export function categoryToDb(category: Category, workspaceId: string): CategoryRow {
  return { ...category, workspaceId }
}

export function skillFromDb(row: unknown): Skill {
  const r = reader('skill', row)
  const target = r.object('target')
  const level = target.level as TargetLevel
  if (![1, 2, 3, 4].includes(level)) throw new CorruptRecordError('skill', r.text('id'), 'target.level is not 1–4')
  return {
    id: r.text('id'),
    categoryId: r.text('categoryId'),
    slot: r.number('slot'),
    name: r.text('name'),
    nameRu: r.text('nameRu'),
    aliases: r.list('aliases').filter((a): a is string => typeof a === 'string'),
    description: r.text('description'),
    order: r.number('order'),
    target: { level, people: Number(target.people) },
    critical: r.boolean('critical'),
    frameworkId: r.text('frameworkId'),
    notes: r.text('notes'),
    links: linksFromDb(r.list('links'), r.text('id')),
  }
}

export function skillToDb(skill: Skill, workspaceId: string): SkillRow {
  return { ...skill, aliases: [...skill.aliases], target: { ...skill.target }, links: skill.links.map((l) => ({ ...l })), workspaceId }
}

/** The person fields of a v1 people row or a member row (which keys its id as personId). */
function personFields(r: Reader, id: string): Person {
  return {
    id,
    name: r.text('name'),
    email: r.text('email'),
    team: r.text('team'),
    title: r.text('title'),
    active: r.boolean('active'),
    trainable: r.boolean('trainable'),
    order: r.number('order'),
  }
}

export function personFromDb(row: unknown): Person {
  const r = reader('person', row)
  return personFields(r, r.text('id'))
}

export function personToDb(person: Person, workspaceId: string): PersonRow {
  return { ...person, workspaceId }
}

export function roleFromDb(row: unknown): RoleTemplate {
  const r = reader('role', row)
  const requirements: RoleTemplate['requirements'] = {}
  for (const [skillId, level] of Object.entries(r.object('requirements'))) {
    if (!isLevel(level)) throw new CorruptRecordError('role', r.text('id'), `requirement for ${skillId} is not 0–4`)
    requirements[skillId] = level
  }
  return {
    id: r.text('id'),
    name: r.text('name'),
    nameRu: r.text('nameRu'),
    requirements,
    hireCost: r.number('hireCost'),
    order: r.number('order'),
    frameworkId: r.text('frameworkId'),
  }
}

export function roleToDb(role: RoleTemplate, workspaceId: string): RoleRow {
  return { ...role, requirements: { ...role.requirements }, workspaceId }
}

export function ratingsFromDb(row: unknown): PersonRatings {
  const r = reader('ratings', row)
  const record = row as Record<string, unknown>
  if (!(record.levels instanceof Uint8Array) || !(record.interest instanceof Uint8Array))
    throw new CorruptRecordError('ratings', r.text('personId'), 'levels/interest are not packed byte arrays')
  return { personId: r.text('personId'), levels: record.levels, self: new Uint8Array(0), interest: record.interest, updatedAt: r.number('updatedAt') }
}

export function ratingsToDb(ratings: PersonRatings, workspaceId: string): RatingsRow {
  return { workspaceId, personId: ratings.personId, levels: ratings.levels, interest: ratings.interest, updatedAt: ratings.updatedAt }
}

/** A stored member: the person and their packed ratings, validated. */
export function memberFromDb(row: unknown): { person: Person; ratings: PersonRatings } {
  const r = reader('member', row)
  const record = row as Record<string, unknown>
  const personId = r.text('personId')
  if (!(record.levels instanceof Uint8Array) || !(record.interest instanceof Uint8Array) || !(record.self instanceof Uint8Array))
    throw new CorruptRecordError('member', personId, 'levels/self/interest are not packed byte arrays')
  return {
    person: personFields(r, personId),
    ratings: { personId, levels: record.levels, self: record.self, interest: record.interest, updatedAt: r.number('updatedAt') },
  }
}

export function memberToDb(person: Person, ratings: PersonRatings, workspaceId: string): MemberRow {
  return {
    workspaceId,
    personId: person.id,
    name: person.name,
    email: person.email,
    team: person.team,
    title: person.title,
    active: person.active,
    trainable: person.trainable,
    order: person.order,
    levels: ratings.levels,
    self: ratings.self,
    interest: ratings.interest,
    updatedAt: ratings.updatedAt,
  }
}
