import { describe, expect, it } from 'vitest'
import { applyDelta } from '../../../src/domain/changes'
import {
  addCategory,
  addPerson,
  addSkill,
  deleteCategory,
  deletePeople,
  deleteSkill,
  EditError,
  moveCategory,
  moveSkill,
  renameCategory,
  renameSkill,
  setCells,
  updatePerson,
  updateSkills,
  updateWorkspace,
} from '../../../src/domain/edits'
import { levelAt } from '../../../src/domain/ratings'
import { INTEREST_UNSET, NOT_ASSESSED } from '../../../src/domain/scale'
import type { Change } from '../../../src/domain/changes'
import type { WorkspaceData } from '../../../src/domain/types'
import { category, matrix, skill } from '../../fixtures/builders'

const forward = (data: WorkspaceData, change: Change | null) => applyDelta(data, change!.forward, 1)
/** Applies a change and its undo: the result must equal the start. */
function roundTrip(data: WorkspaceData, change: Change | null) {
  const after = forward(data, change)
  return { after, undone: applyDelta(after, change!.backward, 2) }
}
const comparable = (data: WorkspaceData) => ({
  ...data,
  workspace: { ...data.workspace, nextSlot: 0 },
  categories: [...data.categories].sort((a, b) => a.id.localeCompare(b.id)),
  skills: [...data.skills].sort((a, b) => a.id.localeCompare(b.id)),
  people: [...data.people].sort((a, b) => a.id.localeCompare(b.id)),
  roles: [...data.roles].sort((a, b) => a.id.localeCompare(b.id)),
  ratings: [...data.ratings.values()].map((r) => [r.personId, [...r.levels], [...r.interest]]).sort(),
})

describe('setCells', () => {
  it('records the old level so undo restores it exactly, including "not assessed"', () => {
    const data = matrix([[null, 2]])
    const id = data.people[0]!.id
    const change = setCells(data, [{ personId: id, slot: 0, level: 3 }], 'x')
    const { after, undone } = roundTrip(data, change)
    expect(levelAt(after.ratings.get(id), 0)).toBe(3)
    expect(undone.ratings.get(id)!.levels[0]).toBe(NOT_ASSESSED)
    expect(change!.backward.ratings?.cells).toEqual([{ personId: id, slot: 0, level: NOT_ASSESSED }])
  })

  it('returns null for a write that changes nothing', () => {
    const data = matrix([[2]])
    expect(setCells(data, [{ personId: data.people[0]!.id, slot: 0, level: 2 }], 'x')).toBeNull()
  })

  it('changes only the interest when only the interest is given', () => {
    const data = matrix([[2]])
    const id = data.people[0]!.id
    const change = setCells(data, [{ personId: id, slot: 0, interest: 2 }], 'x')
    expect(change?.label.action).toBe('setInterest')
    expect(change?.backward.ratings?.cells).toEqual([{ personId: id, slot: 0, interest: INTEREST_UNSET }])
  })
})

describe('people edits', () => {
  it('adds a person with an empty ratings record and undoes to nothing', () => {
    const data = matrix([[1]])
    const { after, undone } = roundTrip(data, addPerson(data, { name: ' Новый Человек ', email: ' A@B.ORG ' }, 'new'))
    expect(after.people.find((p) => p.id === 'new')).toMatchObject({
      name: 'Новый Человек',
      email: 'a@b.org',
      active: true,
      trainable: true,
    })
    expect(levelAt(after.ratings.get('new'), 0)).toBeNull()
    expect(comparable(undone)).toEqual(comparable(data))
  })

  it.each([
    ['an empty name', { name: '   ' }, 'edit.nameRequired'],
    ['an email someone else has', { name: 'X', email: 'taken@example.org' }, 'edit.emailTaken'],
  ])('refuses %s', (_, fields, code) => {
    const data = matrix([[1]], { people: [{ email: 'taken@example.org' }] })
    expect(() => addPerson(data, fields, 'x')).toThrow(EditError)
    expect(() => addPerson(data, fields, 'x')).toThrow(code)
  })

  it('labels deactivation so the undo button can say what it undoes', () => {
    const data = matrix([[1]])
    expect(updatePerson(data, data.people[0]!.id, { active: false })?.label.action).toBe('deactivatePerson')
    expect(updatePerson(data, data.people[0]!.id, { team: data.people[0]!.team })).toBeNull()
  })

  it('deletes people with their ratings and undo brings both back', () => {
    const data = matrix([
      [1, 2],
      [3, 4],
    ])
    const ids = data.people.map((p) => p.id)
    const { after, undone } = roundTrip(data, deletePeople(data, ids))
    expect(after.people).toHaveLength(0)
    expect(after.ratings.size).toBe(0)
    expect(comparable(undone)).toEqual(comparable(data))
  })
})

