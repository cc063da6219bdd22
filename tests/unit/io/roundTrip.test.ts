import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyDelta } from '../../../src/domain/changes'
import { buildImportChange } from '../../../src/domain/import/buildImportChange'
import { byOrder } from '../../../src/domain/order'
import { INTEREST_UNSET, NOT_ASSESSED } from '../../../src/domain/scale'
import { nameKey } from '../../../src/domain/text'
import type { WorkspaceData } from '../../../src/domain/types'
import { exportLong, exportWide } from '../../../src/io/exportCsv'
import { longRoleOf } from '../../../src/io/headers'
import { draftIsCommittable } from '../../../src/io/import/draftStatus'
import { category, person, ratings, skill, workspace } from '../../fixtures/builders'
import { draftOf } from './helpers'

// The characters that break naive CSV code: Cyrillic, delimiters, quotes, line breaks, formula starts.
const unit = fc.constantFrom(
  'a',
  'Z',
  'é',
  'ж',
  'Ё',
  ' ',
  ',',
  ';',
  '"',
  "'",
  '\n',
  '\r\n',
  '\t',
  '=',
  '+',
  '-',
  '@',
  '0',
  '3',
  '?',
  '<',
  '>',
)
const text = (minLength: number) => fc.string({ unit, minLength, maxLength: 10 }).map((value) => value.trim())
const name = text(1).filter((value) => value !== '')
// A header that names a column ("Level", "Team") would be read as that column, not as a skill.
const header = name.filter((value) => longRoleOf(value) === null)
const cell = fc.tuple(
  fc.constantFrom(0, 1, 2, 3, 4, NOT_ASSESSED, NOT_ASSESSED),
  fc.constantFrom(0, 1, 2, INTEREST_UNSET, INTEREST_UNSET),
)

const matrixShape = fc
  .record({
    categories: fc.uniqueArray(header, { minLength: 1, maxLength: 3, selector: nameKey }),
    skills: fc.uniqueArray(header, { minLength: 1, maxLength: 6, selector: nameKey }),
    people: fc.uniqueArray(fc.record({ name, email: fc.option(text(1), { nil: '' }), team: text(0), title: text(0) }), {
      minLength: 1,
      maxLength: 6,
      selector: (p) => nameKey(p.name),
    }),
  })
  .chain((shape) =>
    fc.record({
      shape: fc.constant(shape),
      skillCategory: fc.array(fc.nat(shape.categories.length - 1), {
        minLength: shape.skills.length,
        maxLength: shape.skills.length,
      }),
      cells: fc.array(fc.array(cell, { minLength: shape.skills.length, maxLength: shape.skills.length }), {
        minLength: shape.people.length,
        maxLength: shape.people.length,
      }),
      scramble: fc.array(fc.array(cell, { minLength: shape.skills.length, maxLength: shape.skills.length }), {
        minLength: shape.people.length,
        maxLength: shape.people.length,
      }),
    }),
  )

/** A workspace from the generated shape; slots deliberately not in display order. */
function build({
  shape,
  skillCategory,
  cells,
}: {
  shape: {
    categories: string[]
    skills: string[]
    people: { name: string; email: string; team: string; title: string }[]
  }
  skillCategory: number[]
  cells: [number, number][][]
}): WorkspaceData {
  const categories = shape.categories.map((categoryName, order) => category({ name: categoryName, order }))
  const skillCount = shape.skills.length
  const skills = shape.skills.map((skillName, i) =>
    skill({ name: skillName, slot: skillCount - 1 - i, order: i, categoryId: categories[skillCategory[i] ?? 0]!.id }),
  )
  // Emails unique and lowercase, as the app stores them; some people have none.
  const people = shape.people.map((p, i) =>
    person({
      name: p.name,
      email: p.email ? `${i}${p.email.toLowerCase()}` : '',
      team: p.team,
      title: p.title,
      order: i,
    }),
  )
  const records = people.map((p, i) => {
    const row = cells[i] ?? []
    const levels: (number | null)[] = Array(skillCount).fill(null)
    const interest: (number | null)[] = Array(skillCount).fill(null)
    skills.forEach((s, k) => {
      const [level, wish] = row[k] ?? [NOT_ASSESSED, INTEREST_UNSET]
      levels[s.slot] = level === NOT_ASSESSED ? null : level
      interest[s.slot] = wish === INTEREST_UNSET ? null : wish
    })
    return ratings(p.id, levels, interest)
  })
  return {
    workspace: workspace({ nextSlot: skillCount }),
    categories,
    skills,
    people,
    roles: [],
    resources: [],
    ratings: new Map(people.map((p, i) => [p.id, records[i]!])),
  }
}

/** The matrix as a person reads it: people in order with their fields, cells by skill name. */
function readable(data: WorkspaceData) {
  return byOrder(data.people).map((p) => {
    const record = data.ratings.get(p.id)
    return {
      name: p.name,
      email: p.email,
      team: p.team,
      title: p.title,
      cells: byOrder(data.skills).map((s) => [
        s.name,
        record?.levels[s.slot] ?? NOT_ASSESSED,
        record?.interest[s.slot] ?? INTEREST_UNSET,
      ]),
    }
  })
}

/** The same workspace with other levels and an extra person, as it might be before the replace. */
function scrambled(data: WorkspaceData, cells: [number, number][][]): WorkspaceData {
  const stranger = person({ name: 'Stranger not in the file', order: 99 })
  const records = data.people.map((p, i) => {
    const levels: (number | null)[] = Array(data.workspace.nextSlot).fill(null)
    data.skills.forEach((s, k) => {
      const level = cells[i]?.[k]?.[0] ?? NOT_ASSESSED
      levels[s.slot] = level === NOT_ASSESSED ? null : level
    })
    return [p.id, ratings(p.id, levels)] as const
  })
  return {
    ...data,
    people: [...data.people, stranger],
    ratings: new Map([...records, [stranger.id, ratings(stranger.id, [1])]]),
  }
}

function roundTrip(data: WorkspaceData, before: WorkspaceData, write: (data: WorkspaceData) => string) {
  const draft = draftOf(new TextEncoder().encode(write(data)))
  expect(draft.problems.filter((p) => p.severity === 'error')).toEqual([])
  expect(draftIsCommittable(draft)).toBe(true)
  const change = buildImportChange(before, draft, 'replace', {
    newId: () => crypto.randomUUID(),
    now: 0,
    subject: 'round trip',
  })
  return applyDelta(before, change.forward, 0)
}

describe('export → import (replace) gives the same matrix back', () => {
  it('through the wide format, interest marks included', () => {
    fc.assert(
      fc.property(matrixShape, (generated) => {
        const data = build(generated)
        const after = roundTrip(data, scrambled(data, generated.scramble), exportWide)
        expect(readable(after)).toEqual(readable(data))
        expect(after.skills).toEqual(data.skills)
      }),
      { numRuns: 150 },
    )
  })

  it('through the long format (which has no title column: titles stay as stored)', () => {
    fc.assert(
      fc.property(matrixShape, (generated) => {
        const data = build(generated)
        const after = roundTrip(data, scrambled(data, generated.scramble), exportLong)
        expect(readable(after)).toEqual(readable(data))
        expect(after.skills).toEqual(data.skills)
      }),
      { numRuns: 150 },
    )
  })
})
