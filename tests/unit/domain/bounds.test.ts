import { describe, expect, it } from 'vitest'
import { addSkill, EditError, setRoleRequirement, updateSkills } from '../../../src/domain/edits'
import { newSkill } from '../../../src/domain/edits/skills'
import { idRecord, valueFor } from '../../../src/domain/idRecord'
import { MAX_SLOTS, MAX_TARGET_PEOPLE } from '../../../src/domain/limits'
import type { RoleTemplate, WorkspaceData } from '../../../src/domain/types'
import { RecordError, roleRecord, skillRecord, workspaceRecord } from '../../../src/domain/validate/records'
import { createAppI18n } from '../../fixtures/i18n'
import { matrix, skill, workspace } from '../../fixtures/builders'

// Issue 14: every door (an edit, an import, a restore, a stored record) checks the same bounds.

function editError(run: () => unknown): EditError {
  try {
    run()
  } catch (error) {
    if (error instanceof EditError) return error
    throw error
  }
  throw new Error('no EditError thrown')
}

function recordError(run: () => unknown): RecordError {
  try {
    run()
  } catch (error) {
    if (error instanceof RecordError) return error
    throw error
  }
  throw new Error('no RecordError thrown')
}

describe('the target-people bound (defect 8)', () => {
  it.each(['en', 'ru'] as const)('the %s message of a target over the maximum names the maximum', (locale) => {
    const data = matrix([[1]])
    const error = editError(() =>
      updateSkills(data, [data.skills[0]!.id], { target: { people: MAX_TARGET_PEOPLE + 1 } }),
    )
    expect(error.params).toEqual({ value: MAX_TARGET_PEOPLE + 1, max: MAX_TARGET_PEOPLE })
    const text = createAppI18n(locale).global.t(error.code, error.params)
    expect(text).toContain(String(MAX_TARGET_PEOPLE))
    expect(text).toContain(String(MAX_TARGET_PEOPLE + 1))
  })

  it('an edit and a stored or backed-up skill record refuse the same values (defect 3)', () => {
    const base = skill({ slot: 0, categoryId: 'c' })
    for (const people of [MAX_TARGET_PEOPLE, MAX_TARGET_PEOPLE + 1, 1e12]) {
      const data = matrix([[1]])
      const editRefuses = (() => {
        try {
          updateSkills(data, [data.skills[0]!.id], { target: { people } })
          return false
        } catch {
          return true
        }
      })()
      const recordRefuses = (() => {
        try {
          skillRecord({ ...base, target: { level: 2, people } }, 'skills[0]')
          return false
        } catch {
          return true
        }
      })()
      expect(recordRefuses).toBe(editRefuses)
      expect(recordRefuses).toBe(people > MAX_TARGET_PEOPLE)
    }
    expect(recordError(() => skillRecord({ ...base, target: { level: 2, people: 1e12 } }, 'skills[4]')).path).toBe(
      'skills[4].target.people',
    )
  })

  it('a workspace record with nextSlot past the packed-array bound is refused with its path; a new skill past it cannot be made', () => {
    expect(recordError(() => workspaceRecord(workspace({ nextSlot: 2 ** 31 }), 'workspace')).path).toBe(
      'workspace.nextSlot',
    )
    expect(workspaceRecord(workspace({ nextSlot: MAX_SLOTS }), 'workspace').nextSlot).toBe(MAX_SLOTS)
    const full: WorkspaceData = { ...matrix([[1]]), workspace: { ...matrix([[1]]).workspace, nextSlot: MAX_SLOTS } }
    const error = editError(() => addSkill(full, { name: 'One more', categoryId: full.categories[0]!.id }, 'new'))
    expect(error.code).toBe('edit.tooManySkills')
    expect(createAppI18n('ru').global.t(error.code, error.params)).toContain(String(MAX_SLOTS))
    expect(() =>
      newSkill({ id: 's', categoryId: 'c', slot: 2 ** 31, name: 'x', order: 0, target: { level: 2, people: 1 } }),
    ).toThrow(EditError)
  })
})

describe('ids named like Object.prototype members (defect 4)', () => {
  function withRole(skillId: string): WorkspaceData {
    const data = matrix([[1, 2]])
    const skills = data.skills.map((s, i) => (i === 0 ? { ...s, id: skillId } : s))
    const role: RoleTemplate = {
      id: 'r1',
      name: 'Moderator',
      nameRu: '',
      requirements: idRecord([[skills[1]!.id, 2]]),
      hireCost: 8,
      order: 0,
      frameworkId: '',
    }
    return { ...data, skills, roles: [role] }
  }

  it.each(['__proto__', 'constructor', 'toString'])('a requirement on the skill %s is kept by an edit', (id) => {
    const data = withRole(id)
    const change = setRoleRequirement(data, 'r1', id, 3)!
    const role = change.forward.roles!.put![0]!
    expect(Object.keys(role.requirements).sort()).toEqual([id, data.skills[1]!.id].sort())
    expect(valueFor(role.requirements, id)).toBe(3)
  })

  it.each(['__proto__', 'constructor', 'toString'])('no requirement on %s is read where there is none', (id) => {
    const data = withRole(id)
    expect(valueFor(data.roles[0]!.requirements, id)).toBeUndefined()
    expect(valueFor({ ...data.roles[0]!.requirements }, id)).toBeUndefined()
  })

  it('a stored role keyed __proto__ is read with the requirement', () => {
    const raw = JSON.parse(
      '{"id":"r","name":"R","nameRu":"","requirements":{"__proto__":2,"b":3},"hireCost":1,"order":0,"frameworkId":""}',
    )
    const role = roleRecord(raw, 'roles[0]')
    expect(Object.keys(role.requirements)).toEqual(['__proto__', 'b'])
    expect(valueFor(role.requirements, '__proto__')).toBe(2)
  })
})