describe('skill and category edits', () => {
  it('gives a new skill the next slot and never reuses a slot after undo', () => {
    const data = matrix([[1, 2]])
    const change = addSkill(data, { name: 'Grant writing', categoryId: data.categories[0]!.id }, 'grant')
    const { after, undone } = roundTrip(data, change)
    expect(after.skills.find((s) => s.id === 'grant')?.slot).toBe(2)
    expect(after.workspace.nextSlot).toBe(3)
    expect(undone.skills.some((s) => s.id === 'grant')).toBe(false)
    expect(undone.workspace.nextSlot).toBe(3)
  })

  it('refuses a new skill whose target is out of range', () => {
    const data = matrix([[1]])
    expect(() =>
      addSkill(
        data,
        { name: 'Grant writing', categoryId: data.categories[0]!.id, target: { level: 2, people: 1001 } },
        'x',
      ),
    ).toThrow('edit.targetPeopleRange')
  })

  it.each([
    ['the same name', 'Skill 0'],
    ['the same name in other case and spacing', '  skill   0 '],
  ])('refuses a skill with %s', (_, name) => {
    const data = matrix([[1]])
    expect(() => addSkill(data, { name, categoryId: data.categories[0]!.id }, 'x')).toThrow('edit.skillNameTaken')
  })

  it('renames the Russian name in Russian and the stored name in English', () => {
    const data = matrix([[1]])
    data.skills[0] = { ...data.skills[0]!, nameRu: 'Навык', frameworkId: 'x.y' }
    const ru = forward(data, renameSkill(data, data.skills[0]!.id, 'Модерация', 'ru'))
    expect(ru.skills[0]).toMatchObject({ name: 'Skill 0', nameRu: 'Модерация' })
    const en = forward(data, renameSkill(data, data.skills[0]!.id, 'Moderation', 'en'))
    expect(en.skills[0]).toMatchObject({ name: 'Moderation', nameRu: 'Навык' })
  })

  it('sets targets of many skills at once and validates them', () => {
    const data = matrix([[1, 2, 3]])
    const ids = data.skills.map((s) => s.id)
    const after = forward(data, updateSkills(data, ids, { target: { people: 3 }, critical: true }))
    expect(after.skills.map((s) => [s.target.people, s.target.level, s.critical])).toEqual([
      [3, 3, true],
      [3, 3, true],
      [3, 3, true],
    ])
    expect(() => updateSkills(data, ids, { target: { level: 5 as 4 } })).toThrow('edit.targetLevelRange')
    expect(() => updateSkills(data, ids, { target: { people: -1 } })).toThrow('edit.targetPeopleRange')
  })

  it('moves a skill into another category and renumbers both', () => {
    const data = matrix([[1, 2, 3]])
    const other = category({ name: 'Other', order: 1 })
    const otherSkill = skill({ slot: 9, categoryId: other.id, order: 0 })
    const withOther = { ...data, categories: [...data.categories, other], skills: [...data.skills, otherSkill] }
    const moved = data.skills[1]!
    const { after, undone } = roundTrip(withOther, moveSkill(withOther, moved.id, other.id, 0))
    const inOther = after.skills.filter((s) => s.categoryId === other.id).sort((a, b) => a.order - b.order)
    expect(inOther.map((s) => s.id)).toEqual([moved.id, otherSkill.id])
    expect(
      after.skills
        .filter((s) => s.categoryId === data.categories[0]!.id)
        .map((s) => s.order)
        .sort(),
    ).toEqual([0, 1])
    expect(comparable(undone)).toEqual(comparable(withOther))
  })

  it('deletes a skill and drops it from role requirements; undo restores both', () => {
    const data = matrix([[1, 2]])
    const target = data.skills[0]!
    data.roles.push({
      id: 'r',
      name: 'Role',
      nameRu: '',
      requirements: { [target.id]: 3, [data.skills[1]!.id]: 2 },
      hireCost: 5,
      order: 0,
      frameworkId: '',
    })
    const { after, undone } = roundTrip(data, deleteSkill(data, target.id))
    expect(after.skills.map((s) => s.id)).not.toContain(target.id)
    expect(Object.keys(after.roles[0]!.requirements)).toEqual([data.skills[1]!.id])
    expect(comparable(undone)).toEqual(comparable(data))
  })

  it('adds, renames, reorders and deletes categories (with their skills)', () => {
    const data = matrix([[1]])
    const added = forward(data, addCategory(data, 'Fundraising', 'fund'))
    expect(() => addCategory(added, ' fundraising ', 'again')).toThrow('edit.categoryNameTaken')
    const renamed = forward(added, renameCategory(added, 'fund', 'Grants', 'en'))
    expect(renamed.categories.find((c) => c.id === 'fund')?.name).toBe('Grants')
    const reordered = forward(renamed, moveCategory(renamed, 'fund', 0))
    expect([...reordered.categories].sort((a, b) => a.order - b.order)[0]?.id).toBe('fund')
    const { after, undone } = roundTrip(data, deleteCategory(data, data.categories[0]!.id))
    expect(after.categories).toHaveLength(0)
    expect(after.skills).toHaveLength(0)
    expect(comparable(undone)).toEqual(comparable(data))
  })
})

