import type { Change } from '../changes'
import { nextOrder } from '../order'
import { emptyRatings } from '../ratings'
import { nameKey, withoutControlCharacters } from '../text'
import type { Id, Person, WorkspaceData } from '../types'
import { EditError, requireText, warnOfControlCharacters } from './editError'

export type PersonFields = Pick<Person, 'name' | 'email' | 'team' | 'title' | 'active' | 'trainable'>

export function normaliseEmail(email: string): string {
  return withoutControlCharacters(email).trim().toLowerCase()
}

function checkEmailFree(data: WorkspaceData, email: string, exceptId?: Id): void {
  if (!email) return
  const clash = data.people.find((p) => p.id !== exceptId && normaliseEmail(p.email) === email)
  if (clash) throw new EditError('edit.emailTaken', { email, name: clash.name })
}

function findPerson(data: WorkspaceData, id: Id): Person {
  const person = data.people.find((p) => p.id === id)
  if (!person) throw new EditError('edit.personMissing')
  return person
}

export function addPerson(data: WorkspaceData, fields: Partial<PersonFields> & { name: string }, id: Id): Change {
  const name = requireText(fields.name, 'edit.nameRequired')
  const email = normaliseEmail(fields.email ?? '')
  checkEmailFree(data, email)
  const person: Person = {
    id,
    name,
    email,
    team: withoutControlCharacters(fields.team ?? '').trim(),
    title: withoutControlCharacters(fields.title ?? '').trim(),
    active: fields.active ?? true,
    trainable: fields.trainable ?? true,
    order: nextOrder(data.people),
  }
  const change: Change = {
    label: { action: 'addPerson', subject: name },
    forward: { people: { put: [person] }, ratings: { put: [emptyRatings(id, data.workspace.nextSlot)] } },
    backward: { people: { delete: [id] }, ratings: { delete: [id] } },
  }
  return warnOfControlCharacters(change, personTexts(fields))
}

/** The entered texts of a person, by the field their warning names. */
function personTexts(fields: Partial<PersonFields>) {
  return { personName: fields.name, email: fields.email, team: fields.team, title: fields.title }
}

export function updatePerson(data: WorkspaceData, id: Id, patch: Partial<PersonFields>): Change | null {
  const person = findPerson(data, id)
  const next: Person = { ...person }
  if (patch.name !== undefined) next.name = requireText(patch.name, 'edit.nameRequired')
  if (patch.email !== undefined) {
    next.email = normaliseEmail(patch.email)
    checkEmailFree(data, next.email, id)
  }
  if (patch.team !== undefined) next.team = withoutControlCharacters(patch.team).trim()
  if (patch.title !== undefined) next.title = withoutControlCharacters(patch.title).trim()
  if (patch.active !== undefined) next.active = patch.active
  if (patch.trainable !== undefined) next.trainable = patch.trainable
  const changed = (Object.keys(next) as (keyof Person)[]).some((key) => next[key] !== person[key])
  if (!changed) return null
  const action =
    patch.active !== undefined && next.active !== person.active
      ? next.active
        ? 'activatePerson'
        : 'deactivatePerson'
      : next.name !== person.name
        ? 'renamePerson'
        : 'editPerson'
  const change: Change = {
    label: { action, subject: person.name },
    forward: { people: { put: [next] } },
    backward: { people: { put: [person] } },
  }
  return warnOfControlCharacters(change, personTexts(patch))
}

export function deletePeople(data: WorkspaceData, ids: readonly Id[]): Change {
  const people = ids.map((id) => findPerson(data, id))
  const ratings = people.flatMap((p) => {
    const record = data.ratings.get(p.id)
    return record ? [record] : []
  })
  const first = people[0]
  return {
    label: {
      action: people.length > 1 ? 'deletePeople' : 'deletePerson',
      subject: people.length > 1 ? String(people.length) : (first?.name ?? ''),
    },
    forward: { people: { delete: [...ids] }, ratings: { delete: [...ids] } },
    backward: { people: { put: people }, ratings: { put: ratings } },
  }
}

/** First person whose name matches case- and space-insensitively. */
export function findPersonByName(data: WorkspaceData, name: string): Person | undefined {
  const key = nameKey(name)
  return data.people.find((p) => nameKey(p.name) === key)
}
