import { mount } from '@vue/test-utils'
import { createTestingPinia } from '@pinia/testing'
import { describe, expect, it, vi } from 'vitest'
import ImportSkipChoice from '../../src/components/import/ImportSkipChoice.vue'
import ImportSummaryRows from '../../src/components/import/ImportSummaryRows.vue'
import type { Locale } from '../../src/domain/text'
import { createImportSession } from '../../src/io/importSession'
import type { DraftOptions } from '../../src/io/types'
import { useImportStore } from '../../src/stores/import'
import { createAppI18n } from '../fixtures/i18n'

const FILE = [
  'Name,Email,Writing,SEO',
  'Анна Петрова,anna@x.org,3,2',
  'Борис Иванов,boris@x.org,expertt,2',
  ',nobody@x.org,1,1',
  'Итого,,4,5',
  ',,2.5,1.5',
].join('\n')

/** A component over a drafted file with these options; the store's actions are spies. */
function mounted(component: typeof ImportSkipChoice | typeof ImportSummaryRows, locale: Locale, options: DraftOptions) {
  const pinia = createTestingPinia({ createSpy: vi.fn })
  const store = useImportStore()
  store.draft = createImportSession(new TextEncoder().encode(FILE)).run({
    read: {},
    draft: options,
    context: { levelWords: [], interestWords: [] },
  })
  store.draftOptions = options
  store.phase = 'preview'
  const wrapper = mount(component, { global: { plugins: [pinia, createAppI18n(locale)] } })
  return { wrapper, store }
}

describe('ImportSummaryRows', () => {
  it.each<[Locale, string[]]>([
    ['en', ['Row 5: “Итого” — Import as a person', 'Row 6: numbers without a name — Import as a person']],
    [
      'ru',
      ['Строка 5: «Итого» — Импортировать как человека', 'Строка 6: числа без имени — Импортировать как человека'],
    ],
  ])('in %s, lists each totals row, left out, with a box to keep it', async (locale, texts) => {
    const { wrapper, store } = mounted(ImportSummaryRows, locale, {})
    const rows = wrapper.findAll('[data-testid="import-summary-row"]')
    expect(rows.map((r) => r.text().replace(/\s+/g, ' '))).toEqual(texts)
    expect(rows.map((r) => r.attributes('data-kept'))).toEqual(['false', 'false'])
    await rows[0]!.get('input').setValue(true)
    expect(store.setKeepSummaryRow).toHaveBeenCalledWith(5, true)
  })

  it('shows a kept row ticked, and unticking it leaves it out again', async () => {
    const { wrapper, store } = mounted(ImportSummaryRows, 'en', { keepSummaryRows: [5] })
    const kept = wrapper.get<HTMLInputElement>('[data-testid="import-summary-row"][data-row="5"] input')
    expect(kept.element.checked).toBe(true)
    await kept.setValue(false)
    expect(store.setKeepSummaryRow).toHaveBeenCalledWith(5, false)
  })
})

describe('ImportSkipChoice', () => {
  it.each<[Locale, string]>([
    ['en', 'These rows are skipped: 3 (Борис Иванов), 4 (no name)'],
    ['ru', 'Эти строки будут пропущены: 3 (Борис Иванов), 4 (без имени)'],
  ])('in %s, names the person of every skipped row', (locale, skipped) => {
    const { wrapper } = mounted(ImportSkipChoice, locale, { skipProblemRows: true })
    expect(wrapper.get('[data-testid="import-skipped"]').text()).toBe(skipped)
    expect(wrapper.get<HTMLInputElement>('[data-testid="import-skip-rows"]').element.checked).toBe(true)
    expect(wrapper.find('[data-testid="import-blanked"]').exists()).toBe(false)
  })

  it.each<[Locale, string, string]>([
    ['en', 'These rows are skipped: 4 (no name)', 'Imported with their bad cells left not assessed: 3 (Борис Иванов)'],
    [
      'ru',
      'Эти строки будут пропущены: 4 (без имени)',
      'Импортируются, ошибочные ячейки остаются без оценки: 3 (Борис Иванов)',
    ],
  ])('in %s, offers the finer choice and lists both kinds of rows', async (locale, skipped, blanked) => {
    const plain = mounted(ImportSkipChoice, locale, { skipProblemRows: true })
    await plain.wrapper.get('[data-testid="import-skip-cells"]').setValue(true)
    expect(plain.store.setBlankBadCells).toHaveBeenCalledWith(true)

    const { wrapper, store } = mounted(ImportSkipChoice, locale, { skipProblemRows: true, blankBadCells: true })
    expect(wrapper.get<HTMLInputElement>('[data-testid="import-skip-cells"]').element.checked).toBe(true)
    expect(wrapper.get('[data-testid="import-skipped"]').text()).toBe(skipped)
    expect(wrapper.get('[data-testid="import-blanked"]').text()).toBe(blanked)
    await wrapper.get('[data-testid="import-skip-rows"]').setValue(true)
    expect(store.setBlankBadCells).toHaveBeenCalledWith(false)
  })

  it('is not shown until the lead chooses to skip rows', () => {
    const { wrapper } = mounted(ImportSkipChoice, 'en', {})
    expect(wrapper.find('[data-testid="import-skip-choice"]').exists()).toBe(false)
  })
})
