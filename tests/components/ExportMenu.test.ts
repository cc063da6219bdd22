import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ExportMenu from '../../src/components/export/ExportMenu.vue'
import { SkillgridDb, setDbForTests } from '../../src/db/db'
import type { Locale } from '../../src/domain/text'
import { usePlanStore } from '../../src/stores/plan'
import { useSettingsStore } from '../../src/stores/settings'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { createAppI18n } from '../fixtures/i18n'
import { nodeSolveLp } from '../unit/planner/highsNode'

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

/** The workbook the next click on "export-xlsx" hands to the browser, as exceljs reads it. */
async function exportedWorkbook(wrapper: Awaited<ReturnType<typeof mounted>>['wrapper']) {
  const blobs: Blob[] = []
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob)
    return 'blob:test'
  })
  await wrapper.get('[data-testid="export-xlsx"]').trigger('click')
  await vi.waitFor(() => expect(blobs).toHaveLength(1), { timeout: 10_000 })
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(await blobs[0]!.arrayBuffer())
  return book
}

const rowsOf = (sheet: ExcelJS.Worksheet | undefined) => {
  const rows: unknown[][] = []
  sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
  return rows
}

describe('ExportMenu workbook', () => {
  afterEach(() => vi.restoreAllMocks())

  it('has no Plan sheet before a plan is made', async () => {
    const { wrapper } = await mounted('en')
    const book = await exportedWorkbook(wrapper)
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Matrix', 'Interest', 'Coverage'])
  })

  it.each<[Locale, string, string]>([
    ['en', 'Action', 'The data changed since this plan was made'],
    ['ru', 'Шаг', 'Данные изменились после того, как составлен этот план'],
  ])(
    'in %s puts the latest plan on a Plan sheet, and says on it when the data changed since',
    async (locale, action, stale) => {
      const { wrapper, workspace } = await mounted(locale)
      const plan = usePlanStore()
      plan.setSolverForTests(await nodeSolveLp())
      const result = await plan.run()
      expect(result?.actions.length).toBeGreaterThan(0)

      const fresh = rowsOf((await exportedWorkbook(wrapper)).getWorksheet('Plan'))
      expect(fresh[0]?.[0]).toBe(action)
      // One row per action, then the total; costs are numbers.
      expect(fresh).toHaveLength(result!.actions.length + 2)
      expect(fresh.slice(1).map((row) => row[5])).toEqual([...result!.actions.map((a) => a.cost), result!.totalCost])
      vi.restoreAllMocks()

      plan.setTrainable(workspace.data!.people[0]!.id, false)
      expect(plan.stale).toBe(true)
      const staleRows = rowsOf((await exportedWorkbook(wrapper)).getWorksheet('Plan'))
      expect(String(staleRows[0]?.[0])).toContain(stale)
      expect(staleRows.slice(1)).toEqual(fresh)
    },
  )
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
