import type { Id, Person } from './types'

/**
 * People as columns: one list per field, so 50,000 people cost no repeated field names and clone
 * (into IndexedDB or a worker) as a few arrays. A snapshot stores its people so; the planner's
 * worker gets them so.
 */
export interface PeopleColumns {
  ids: Id[]
  names: string[]
  emails: string[]
  teams: string[]
  titles: string[]
  /** Bit 1 active, bit 2 available for training. */
  flags: Uint8Array
  order: Float64Array
}

const ACTIVE = 1
const TRAINABLE = 2

/** Columns for `count` people, none in them yet (fill them in order with `appendPerson`). */
export function peopleColumns(count: number): PeopleColumns {
  return {
    ids: [],
    names: [],
    emails: [],
    teams: [],
    titles: [],
    flags: new Uint8Array(count),
    order: new Float64Array(count),
  }
}

/** Adds the next person to the columns. */
export function appendPerson(columns: PeopleColumns, person: Person): void {
  const p = columns.ids.length
  columns.ids.push(person.id)
  columns.names.push(person.name)
  columns.emails.push(person.email)
  columns.teams.push(person.team)
  columns.titles.push(person.title)
  columns.flags[p] = (person.active ? ACTIVE : 0) | (person.trainable ? TRAINABLE : 0)
  columns.order[p] = person.order
}

/** Person `p` of the columns. */
export function personAt(columns: PeopleColumns, p: number): Person {
  const flags = columns.flags[p] ?? 0
  return {
    id: columns.ids[p] ?? '',
    name: columns.names[p] ?? '',
    email: columns.emails[p] ?? '',
    team: columns.teams[p] ?? '',
    title: columns.titles[p] ?? '',
    active: (flags & ACTIVE) !== 0,
    trainable: (flags & TRAINABLE) !== 0,
    order: columns.order[p] ?? p,
  }
}
