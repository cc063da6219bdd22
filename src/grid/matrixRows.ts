import { effectiveRecord } from '../domain/sources'
import type { Person, PersonRatings, RatingSource, WorkspaceData } from '../domain/types'

/** One grid row: a person with their packed ratings (never deep-reactive; see STACK.md). */
export type MatrixRow = Pick<Person, 'id' | 'name' | 'email' | 'team' | 'title' | 'active'> & {
  /** The levels that count (lead's, else self — as the workspace says): what a cell shows. */
  levels: Uint8Array
  /** The lead's and the person's own levels, for the marker and the tooltip. */
  lead: Uint8Array
  self: Uint8Array
  interest: Uint8Array
}

const EMPTY = new Uint8Array(0)

export function matrixRow(person: Person, ratings: PersonRatings | undefined, source: RatingSource): MatrixRow {
  return Object.freeze({
    id: person.id,
    name: person.name,
    email: person.email,
    team: person.team,
    title: person.title,
    active: person.active,
    levels: ratings ? effectiveRecord(ratings, source).levels : EMPTY,
    lead: ratings?.levels ?? EMPTY,
    self: ratings?.self ?? EMPTY,
    interest: ratings?.interest ?? EMPTY,
  }) as MatrixRow
}

export function matrixRows(data: WorkspaceData): MatrixRow[] {
  const source = data.workspace.ratingSource
  return [...data.people].sort((a, b) => a.order - b.order).map((p) => matrixRow(p, data.ratings.get(p.id), source))
}
