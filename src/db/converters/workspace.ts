import type {
  Category,
  LearningResource,
  Person,
  PersonRatings,
  RoleTemplate,
  Skill,
  Workspace,
} from '../../domain/types'
import {
  at,
  categoryRecord,
  personRecord,
  ratingsRecord,
  RecordError,
  resourceRecord,
  roleRecord,
  skillRecord,
  workspaceRecord,
  type Json,
} from '../../domain/validate/records'
import type {
  CategoryRow,
  MemberRow,
  PersonRow,
  RatingsRow,
  ResourceRow,
  RoleRow,
  SkillRow,
  WorkspaceRow,
} from '../records'
import { checked } from './validate'

// Each record is checked by the one validator of its kind (domain/validate/records.ts), as a backup is.

/** A packed field as IndexedDB stores it: a Uint8Array. */
function storedBytes(json: Json, key: string, path: string): Uint8Array {
  const value = json[key]
  if (!(value instanceof Uint8Array)) throw new RecordError('notPacked', at(path, key))
  return value
}

export function workspaceFromDb(row: unknown): Workspace {
  return checked('workspace', row, () => workspaceRecord(row, ''))
}

export function workspaceToDb(workspace: Workspace): WorkspaceRow {
  return { ...workspace }
}

export function categoryFromDb(row: unknown): Category {
  return checked('category', row, () => categoryRecord(row, ''))
}

export function categoryToDb(category: Category, workspaceId: string): CategoryRow {
  return { ...category, workspaceId }
}

export function skillFromDb(row: unknown): Skill {
  return checked('skill', row, () => skillRecord(row, ''))
}

export function skillToDb(skill: Skill, workspaceId: string): SkillRow {
  return {
    ...skill,
    aliases: [...skill.aliases],
    target: { ...skill.target },
    workspaceId,
  }
}

/** A v1 people row (upgrades read it). */
export function personFromDb(row: unknown): Person {
  return checked('person', row, () => personRecord(row, ''))
}

export function personToDb(person: Person, workspaceId: string): PersonRow {
  return { ...person, workspaceId }
}

export function roleFromDb(row: unknown): RoleTemplate {
  return checked('role', row, () => roleRecord(row, ''))
}

export function roleToDb(role: RoleTemplate, workspaceId: string): RoleRow {
  return { ...role, requirements: { ...role.requirements }, workspaceId }
}

export function resourceFromDb(row: unknown): LearningResource {
  return checked('resource', row, () => resourceRecord(row, ''))
}

export function resourceToDb(resource: LearningResource, workspaceId: string): ResourceRow {
  return { ...resource, title: { ...resource.title }, teaches: { ...resource.teaches }, workspaceId }
}

/** A v1 ratings record (upgrades read it): it had no self levels. */
export function ratingsFromDb(row: unknown): PersonRatings {
  return checked('ratings', row, () =>
    ratingsRecord(row, '', (json, key, path) => (key === 'self' ? new Uint8Array(0) : storedBytes(json, key, path))),
  )
}

export function ratingsToDb(ratings: PersonRatings, workspaceId: string): RatingsRow {
  return {
    workspaceId,
    personId: ratings.personId,
    levels: ratings.levels,
    interest: ratings.interest,
    updatedAt: ratings.updatedAt,
  }
}

/** A stored member: the person and their packed ratings, validated. */
export function memberFromDb(row: unknown): { person: Person; ratings: PersonRatings } {
  return checked('member', row, () => ({
    person: personRecord(row, '', 'personId'),
    ratings: ratingsRecord(row, '', storedBytes),
  }))
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
