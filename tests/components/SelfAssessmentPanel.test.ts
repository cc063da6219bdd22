import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import SelfAssessmentPanel from '../../src/components/people/SelfAssessmentPanel.vue'
import { SkillgridDb, setDbForTests } from '../../src/db/db'
import type { Locale } from '../../src/domain/text'
import { useSettingsStore } from '../../src/stores/settings'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { createAppI18n } from '../fixtures/i18n'

let counter = 0

beforeEach(() => setDbForTests(new SkillgridDb(`self-panel-${++counter}`)))

describe('SelfAssessmentPanel', () => {
  it.each<[Locale, string, string, string]>([
    ['en', 'Download forms (zip, one file per person)', 'Download form (CSV)', 'Hide my current level'],
    ['ru', 'Скачать формы (архив ZIP, по файлу на человека)', 'Скачать форму (CSV)', 'Скрыть мою текущую оценку'],
  ])(
    'in %s offers a zip for everyone, one CSV for one person, and hides the lead’s level by default',
    async (locale, all, one, hide) => {
      const pinia = createPinia()
      setActivePinia(pinia)
      useSettingsStore().setLocale(locale)
      const workspace = useWorkspaceStore()
      await workspace.init()
      const wrapper = mount(SelfAssessmentPanel, {
        global: { plugins: [pinia, createAppI18n(locale)], stubs: { RouterLink: { template: '<a><slot /></a>' } } },
      })
      const button = wrapper.get('[data-testid="self-assessment-export"]')
      expect(button.text()).toBe(all)
      expect(wrapper.find('[data-testid="self-assessment-private"]').exists()).toBe(true)
      expect(wrapper.get<HTMLInputElement>('[data-testid="self-assessment-hide-level"]').element.checked).toBe(true)
      expect(wrapper.get('.hide-level').text()).toBe(hide)
      await wrapper.get('[data-testid="self-assessment-person"]').setValue(workspace.data!.people[0]!.id)
      expect(button.text()).toBe(one)
      expect(wrapper.find('[data-testid="self-assessment-private"]').exists()).toBe(false)
    },
  )
})

describe('SelfAssessmentPanel formats', () => {
  it.each<[Locale, string, string, string]>([
    [
      'en',
      'Excel workbook (.xlsx) with drop-down lists',
      'Download forms (zip, one Excel workbook per person)',
      'Download form (Excel)',
    ],
    [
      'ru',
      'Книга Excel с выпадающими списками',
      'Скачать формы (архив ZIP, по книге Excel на человека)',
      'Скачать форму (Excel)',
    ],
  ])('in %s offers the form as a workbook too, for everyone as a zip', async (locale, option, all, one) => {
    const pinia = createPinia()
    setActivePinia(pinia)
    useSettingsStore().setLocale(locale)
    const workspace = useWorkspaceStore()
    await workspace.init()
    const wrapper = mount(SelfAssessmentPanel, {
      global: {
        plugins: [pinia, createAppI18n(locale)],
        stubs: { RouterLink: { props: ['to'], template: '<a :href="to"><slot /></a>' } },
      },
    })
    const format = wrapper.get<HTMLSelectElement>('[data-testid="self-assessment-format"]')
    expect(format.element.value).toBe('csv')
    expect(format.findAll('option').map((o) => o.text())).toEqual(['CSV', option])
    await format.setValue('xlsx')
    const button = wrapper.get('[data-testid="self-assessment-export"]')
    expect(button.text()).toBe(all)
    await wrapper.get('[data-testid="self-assessment-person"]').setValue(workspace.data!.people[0]!.id)
    expect(button.text()).toBe(one)
    // The printable form hides the current level as the files do, unless unticked.
    const link = () => wrapper.get('[data-testid="self-assessment-print"]').attributes('href')
    expect(link()).toBe(`/form/${workspace.data!.people[0]!.id}`)
    await wrapper.get('[data-testid="self-assessment-hide-level"]').setValue(false)
    expect(link()).toBe(`/form/${workspace.data!.people[0]!.id}?level=shown`)
  })
})
