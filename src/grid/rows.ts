import type { Person, PersonRatings, WorkspaceData } from '../domain/types'

/** One grid row: a person with their packed ratings (never deep-reactive; see STACK.md). */
export type MatrixRow = Pick<Person, 'id' | 'name' | 'email' | 'team' | 'title' | 'active'> & Pick<PersonRatings, 'levels' | 'interest'>

const EMPTY = new Uint8Array(0)

export function matrixRow(person: Person, ratings: PersonRatings | undefined): MatrixRow {
  return Object.freeze({
    id: person.id,
    name: person.name,
    email: person.email,
    team: person.team,
    title: person.title,
    active: person.active,
    levels: ratings?.levels ?? EMPTY,
    interest: ratings?.interest ?? EMPTY,
  }) as MatrixRow
}

export function matrixRows(data: WorkspaceData): MatrixRow[] {
  return [...data.people].sort((a, b) => a.order - b.order).map((p) => matrixRow(p, data.ratings.get(p.id)))
}
