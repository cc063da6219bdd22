import { mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import MatrixLegend from '../../src/components/matrix/MatrixLegend.vue'
import MatrixNextStep from '../../src/components/matrix/MatrixNextStep.vue'
import MatrixPersonColumnsToggle from '../../src/components/matrix/MatrixPersonColumnsToggle.vue'
import type { CoverageReport } from '../../src/domain/coverage'
import type { WorkspaceData } from '../../src/domain/types'
import { PERSON_COLUMNS_KEY, useMatrixViewStore } from '../../src/stores/matrixView'
import { useCoverageStore } from '../../src/stores/coverage'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { matrix } from '../fixtures/builders'
import { createAppI18n } from '../fixtures/i18n'
import { stubWindowWidth } from './windowWidth'

type Locale = 'en' | 'ru'

function mountIn<T>(component: T, locale: Locale, { narrow = false, data = null as WorkspaceData | null } = {}) {
  stubWindowWidth(narrow)
  const pinia = createPinia()
  setActivePinia(pinia)
  if (data) useWorkspaceStore().data = data
  return mount(component as never, {
    attachTo: document.body,
    global: { plugins: [pinia, createAppI18n(locale)], stubs: { RouterLink: RouterLinkStub } },
  })
}

beforeEach(() => localStorage.clear())
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('MatrixPersonColumnsToggle', () => {
  it.each([
    ['en', 'Team & title'],
    ['ru', 'Команда и должность'],
  ] as const)('folds Team and Title on a phone and shows them on a wide screen by default (%s)', (locale, label) => {
    const phone = mountIn(MatrixPersonColumnsToggle, locale, { narrow: true })
    expect(phone.text()).toBe(label)
    expect(phone.get<HTMLInputElement>('[data-testid="matrix-person-columns"]').element.checked).toBe(false)
    phone.unmount()
    const wide = mountIn(MatrixPersonColumnsToggle, locale, { narrow: false })
    expect(wide.get<HTMLInputElement>('[data-testid="matrix-person-columns"]').element.checked).toBe(true)
  })

  it.each(['en', 'ru'] as const)('remembers the choice of each layout across reloads (%s)', async (locale) => {
    const phone = mountIn(MatrixPersonColumnsToggle, locale, { narrow: true })
    await phone.get('[data-testid="matrix-person-columns"]').setValue(true)
    expect(useMatrixViewStore().personColumnsShown).toBe(true)
    expect(JSON.parse(localStorage.getItem(PERSON_COLUMNS_KEY) ?? '{}')).toEqual({ narrow: true })
    phone.unmount()

    // A new page load on the phone: still shown. On a wide screen the choice made on the phone does not apply.
    const again = mountIn(MatrixPersonColumnsToggle, locale, { narrow: true })
    expect(again.get<HTMLInputElement>('[data-testid="matrix-person-columns"]').element.checked).toBe(true)
    again.unmount()
    const wide = mountIn(MatrixPersonColumnsToggle, locale, { narrow: false })
    await wide.get('[data-testid="matrix-person-columns"]').setValue(false)
    expect(JSON.parse(localStorage.getItem(PERSON_COLUMNS_KEY) ?? '{}')).toEqual({ narrow: true, wide: false })
  })

  it('ignores a stored value it cannot read', () => {
    localStorage.setItem(PERSON_COLUMNS_KEY, '{"narrow":"yes"')
    const phone = mountIn(MatrixPersonColumnsToggle, 'en', { narrow: true })
    expect(phone.get<HTMLInputElement>('[data-testid="matrix-person-columns"]').element.checked).toBe(false)
  })
})

describe('MatrixLegend', () => {
  it.each([
    ['en', 'Legend', 'wants to grow'],
    ['ru', 'Обозначения', 'хочет развиваться'],
  ] as const)('folds into a button on a phone that opens and closes it (%s)', async (locale, button, item) => {
    const wrapper = mountIn(MatrixLegend, locale, { narrow: true })
    const toggle = wrapper.get('[data-testid="legend-toggle"]')
    const legend = wrapper.get<HTMLElement>('[data-testid="matrix-legend"]')
    expect(toggle.text()).toBe(button)
    expect(toggle.attributes('aria-expanded')).toBe('false')
    expect(toggle.attributes('aria-controls')).toBe(legend.attributes('id'))
    expect(legend.element.style.display).toBe('none')
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    expect(legend.element.style.display).toBe('')
    expect(legend.text()).toContain(item)
    await toggle.trigger('click')
    expect(legend.element.style.display).toBe('none')
  })

  it.each([
    ['en', 'Legend:'],
    ['ru', 'Обозначения:'],
  ] as const)('shows in full with no button on a wide screen (%s)', (locale, title) => {
    const wrapper = mountIn(MatrixLegend, locale, { narrow: false })
    expect(wrapper.find('[data-testid="legend-toggle"]').exists()).toBe(false)
    expect(wrapper.get<HTMLElement>('[data-testid="matrix-legend"]').element.style.display).toBe('')
    expect(wrapper.get('.legend-title').text()).toBe(title)
  })
})

describe('MatrixNextStep', () => {
  /** A workspace whose coverage is: skill 0 uncovered, skill 1 at risk (one holder), skill 2 covered. */
  function mountWithGaps(locale: Locale) {
    const data = matrix([
      [0, 3, 3],
      [1, 1, 4],
    ])
    const wrapper = mountIn(MatrixNextStep, locale, { data })
    return { wrapper, coverage: useCoverageStore() }
  }

  it.each([
    ['en', '✕1 skill uncovered', '!1 at risk', 'Coverage →', 'Plan →'],
    ['ru', '✕1 навык не покрыт', '!1 под угрозой', 'Покрытие →', 'План →'],
  ] as const)(
    'counts the skills uncovered and at risk and links to Coverage and Plan (%s)',
    async (locale, ...texts) => {
      const { wrapper } = mountWithGaps(locale)
      await nextTick()
      const [uncovered, atRisk, coverage, plan] = texts
      expect(wrapper.get('[data-testid="matrix-next-uncovered"]').text()).toBe(uncovered)
      expect(wrapper.get('[data-testid="matrix-next-at-risk"]').text()).toBe(atRisk)
      const links = wrapper.findAllComponents(RouterLinkStub)
      expect(links.map((link) => [link.props('to'), link.text()])).toEqual([
        ['/coverage', coverage],
        ['/plan', plan],
      ])
    },
  )

  it.each([
    ['en', '✕Uncovered: 1', '!At risk: 1'],
    ['ru', '✕Не покрыто: 1', '!Под угрозой: 1'],
  ] as const)('uses the short words on a phone, to stay one line (%s)', (locale, uncovered, atRisk) => {
    const data = matrix([
      [0, 3, 3],
      [1, 1, 4],
    ])
    const wrapper = mountIn(MatrixNextStep, locale, { narrow: true, data })
    expect(wrapper.get('[data-testid="matrix-next-uncovered"]').text()).toBe(uncovered)
    expect(wrapper.get('[data-testid="matrix-next-at-risk"]').text()).toBe(atRisk)
  })

  it.each([
    ['en', 5, '✕5 skills uncovered'],
    ['ru', 2, '✕2 навыка не покрыты'],
    ['ru', 5, '✕5 навыков не покрыто'],
    ['ru', 21, '✕21 навык не покрыт'],
  ] as const)('says the count in the right plural form (%s, %i)', async (locale, count, text) => {
    const { wrapper, coverage } = mountWithGaps(locale)
    const report = coverage.actual as CoverageReport
    coverage.actual = { ...report, total: { ...report.total, needed: 30, uncovered: count } }
    await nextTick()
    expect(wrapper.get('[data-testid="matrix-next-uncovered"]').text()).toBe(text)
  })

  it.each([
    ['en', '✓No skill is uncovered or at risk.'],
    ['ru', '✓Непокрытых навыков и навыков под угрозой нет.'],
  ] as const)('says briefly that nothing is uncovered or at risk, with no links (%s)', async (locale, text) => {
    const { wrapper, coverage } = mountWithGaps(locale)
    const report = coverage.actual as CoverageReport
    coverage.actual = { ...report, total: { ...report.total, covered: 3, atRisk: 0, uncovered: 0 } }
    await nextTick()
    expect(wrapper.get('[data-testid="matrix-next"]').text()).toBe(text)
    expect(wrapper.findAllComponents(RouterLinkStub)).toHaveLength(0)
  })

  it('shows nothing while no skill is needed', async () => {
    const { wrapper, coverage } = mountWithGaps('en')
    const report = coverage.actual as CoverageReport
    coverage.actual = { ...report, total: { ...report.total, needed: 0 } }
    await nextTick()
    expect(wrapper.find('[data-testid="matrix-next"]').exists()).toBe(false)
  })
})
