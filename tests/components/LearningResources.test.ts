import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import ResourceEditor from '../../src/components/learning/ResourceEditor.vue'
import SkillLearning from '../../src/components/skills/SkillLearning.vue'
import { SkillgridDb, setDbForTests } from '../../src/db/db'
import type { Locale } from '../../src/domain/text'
import type { LearningResource } from '../../src/domain/types'
import LearningPage from '../../src/pages/LearningPage.vue'
import { useDialogStore } from '../../src/stores/dialogs'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { createAppI18n } from '../fixtures/i18n'

let counter = 0
let pinia: Pinia

beforeEach(async () => {
  pinia = createPinia()
  setActivePinia(pinia)
  setDbForTests(new SkillgridDb(`learning-components-${++counter}`))
  // happy-dom has no modal dialogs: opening one is enough for these tests.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  await useWorkspaceStore().init()
})

const mountWith = <T>(component: T, props: Record<string, unknown>, locale: Locale = 'en') =>
  mount(component as never, {
    props: props as never,
    global: { plugins: [pinia, createAppI18n(locale)], stubs: { RouterLink: RouterLinkStub } },
  })

const skillByFrameworkId = (id: string) => useWorkspaceStore().data!.skills.find((s) => s.frameworkId === id)!

describe('a skill page’s learning section', () => {
  it('lists the catalogue’s resources about the skill, opening only http(s) links in a new tab', () => {
    const workspace = useWorkspaceStore()
    const moderation = skillByFrameworkId('engagement.moderation')
    // A link that could only come from outside every door: still never a link.
    const injected: LearningResource = {
      ...workspace.data!.resources[0]!,
      id: 'injected',
      order: 99,
      title: { en: 'Script', ru: '' },
      url: 'javascript:alert(1)',
      teaches: { [moderation.id]: 2 },
    }
    workspace.data = { ...workspace.data!, resources: [...workspace.data!.resources, injected] }
    const wrapper = mountWith(SkillLearning, { skill: { ...moderation, notes: '<b>not html</b>' } })
    const titles = wrapper.findAll('[data-testid="resource-title"]')
    expect(titles.map((t) => t.text())).toEqual([
      'Facilitation master class',
      'Community management basics for the Association of Volunteer Centres (DOBRO.University)',
      'Script',
    ])
    const anchors = wrapper.findAll('a[data-testid="resource-title"]')
    expect(anchors.map((a) => [a.attributes('target'), a.attributes('rel')])).toEqual([
      ['_blank', 'noopener noreferrer'],
      ['_blank', 'noopener noreferrer'],
    ])
    expect(wrapper.find('a[href^="javascript"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="skill-notes"]').text()).toBe('<b>not html</b>')
    expect(wrapper.find('b').exists()).toBe(false)
  })

  it('adds a resource for the skill, teaching it at its target level, as one undoable step', async () => {
    const workspace = useWorkspaceStore()
    const budget = skillByFrameworkId('business.budget')
    const wrapper = mountWith(SkillLearning, { skill: budget })
    expect(wrapper.find('[data-testid="skill-resources-empty"]').exists()).toBe(true)
    await wrapper.get('[data-testid="skill-resource-add"]').trigger('click')
    await wrapper.get('[data-testid="resource-title-en"]').setValue('Budgeting for non-profits')
    await wrapper.get('[data-testid="resource-seats"]').setValue('10')
    await wrapper.get('[data-testid="resource-cost-session"]').setValue('5')
    await wrapper.get('form.form').trigger('submit')
    const added = workspace.data!.resources.find((r) => r.title.en === 'Budgeting for non-profits')!
    expect(added).toMatchObject({ seats: 10, costPerSession: 5, teaches: { [budget.id]: budget.target.level } })
    expect(wrapper.findAll('[data-testid="resource-card"]')).toHaveLength(1)
    workspace.undo()
    expect(workspace.data!.resources.some((r) => r.id === added.id)).toBe(false)
  })
})

