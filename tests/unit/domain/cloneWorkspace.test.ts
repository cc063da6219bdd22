import { describe, expect, it } from 'vitest'
import { cloneWorkspace, withFreshIds } from '../../../src/domain/cloneWorkspace'
import type { WorkspaceData } from '../../../src/domain/types'
import { matrix } from '../../fixtures/builders'
import { demoWorkspace } from '../../fixtures/demo'

/** Every object, array, typed array and map reachable from a value. */
function containers(value: unknown, found = new Set<object>()): Set<object> {
  if (typeof value !== 'object' || value === null || found.has(value)) return found
  found.add(value)
  if (ArrayBuffer.isView(value)) return found
  const children = value instanceof Map ? [...value.keys(), ...value.values()] : Object.values(value)
  for (const child of children) containers(child, found)
  return found
}

/** A demo workspace with every kind of nested value filled in: aliases, self levels, roles, resources. */
function fullWorkspace(): WorkspaceData {
  const data = demoWorkspace('Original')
  const skill = data.skills[0]!
  data.skills[0] = { ...skill, aliases: ['Alias'] }
  const person = data.people[0]!
  return {
    ...data,
    ratings: new Map(data.ratings).set(person.id, { ...data.ratings.get(person.id)!, self: Uint8Array.from([3, 255]) }),
  }
}

let counter = 0
const newId = () => `copy-${++counter}`

describe('withFreshIds', () => {
  it('gives every entity a new id and keeps every reference, slot and rating', () => {
    const data = matrix([
      [1, null],
      [4, 2],
    ])
    data.roles = [
      {
        id: 'r',
        name: 'Role',
        nameRu: '',
        requirements: { [data.skills[0]!.id]: 3 },
        hireCost: 1,
        order: 0,
        frameworkId: '',
      },
    ]
    let n = 0
    const fresh = withFreshIds(data, () => `fresh-${++n}`)
    const oldIds = new Set([
      data.workspace.id,
      ...data.categories.map((c) => c.id),
      ...data.skills.map((s) => s.id),
      ...data.people.map((p) => p.id),
      'r',
    ])
    const newIds = [
      fresh.workspace.id,
      ...fresh.categories.map((c) => c.id),
      ...fresh.skills.map((s) => s.id),
      ...fresh.people.map((p) => p.id),
      fresh.roles[0]!.id,
    ]
    expect(newIds.filter((id) => oldIds.has(id))).toEqual([])
    expect(fresh.skills.every((s) => s.categoryId === fresh.categories[0]!.id)).toBe(true)
    expect(Object.keys(fresh.roles[0]!.requirements)).toEqual([fresh.skills[0]!.id])
    expect(fresh.skills.map((s) => s.slot)).toEqual(data.skills.map((s) => s.slot))
    fresh.people.forEach((p, i) =>
      expect(fresh.ratings.get(p.id)?.levels).toEqual(data.ratings.get(data.people[i]!.id)?.levels),
    )
  })

  it('shares no array, typed array, map or object with the original', () => {
    const data = fullWorkspace()
    const copy = withFreshIds(data, newId)
    const original = containers(data)
    const shared = [...containers(copy)].filter((item) => original.has(item))
    expect(shared).toEqual([])
    expect(copy.resources.map((r) => r.title)).toEqual(data.resources.map((r) => r.title))
    expect(copy.workspace.scale).toEqual(data.workspace.scale)
  })

  it('keeps everything but the ids', () => {
    const data = fullWorkspace()
    const copy = withFreshIds(data, newId)
    const skillIds = new Map(data.skills.map((s, i) => [s.id, copy.skills[i]!.id]))
    expect(copy.skills.map(({ id: _, categoryId: __, ...rest }) => rest)).toEqual(
      data.skills.map(({ id: _, categoryId: __, ...rest }) => rest),
    )
    expect(copy.roles.map((r) => r.requirements)).toEqual(
      data.roles.map((r) =>
        Object.fromEntries(Object.entries(r.requirements).map(([id, level]) => [skillIds.get(id), level])),
      ),
    )
    expect(copy.resources.map(({ id: _, teaches }) => ({ ...teaches }))).toEqual(
      data.resources.map((r) =>
        Object.fromEntries(Object.entries(r.teaches).map(([id, level]) => [skillIds.get(id), level])),
      ),
    )
    expect(copy.resources.map(({ id: _, teaches: __, ...rest }) => rest)).toEqual(
      data.resources.map(({ id: _, teaches: __, ...rest }) => rest),
    )
    data.people.forEach((p, i) =>
      expect({ ...copy.ratings.get(copy.people[i]!.id), personId: p.id }).toEqual(data.ratings.get(p.id)),
    )
    expect(copy.workspace).toEqual({ ...data.workspace, id: copy.workspace.id })
  })
})

describe('cloneWorkspace', () => {
  it('is a fresh copy under its own name, created now', () => {
    const data = fullWorkspace()
    const copy = cloneWorkspace(data, { name: 'Copy', now: 42, newId })
    expect(copy.workspace).toMatchObject({ name: 'Copy', createdAt: 42, updatedAt: 42 })
    expect(copy.workspace.id).not.toBe(data.workspace.id)
    expect([...containers(copy)].filter((item) => containers(data).has(item))).toEqual([])
  })
})