describe('workspace settings', () => {
  it('renames and edits the cost model, refusing negative values', () => {
    const data = matrix([[1]])
    expect(forward(data, updateWorkspace(data, { name: 'Волонтёры' })).workspace.name).toBe('Волонтёры')
    expect(
      forward(data, updateWorkspace(data, { costModel: { trainStepCost: 5 } })).workspace.costModel.trainStepCost,
    ).toBe(5)
    expect(() => updateWorkspace(data, { costModel: { interestDiscount: -1 } })).toThrow('edit.costModelValue')
    expect(updateWorkspace(data, { name: data.workspace.name })).toBeNull()
  })

  it.each([
    [{ trainStepCost: 0.125 }, 'edit.costDecimals'],
    [{ mentoringStepCost: 1.001 }, 'edit.costDecimals'],
    [{ mentoringStepCost: -1 }, 'edit.costModelValue'],
    [{ menteesPerMentor: 1.5 }, 'edit.costModelValue'],
    [{ menteesPerMentor: 101 }, 'edit.costModelValue'],
    [{ maxTrainingsPerPerson: 2.5 }, 'edit.costModelValue'],
  ])('refuses the cost model %j by the rule its form shows (%s)', (costModel, code) => {
    expect(() => updateWorkspace(matrix([[1]]), { costModel })).toThrow(code)
  })

  it('takes two-decimal costs and a whole number of mentees', () => {
    const data = matrix([[1]])
    const change = updateWorkspace(data, {
      costModel: { trainStepCost: 2.35, mentoringStepCost: 0.5, menteesPerMentor: 100 },
    })
    expect(forward(data, change).workspace.costModel).toMatchObject({
      trainStepCost: 2.35,
      mentoringStepCost: 0.5,
      menteesPerMentor: 100,
    })
  })

  it('remembers the CSV delimiter, undoably, and refuses one that is neither , nor ;', () => {
    const data = matrix([[1]])
    const change = updateWorkspace(data, { csvExport: { delimiter: ';', localNames: false } })
    expect(forward(data, change).workspace.csvExport).toEqual({ delimiter: ';', localNames: false })
    expect(change?.backward.workspace?.csvExport).toBeUndefined()
    expect(() => updateWorkspace(data, { csvExport: { delimiter: '\t' as ';', localNames: false } })).toThrow(
      'edit.csvDelimiter',
    )
  })
})
