import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import UndoButtons from '../../src/components/app/UndoButtons.vue'
import { SkillgridDb, setDbForTests } from '../../src/db/db'
import { createAppI18n } from '../fixtures/i18n'
import { useMatrixStore } from '../../src/stores/matrix'
import { useWorkspaceStore } from '../../src/stores/workspace'

let counter = 0

beforeEach(() => {
  setActivePinia(createPinia())
  setDbForTests(new SkillgridDb(`components-${++counter}`))
})

describe('UndoButtons', () => {
  it('is disabled with nothing to undo, then names the change it would undo and undoes it', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    const workspace = useWorkspaceStore()
    await workspace.init()
    const wrapper = mount(UndoButtons, { global: { plugins: [pinia, createAppI18n('en')] } })
    const undo = wrapper.get('[data-testid="undo"]')
    expect(undo.attributes('disabled')).toBeDefined()
    expect(undo.attributes('title')).toBe('Nothing to undo')

    const person = workspace.data!.people.find((p) => p.name === 'James Wilson')!
    const skill = workspace.data!.skills.find((s) => s.frameworkId === 'content.seo')!
    useMatrixStore().setLevel(person.id, skill.id, 4)
    await wrapper.vm.$nextTick()
    expect(undo.attributes('disabled')).toBeUndefined()
    expect(undo.attributes('title')).toBe('Undo: level of James Wilson · SEO (Ctrl+Z)')

    await undo.trigger('click')
    expect(workspace.data!.ratings.get(person.id)?.levels[skill.slot]).not.toBe(4)
    expect(wrapper.get('[data-testid="redo"]').attributes('disabled')).toBeUndefined()
  })
})
