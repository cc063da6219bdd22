import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadWorkspace } from '../../src/db/workspaceRepo'
import { useMatrixStore } from '../../src/stores/matrix'
import { useNoticeStore } from '../../src/stores/notices'
import { useRolesStore } from '../../src/stores/roles'
import { useSkillsStore } from '../../src/stores/skills'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { createAppI18n } from '../fixtures/i18n'
import { freshPinia, instrumentedDb, type InstrumentedDb } from './helpers'

// Issue 14, defect 7 on entry: control characters typed or pasted into a name are removed, as the
// import removes them, and the user is told in which field — a warning, the edit is still made.

let storage: InstrumentedDb

async function opened() {
  const workspace = useWorkspaceStore()
  await workspace.init()
  await workspace.whenSaved()
  return workspace
}

const warnings = () =>
  useNoticeStore()
    .notices.filter((n) => n.kind === 'warning')
    .map((n) => [n.key, n.params.value])

beforeEach(() => {
  freshPinia()
  storage = instrumentedDb()
  localStorage.clear()
})

afterEach(async () => {
  // Saved before the next test makes another database the app's.
  await useWorkspaceStore().whenSaved()
  useWorkspaceStore().dispose()
})

describe('a name entered with control characters', () => {
  it('adds the person without them and warns once per field, naming it', async () => {
    const workspace = await opened()
    const id = useMatrixStore().addNewPerson({
      name: 'Bo\u0000b Lee',
      email: 'bob\u0007@x.org',
      team: 'Core',
      title: 'Le\u001fad',
    })
    expect(id).not.toBeNull()
    expect(warnings()).toEqual([
      ['edit.controlCharacters.personName', 'Bob Lee'],
      ['edit.controlCharacters.email', 'bob@x.org'],
      ['edit.controlCharacters.title', 'Lead'],
    ])
    await workspace.whenSaved()
    const stored = (await loadWorkspace(storage.db, workspace.data!.workspace.id))!.people.find((p) => p.id === id)
    expect(stored).toMatchObject({ name: 'Bob Lee', email: 'bob@x.org', team: 'Core', title: 'Lead' })
  })

  it('warns when a person is edited, and not when undone or redone', async () => {
    const workspace = await opened()
    const person = workspace.data!.people[0]!
    expect(useMatrixStore().editPerson(person.id, { team: '\u0000Ops', name: 'Ann' })).toBe(true)
    expect(warnings()).toEqual([['edit.controlCharacters.team', 'Ops']])
    workspace.undo()
    workspace.redo()
    expect(warnings()).toHaveLength(1)
    expect(workspace.data!.people.find((p) => p.id === person.id)).toMatchObject({ name: 'Ann', team: 'Ops' })
  })

  it('warns for skill, category and role names, added or renamed', async () => {
    const workspace = await opened()
    const skills = useSkillsStore()
    const roles = useRolesStore()
    const categoryId = skills.addNewCategory('Field\u0000work')
    expect(categoryId).not.toBeNull()
    const skillId = skills.addNewSkill('Tree\u0008 climbing', categoryId!)
    expect(skills.rename(skillId!, 'Tree\u0000 surgery')).toBe(true)
    expect(skills.renameCategoryTo(categoryId!, 'Field\u001b work')).toBe(true)
    const roleId = roles.add('Arborist\u007f')
    expect(roles.rename(roleId!, '\u0000Arborist lead')).toBe(true)
    expect(warnings()).toEqual([
      ['edit.controlCharacters.categoryName', 'Fieldwork'],
      ['edit.controlCharacters.skillName', 'Tree climbing'],
      ['edit.controlCharacters.skillName', 'Tree surgery'],
      ['edit.controlCharacters.categoryName', 'Field work'],
      ['edit.controlCharacters.roleName', 'Arborist'],
      ['edit.controlCharacters.roleName', 'Arborist lead'],
    ])
    expect(workspace.data!.skills.find((s) => s.id === skillId)?.name).toBe('Tree surgery')
    expect(workspace.data!.categories.find((c) => c.id === categoryId)?.name).toBe('Field work')
    expect(workspace.data!.roles.find((r) => r.id === roleId)?.name).toBe('Arborist lead')
  })

  it('gives no warning for a clean name, and none for a refused one', async () => {
    const workspace = await opened()
    useMatrixStore().addNewPerson({ name: 'Clean Name', email: 'clean@x.org' })
    expect(useMatrixStore().addNewPerson({ name: '\u0000\u0007 ' })).toBeNull()
    expect(warnings()).toEqual([])
    expect(useNoticeStore().notices.map((n) => n.key)).toEqual(['edit.nameRequired'])
    expect(workspace.data!.people.some((p) => p.name === 'Clean Name')).toBe(true)
  })

  it('quotes at most 60 characters of a long name', async () => {
    await opened()
    useMatrixStore().addNewPerson({ name: `${'x'.repeat(500)}\u0000` })
    const [[, value]] = warnings() as [[string, string]]
    expect(value).toBe(`${'x'.repeat(60)}…`)
  })
})

describe('the warning in words', () => {
  const fields = ['personName', 'email', 'team', 'title', 'skillName', 'categoryName', 'roleName']
  it.each(['en', 'ru'] as const)('names the field and the text in %s', (locale) => {
    const { t, te } = createAppI18n(locale).global
    const texts = fields.map((field) => {
      expect(te(`edit.controlCharacters.${field}`)).toBe(true)
      return t(`edit.controlCharacters.${field}`, { value: 'Bob' })
    })
    for (const text of texts) expect(text).toContain(locale === 'ru' ? '«Bob»' : '“Bob”')
    // Each field says which it is: seven different messages.
    expect(new Set(texts).size).toBe(fields.length)
    if (locale === 'ru') for (const text of texts) expect(text).toMatch(/удалены управляющие символы/)
  })
})
