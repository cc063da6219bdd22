import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import ConfirmDialog from '../../src/components/app/ConfirmDialog.vue'
import SkillsPage from '../../src/pages/SkillsPage.vue'
import { SkillgridDb, setDbForTests } from '../../src/db/db'
import { useSettingsStore } from '../../src/stores/settings'
import { useSkillsStore } from '../../src/stores/skills'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { createAppI18n } from '../fixtures/i18n'

type Locale = 'en' | 'ru'
let counter = 0

const TEXTS = {
  en: {
    body: 'It is the last skill of “Solo”: delete the empty category too, or keep it for skills to come?',
    both: 'Delete skill and category',
    keep: 'Delete skill, keep category',
    cancel: 'Cancel',
  },
  ru: {
    body: 'Это последний навык категории «Solo»: удалить и опустевшую категорию или оставить её для будущих навыков?',
    both: 'Удалить навык и категорию',
    keep: 'Удалить навык, оставить категорию',
    cancel: 'Отмена',
  },
}

/** The Skills page with the app's dialog, on a workspace that has a category "Solo" of one skill. */
async function mountSkillsPage(locale: Locale) {
  const pinia = createPinia()
  setActivePinia(pinia)
  setDbForTests(new SkillgridDb(`skill-delete-${++counter}`))
  useSettingsStore().setLocale(locale)
  const workspace = useWorkspaceStore()
  await workspace.init()
  const skills = useSkillsStore()
  const categoryId = skills.addNewCategory('Solo')!
  const skillId = skills.addNewSkill('Lonely skill', categoryId)!
  await workspace.whenSaved()
  const App = defineComponent({ render: () => [h(SkillsPage), h(ConfirmDialog)] })
  const wrapper = mount(App, {
    attachTo: document.body,
    global: { plugins: [pinia, createAppI18n(locale)], stubs: { RouterLink: RouterLinkStub } },
  })
  const has = () => ({
    category: workspace.data!.categories.some((c) => c.id === categoryId),
    skill: workspace.data!.skills.some((s) => s.id === skillId),
  })
  async function deleteLonelySkill() {
    await wrapper
      .get('[data-testid="skill-row"][data-skill="Lonely skill"] [data-testid="skill-delete"]')
      .trigger('click')
    await flushPromises()
    return wrapper.get('[data-testid="confirm-dialog"]')
  }
  return { wrapper, workspace, has, deleteLonelySkill }
}

describe('deleting the last skill of a category', () => {
  it.each(['en', 'ru'] as const)(
    'offers both: the skill alone, or the skill and its emptied category (%s)',
    async (locale) => {
      const { wrapper, workspace, deleteLonelySkill } = await mountSkillsPage(locale)
      const dialog = await deleteLonelySkill()
      expect(dialog.text()).toContain(TEXTS[locale].body)
      expect(dialog.findAll('button').map((b) => b.text())).toEqual([
        TEXTS[locale].cancel,
        TEXTS[locale].keep,
        TEXTS[locale].both,
      ])
      expect(dialog.get('[data-testid="confirm-ok"]').classes()).toContain('danger')
      await dialog.get('[data-testid="confirm-cancel"]').trigger('click')
      await workspace.whenSaved()
      wrapper.unmount()
    },
  )

  it.each(['en', 'ru'] as const)('keeps the category when asked, in one undo step (%s)', async (locale) => {
    const { wrapper, workspace, has, deleteLonelySkill } = await mountSkillsPage(locale)
    const dialog = await deleteLonelySkill()
    await dialog.get('[data-testid="confirm-alternative"]').trigger('click')
    await flushPromises()
    expect(has()).toEqual({ category: true, skill: false })
    expect(wrapper.find('[data-testid="category-section"][data-category="Solo"]').exists()).toBe(true)
    workspace.undo()
    expect(has()).toEqual({ category: true, skill: true })
    await workspace.whenSaved()
    wrapper.unmount()
  })

  it.each(['en', 'ru'] as const)('deletes the emptied category too, in one undo step (%s)', async (locale) => {
    const { wrapper, workspace, has, deleteLonelySkill } = await mountSkillsPage(locale)
    const dialog = await deleteLonelySkill()
    await dialog.get('[data-testid="confirm-ok"]').trigger('click')
    await flushPromises()
    expect(has()).toEqual({ category: false, skill: false })
    expect(wrapper.find('[data-testid="category-section"][data-category="Solo"]').exists()).toBe(false)
    workspace.undo()
    expect(has()).toEqual({ category: true, skill: true })
    await workspace.whenSaved()
    wrapper.unmount()
  })

  it('cancelling deletes nothing', async () => {
    const { wrapper, workspace, has, deleteLonelySkill } = await mountSkillsPage('en')
    const dialog = await deleteLonelySkill()
    await dialog.get('[data-testid="confirm-cancel"]').trigger('click')
    await flushPromises()
    expect(has()).toEqual({ category: true, skill: true })
    await workspace.whenSaved()
    wrapper.unmount()
  })

  it('asks the plain question for a skill that has siblings', async () => {
    const { wrapper, workspace } = await mountSkillsPage('en')
    const first = workspace.data!.skills[0]!
    await wrapper
      .get(`[data-testid="skill-row"][data-skill="${first.name}"] [data-testid="skill-delete"]`)
      .trigger('click')
    await flushPromises()
    const dialog = wrapper.get('[data-testid="confirm-dialog"]')
    expect(dialog.find('[data-testid="confirm-alternative"]').exists()).toBe(false)
    await dialog.get('[data-testid="confirm-ok"]').trigger('click')
    await flushPromises()
    expect(workspace.data!.skills.some((s) => s.id === first.id)).toBe(false)
    await workspace.whenSaved()
    wrapper.unmount()
  })
})
