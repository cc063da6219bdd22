import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it } from 'vitest'
import ImportSkillMap from '../../src/components/import/ImportSkillMap.vue'
import type { Locale } from '../../src/domain/text'
import { createImportSession } from '../../src/io/importSession'
import { useImportStore } from '../../src/stores/import'
import { useSettingsStore } from '../../src/stores/settings'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { demoWorkspace } from '../fixtures/demo'
import { createAppI18n } from '../fixtures/i18n'

const RUSSIAN = 'ФИО;Модерация;Grant writing;Написание текстов\nАнна Петрова;4;2;3\n'

/** The skill map of a file over the demo workspace, in a language, with the real import store. */
function mounted(locale: Locale, text = RUSSIAN) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const data = demoWorkspace()
  useWorkspaceStore().data = data
  useSettingsStore().locale = locale
  const store = useImportStore()
  store.draft = createImportSession(new TextEncoder().encode(text)).run({
    read: {},
    draft: {},
    context: { levelWords: [], interestWords: [] },
  })
  store.phase = 'preview'
  const wrapper = mount(ImportSkillMap, {
    global: { plugins: [pinia, createAppI18n(locale)] },
    attachTo: document.body,
  })
  const row = (column: string) => wrapper.get(`[data-testid="import-column-map"][data-column="${column}"]`)
  const skill = (name: string) => data.skills.find((s) => s.name === name)!
  return { wrapper, store, row, skill }
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('ImportSkillMap', () => {
  it.each<[Locale, string, string, string]>([
    [
      'en',
      'Skills in the file · 1 found in the workspace · 2 new · 0 left out · 1 suggestion to check',
      'Use “Moderation & conflict facilitation”',
      'Moderation & conflict facilitation',
    ],
    [
      'ru',
      'Навыки в файле · найдено в рабочем пространстве: 1 · новых: 2 · не импортируется: 0 · 1 подсказка для проверки',
      'Использовать «Модерация и урегулирование конфликтов»',
      'Модерация и урегулирование конфликтов',
    ],
  ])(
    'in %s, offers the suggestion for “Модерация” and takes it with one click',
    async (locale, summary, use, chosen) => {
      const { wrapper, row, skill } = mounted(locale)
      expect(wrapper.get('summary').text().replace(/\s+/g, ' ')).toBe(summary)
      expect(wrapper.findAll('[data-testid="import-column-map"]').map((r) => r.attributes('data-column'))).toEqual([
        'Модерация',
        'Grant writing',
        'Написание текстов',
      ])
      expect(row('Модерация').attributes('data-choice')).toBe('new')
      // "Grant writing" is not "Writing": no suggestion.
      expect(row('Grant writing').find('[data-testid="import-column-suggestion"]').exists()).toBe(false)
      expect(row('Написание текстов').attributes('data-choice')).toBe(skill('Writing').id)

      const suggestion = row('Модерация').get('[data-testid="import-column-suggestion"]')
      expect(suggestion.text()).toBe(use)
      await suggestion.trigger('click')
      expect(row('Модерация').attributes('data-choice')).toBe(skill('Moderation & conflict facilitation').id)
      expect(row('Модерация').get('[data-testid="import-column-choice"]').text()).toContain(chosen)
      expect(row('Модерация').find('[data-testid="import-column-suggestion"]').exists()).toBe(false)
    },
  )

  it.each<[Locale, string, string]>([
    ['en', 'writing', 'Writing'],
    ['ru', 'текстов', 'Написание текстов'],
  ])('in %s, is usable from the keyboard: open, search %j, arrow, Enter', async (locale, query, first) => {
    const { row, skill } = mounted(locale)
    const choice = row('Grant writing').get('[data-testid="import-column-choice"]')
    await choice.trigger('click')
    const search = row('Grant writing').get<HTMLInputElement>('[data-testid="import-column-search"]')
    expect(document.activeElement).toBe(search.element)
    await search.setValue(query)
    const options = () => row('Grant writing').findAll('[data-testid="import-column-option"]')
    expect(options()[0]?.text()).toContain(first)
    expect(options().every((o) => o.attributes('data-value') !== 'new')).toBe(true)
    await search.trigger('keydown', { key: 'ArrowDown' })
    await search.trigger('keydown', { key: 'ArrowUp' })
    expect(search.attributes('aria-activedescendant')).toBe(options()[0]?.attributes('id'))
    await search.trigger('keydown', { key: 'Enter' })
    expect(row('Grant writing').attributes('data-choice')).toBe(skill('Writing').id)
    expect(row('Grant writing').find('[data-testid="import-column-search"]').exists()).toBe(false)
    expect(document.activeElement).toBe(choice.element)
  })

  it('lists New skill and Leave out first; Escape closes without a change', async () => {
    const { row } = mounted('en')
    await row('Модерация').get('[data-testid="import-column-choice"]').trigger('click')
    const values = row('Модерация')
      .findAll('[data-testid="import-column-option"]')
      .map((o) => o.attributes('data-value'))
    expect(values.slice(0, 2)).toEqual(['new', 'ignore'])
    expect(values).toHaveLength(2 + 48)
    await row('Модерация').get('[data-testid="import-column-search"]').trigger('keydown', { key: 'Escape' })
    expect(row('Модерация').find('[data-testid="import-column-search"]').exists()).toBe(false)
    expect(row('Модерация').attributes('data-choice')).toBe('new')
  })

  it('leaves a skill of a long file out when Leave out is picked, and says so in the summary', async () => {
    const { wrapper, row, store } = mounted('ru', 'person,skill,level\nAnn,Жонглирование,3\nAnn,Writing,2\n')
    await row('Жонглирование').get('[data-testid="import-column-choice"]').trigger('click')
    await row('Жонглирование').get('[data-testid="import-column-option"][data-value="ignore"]').trigger('click')
    expect(row('Жонглирование').attributes('data-choice')).toBe('ignore')
    expect(row('Жонглирование').get('[data-testid="import-column-choice"]').text()).toContain('Не импортируется')
    expect(store.resolution?.skills[0]?.ignored).toBe(true)
    expect(wrapper.get('summary').text()).toContain('не импортируется: 1')
  })
})
