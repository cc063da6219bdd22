import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import ExportMenu from '../../src/components/export/ExportMenu.vue'
import { SkillgridDb, setDbForTests } from '../../src/db/db'
import type { Locale } from '../../src/domain/text'
import { useSettingsStore } from '../../src/stores/settings'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { createAppI18n } from '../fixtures/i18n'

let counter = 0

beforeEach(() => setDbForTests(new SkillgridDb(`export-menu-${++counter}`)))

async function mounted(locale: Locale) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSettingsStore().setLocale(locale)
  const workspace = useWorkspaceStore()
  await workspace.init()
  const wrapper = mount(ExportMenu, { global: { plugins: [pinia, createAppI18n(locale)] } })
  const radio = (choice: 'comma' | 'semicolon') =>
    wrapper.get<HTMLInputElement>(`[data-testid="csv-delimiter-${choice}"]`)
  return { wrapper, workspace, radio }
}

describe('ExportMenu delimiter', () => {
  it.each<[Locale, 'comma' | 'semicolon', string, string]>([
    ['en', 'comma', 'CSV delimiter', 'Semicolon (;) — Excel in Russia and Europe'],
    ['ru', 'semicolon', 'Разделитель CSV', 'Точка с запятой (;) — Excel в России'],
  ])('in %s starts on %s and says so in the interface language', async (locale, checked, legend, semicolon) => {
    const { wrapper, radio } = await mounted(locale)
    expect(radio(checked).element.checked).toBe(true)
    expect(wrapper.get('.csv-delimiter legend').text()).toBe(legend)
    expect(wrapper.get('.csv-delimiter').text()).toContain(semicolon)
  })

  it.each<[Locale, 'comma' | 'semicolon', ',' | ';']>([
    ['ru', 'comma', ','],
    ['en', 'semicolon', ';'],
  ])('in %s, choosing %s remembers it in the workspace', async (locale, choice, delimiter) => {
    const { workspace, radio, wrapper } = await mounted(locale)
    await radio(choice).setValue(true)
    expect(workspace.data?.workspace.csvExport?.delimiter).toBe(delimiter)
    await wrapper.vm.$nextTick()
    expect(radio(choice).element.checked).toBe(true)
  })
})

describe('ExportMenu names', () => {
  it.each<[Locale, string]>([
    ['en', 'Names in Russian'],
    ['ru', 'Названия по-русски'],
  ])('in %s offers “%s”, off by default, remembered in the workspace once ticked', async (locale, label) => {
    const { wrapper, workspace } = await mounted(locale)
    await workspace.whenSaved()
    const box = wrapper.get<HTMLInputElement>('[data-testid="csv-local-names"]')
    expect(box.element.closest('label')?.textContent?.trim()).toBe(label)
    expect(box.element.checked).toBe(false)
    await box.setValue(true)
    expect(workspace.data?.workspace.csvExport).toEqual({ delimiter: locale === 'ru' ? ';' : ',', localNames: true })
    await box.setValue(false)
    expect(workspace.data?.workspace.csvExport?.localNames).toBe(false)
    await workspace.whenSaved()
  })
})
