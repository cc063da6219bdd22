import { mount } from '@vue/test-utils'
import { createTestingPinia } from '@pinia/testing'
import { describe, expect, it, vi } from 'vitest'
import ImportSummary from '../../src/components/import/ImportSummary.vue'
import { createImportSession } from '../../src/io/importSession'
import { useImportStore } from '../../src/stores/import'
import { useSettingsStore } from '../../src/stores/settings'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { demoWorkspace } from '../fixtures/demo'
import { createAppI18n } from '../fixtures/i18n'

/** The preview summary of a wide file, in a language: one new skill without a category, one in the demo's "Content". */
function summaryIn(locale: 'en' | 'ru') {
  const pinia = createTestingPinia({ createSpy: vi.fn })
  useWorkspaceStore().data = demoWorkspace()
  useSettingsStore().locale = locale
  const csv = ',,Content\nName,Grant writing,Podcasting\nZoe New,2,3\n'
  const store = useImportStore()
  store.draft = createImportSession(new TextEncoder().encode(csv)).run({
    read: {},
    draft: {},
    context: { levelWords: [], interestWords: [] },
  })
  store.phase = 'preview'
  const wrapper = mount(ImportSummary, { global: { plugins: [pinia, createAppI18n(locale)] } })
  return wrapper
    .get('[data-testid="import-new-skills"]')
    .findAll('li')
    .map((li) => li.text())
}

describe('ImportSummary', () => {
  it('names the category of each new skill in English', () => {
    expect(summaryIn('en')).toEqual(['Grant writing → Uncategorised (new category)', 'Podcasting → Content'])
  })

  it('names them in Russian in the Russian interface, the new “Uncategorised” too', () => {
    expect(summaryIn('ru')).toEqual(['Grant writing → Без категории (новая категория)', 'Podcasting → Контент'])
  })
})
