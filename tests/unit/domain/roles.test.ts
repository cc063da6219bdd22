import { describe, expect, it } from 'vitest'
import { applyDelta } from '../../../src/domain/changes'
import {
  addRole,
  deleteRole,
  duplicateRole,
  EditError,
  renameRole,
  setHireCost,
  setRoleRequirement,
} from '../../../src/domain/edits'
import type { RoleTemplate, WorkspaceData } from '../../../src/domain/types'
import { matrix } from '../../fixtures/builders'

function withRole(): WorkspaceData {
  const data = matrix([[1, 2, 3]])
  const role: RoleTemplate = {
    id: 'r1',
    name: 'Moderator',
    nameRu: 'Модератор',
    requirements: { [data.skills[0]!.id]: 3 },
    hireCost: 8,
    order: 0,
    frameworkId: 'moderator',
  }
  return { ...data, roles: [role] }
}

/** Applies a change and its undo: the undo must give back exactly the roles before. */
function roundTrip(data: WorkspaceData, change: ReturnType<typeof addRole> | null) {
  if (!change) throw new Error('expected a change')
  const after = applyDelta(data, change.forward, 1)
  expect(applyDelta(after, change.backward, 2).roles).toEqual(data.roles)
  return after
}

describe('role edits', () => {
  it('adds a role last, with its requirements and cost, undoably', () => {
    const data = withRole()
    const skillId = data.skills[1]!.id
    const after = roundTrip(
      data,
      addRole(data, { name: ' Analyst ', hireCost: 10, requirements: { [skillId]: 4 } }, 'r2'),
    )
    expect(after.roles.at(-1)).toEqual({
      id: 'r2',
      name: 'Analyst',
      nameRu: '',
      requirements: { [skillId]: 4 },
      hireCost: 10,
      order: 1,
      frameworkId: '',
    })
  })

  it('duplicates a role under a new name with the same requirements and cost', () => {
    const data = withRole()
    const after = roundTrip(data, duplicateRole(data, 'r1', 'Moderator (copy)', 'r2'))
    expect(after.roles.at(-1)).toMatchObject({
      name: 'Moderator (copy)',
      requirements: data.roles[0]!.requirements,
      hireCost: 8,
    })
  })

  it('sets, changes and removes a requirement', () => {
    const data = withRole()
    const [first, second] = data.skills
    let after = roundTrip(data, setRoleRequirement(data, 'r1', second!.id, 2))
    expect(after.roles[0]!.requirements).toEqual({ [first!.id]: 3, [second!.id]: 2 })
    after = roundTrip(after, setRoleRequirement(after, 'r1', first!.id, null))
    expect(after.roles[0]!.requirements).toEqual({ [second!.id]: 2 })
  })

  it('renames in the language shown: English name in English, Russian name in Russian', () => {
    const data = withRole()
    expect(roundTrip(data, renameRole(data, 'r1', 'Community moderator', 'en')).roles[0]).toMatchObject({
      name: 'Community moderator',
      nameRu: 'Модератор',
    })
    expect(roundTrip(data, renameRole(data, 'r1', 'Модератор сообщества', 'ru')).roles[0]).toMatchObject({
      name: 'Moderator',
      nameRu: 'Модератор сообщества',
    })
  })

  it('deletes a role and brings it back on undo', () => {
    const data = withRole()
    expect(roundTrip(data, deleteRole(data, 'r1')).roles).toEqual([])
  })

  it('returns null when nothing would change, so no empty undo step is recorded', () => {
    const data = withRole()
    expect(setHireCost(data, 'r1', 8)).toBeNull()
    expect(setRoleRequirement(data, 'r1', data.skills[0]!.id, 3)).toBeNull()
  })

  it.each([
    ['an empty name', (d: WorkspaceData) => addRole(d, { name: '  ' }, 'x'), 'edit.nameRequired'],
    [
      'a name already used (any case)',
      (d: WorkspaceData) => addRole(d, { name: 'MODERATOR' }, 'x'),
      'edit.roleNameTaken',
    ],
    [
      "a name used as another role's Russian name",
      (d: WorkspaceData) => addRole(d, { name: 'модератор' }, 'x'),
      'edit.roleNameTaken',
    ],
    ['a negative hire cost', (d: WorkspaceData) => setHireCost(d, 'r1', -1), 'edit.hireCostValue'],
    ['a hire cost that is not a number', (d: WorkspaceData) => setHireCost(d, 'r1', Number.NaN), 'edit.hireCostValue'],
    ['a hire cost with more than two decimals', (d: WorkspaceData) => setHireCost(d, 'r1', 8.125), 'edit.costDecimals'],
    ['a hire cost over the bound', (d: WorkspaceData) => setHireCost(d, 'r1', 1_000_001), 'edit.hireCostValue'],
    [
      'a requirement for an unknown skill',
      (d: WorkspaceData) => setRoleRequirement(d, 'r1', 'nope', 3),
      'edit.skillMissing',
    ],
    [
      'a requirement level out of range',
      (d: WorkspaceData) => setRoleRequirement(d, 'r1', d.skills[1]!.id, 7 as 4),
      'edit.requirementLevel',
    ],
    ['a role that no longer exists', (d: WorkspaceData) => deleteRole(d, 'gone'), 'edit.roleMissing'],
  ])('refuses %s', (_, edit, code) => {
    const data = withRole()
    expect(() => edit(data)).toThrow(EditError)
    try {
      edit(data)
    } catch (error) {
      expect((error as EditError).code).toBe(code)
    }
  })
})