describe('ResourceEditor', () => {
  it.each<[Locale, string, string]>([
    ['en', 'Seats must be a whole number from 1 to 10000', 'A link must be an address starting with http'],
    ['ru', 'Мест должно быть целое число от 1 до 10000', 'Ссылка должна начинаться с http'],
  ])('in %s, says what is wrong in the form and saves nothing until it is right', async (locale, seats, link) => {
    const workspace = useWorkspaceStore()
    const before = workspace.data!.resources.length
    const wrapper = mountWith(ResourceEditor, { resource: null }, locale)
    expect(wrapper.find('[data-testid="resource-problem"]').exists()).toBe(false)
    await wrapper.get('[data-testid="resource-title-ru"]').setValue('Школа модераторов')
    await wrapper.get('[data-testid="resource-seats"]').setValue('2.5')
    expect(wrapper.get('[data-testid="resource-problem"]').text()).toContain(seats)
    await wrapper.get('[data-testid="resource-seats"]').setValue('')
    await wrapper.get('[data-testid="resource-url"]').setValue('ftp://example.org')
    expect(wrapper.get('[data-testid="resource-problem"]').text()).toContain(link)
    expect(wrapper.get('[data-testid="resource-save"]').attributes('disabled')).toBeDefined()
    await wrapper.get('form.form').trigger('submit')
    expect(workspace.data!.resources).toHaveLength(before)
    await wrapper.get('[data-testid="resource-url"]').setValue('https://example.org/school')
    await wrapper.get('form.form').trigger('submit')
    expect(workspace.data!.resources).toHaveLength(before + 1)
    expect(wrapper.emitted('done')?.[0]?.[0]).toEqual(expect.any(String))
  })

  it('edits the teaches list of an existing resource', async () => {
    const workspace = useWorkspaceStore()
    const resource = workspace.data!.resources.find((r) => r.frameworkId === 'facilitation-masterclass')!
    const wrapper = mountWith(ResourceEditor, { resource })
    expect(wrapper.findAll('[data-testid="resource-teach-row"]')).toHaveLength(3)
    await wrapper.findAll('[data-testid="resource-teach-level"]')[0]!.setValue('4')
    await wrapper.get('form.form').trigger('submit')
    const moderation = skillByFrameworkId('engagement.moderation')
    expect(workspace.data!.resources.find((r) => r.id === resource.id)!.teaches[moderation.id]).toBe(4)
  })
})

describe('the Learning page', () => {
  it.each<[Locale, string]>([
    ['en', '11 resources'],
    ['ru', '11 материалов'],
  ])('in %s, lists the seeded catalogue and finds resources by the skills they teach', async (locale, count) => {
    const wrapper = mountWith(LearningPage, {}, locale)
    expect(wrapper.get('[data-testid="resource-count"]').text()).toBe(count)
    expect(wrapper.findAll('[data-testid="resource-card"]')).toHaveLength(11)
    await wrapper.get('[data-testid="resource-filter"]').setValue(locale === 'en' ? 'moderation' : 'модерация')
    expect(wrapper.findAll('[data-testid="resource-card"]')).toHaveLength(2)
  })

  it('duplicates a resource under “(copy)” and deletes one only after confirmation, undoably', async () => {
    const workspace = useWorkspaceStore()
    const wrapper = mountWith(LearningPage, {})
    const first = wrapper.findAll('[data-testid="resource-card"]')[1]!
    const title = first.get('[data-testid="resource-title"]').text()
    await first.get('[data-testid="resource-duplicate"]').trigger('click')
    expect(workspace.data!.resources.map((r) => r.title.en)).toContain(`${title} (copy)`)

    const dialogs = useDialogStore()
    await first.get('[data-testid="resource-delete"]').trigger('click')
    expect(dialogs.confirm?.title).toBe(`Delete “${title}”?`)
    dialogs.answer(null)
    await flushPromises()
    expect(workspace.data!.resources.some((r) => r.title.en === title)).toBe(true)
    await first.get('[data-testid="resource-delete"]').trigger('click')
    dialogs.answer('')
    await flushPromises()
    expect(workspace.data!.resources.some((r) => r.title.en === title)).toBe(false)
    workspace.undo()
    expect(workspace.data!.resources.some((r) => r.title.en === title)).toBe(true)
  })
})
