import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CategoryChart from '../../src/components/coverage/CategoryChart.vue'
import CoverageSummary from '../../src/components/coverage/CoverageSummary.vue'
import LevelHeatmap from '../../src/components/coverage/LevelHeatmap.vue'
import type { CoverageTotals } from '../../src/domain/coverage'
import { createAppI18n } from '../fixtures/i18n'

function totals(covered: number, atRisk: number, uncovered: number, deficit = 0, notNeeded = 0): CoverageTotals {
  const needed = covered + atRisk + uncovered
  return {
    skills: needed + notNeeded,
    needed,
    notNeeded,
    covered,
    atRisk,
    uncovered,
    deficit,
    coveredShare: needed ? covered / needed : 1,
  }
}

const plugins = (locale: 'en' | 'ru' = 'en') => ({ global: { plugins: [createAppI18n(locale)] } })

describe('CategoryChart', () => {
  const rows = [
    { id: 'a', name: 'Strategy', totals: totals(4, 4, 2) },
    { id: 'b', name: 'A category with a name far too long for the label column', totals: totals(0, 1, 0) },
  ]

  it('is an accessible SVG whose title and description say every value in words', () => {
    const wrapper = mount(CategoryChart, { props: { rows }, ...plugins() })
    const svg = wrapper.get('svg')
    expect(svg.attributes('role')).toBe('img')
    const labelledBy = (svg.attributes('aria-labelledby') ?? '').split(' ')
    expect(labelledBy).toHaveLength(2)
    for (const id of labelledBy) expect(wrapper.find(`[id="${id}"]`).exists()).toBe(true)
    expect(wrapper.get('svg > title').text()).toBe('Coverage by category')
    expect(wrapper.get('svg > desc').text()).toContain('Strategy: 4 covered, 4 at risk, 2 uncovered of 10 needed')
  })

  it('writes the counts as text next to each bar, with the status symbols, never by colour alone', () => {
    const wrapper = mount(CategoryChart, { props: { rows }, ...plugins() })
    const [strategy, other] = wrapper.findAll('.chart-row')
    expect(strategy?.get('.chart-values').text()).toBe('✓ 4  ! 4  ✕ 2  · 40%')
    expect(
      strategy?.findAll('.chart-segment').map((s) => [s.attributes('data-status'), s.find('text').text()]),
    ).toEqual([
      ['covered', '✓4'],
      ['at-risk', '!4'],
      ['uncovered', '✕2'],
    ])
    expect(other?.get('.chart-values').text()).toBe('✓ 0  ! 1  ✕ 0  · 0%')
    expect(other?.get('.chart-label').text()).toMatch(/…$/)
    expect(other?.get('title').text()).toContain('A category with a name far too long for the label column')
  })

  it('sizes segments by share of the category', () => {
    const wrapper = mount(CategoryChart, {
      props: { rows: [{ id: 'a', name: 'X', totals: totals(1, 1, 2) }] },
      ...plugins(),
    })
    const widths = wrapper.findAll('.chart-segment rect').map((rect) => Number(rect.attributes('width')))
    expect(widths[2]).toBeCloseTo((widths[0] ?? 0) * 2)
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(330)
  })

  it.each([
    ['en', '✓ 0  ! 0  ✕ 0  ○ 9  · —', 'Business: 0 covered, 0 at risk, 0 uncovered of 0 needed; 9 not needed'],
    ['ru', '✓ 0  ! 0  ✕ 0  ○ 9  · —', 'Business: покрыто 0, под угрозой 0, не покрыто 0 из 0 нужных; не нужны: 9'],
  ] as const)(
    'shows a category of not-needed skills as not needed, not as 100 %% covered (%s)',
    (locale, values, title) => {
      const wrapper = mount(CategoryChart, {
        props: { rows: [{ id: 'b', name: 'Business', totals: totals(0, 0, 0, 0, 9) }] },
        ...plugins(locale),
      })
      expect(wrapper.get('.chart-values').text()).toBe(values)
      expect(wrapper.findAll('.chart-segment').map((s) => s.attributes('data-status'))).toEqual(['not-needed'])
      expect(wrapper.get('.chart-row > title').text()).toBe(title)
      expect(wrapper.get('.chart-legend').text()).toContain(locale === 'en' ? '○ Not needed' : '○ Не нужен')
    },
  )

  it('labels statuses in Russian too', () => {
    const wrapper = mount(CategoryChart, { props: { rows }, ...plugins('ru') })
    expect(wrapper.get('.chart-legend').text()).toContain('✕ Не покрыт')
  })
})

describe('LevelHeatmap', () => {
  const rows = [
    { id: 'a', name: 'Strategy', counts: [0, 1, 4, 7, 1], notAssessed: 2 },
    { id: 'b', name: 'Content', counts: [0, 0, 7, 4, 3], notAssessed: 1 },
  ]
  const levelLabels = ['None', 'Aware', 'Practitioner', 'Proficient', 'Expert']

  it('prints the number of people in every cell, levels 0–4 then not assessed', () => {
    const wrapper = mount(LevelHeatmap, { props: { rows, levelLabels }, ...plugins() })
    const values = wrapper.findAll('.heatmap-row').map((row) => row.findAll('.heatmap-cell text').map((t) => t.text()))
    expect(values).toEqual([
      ['0', '1', '4', '7', '1', '2'],
      ['0', '0', '7', '4', '3', '1'],
    ])
    expect(wrapper.findAll('.heatmap-row').map((row) => row.attributes('data-category'))).toEqual([
      'Strategy',
      'Content',
    ])
  })

  it('titles each cell in words and heads columns with level numbers and names', () => {
    const wrapper = mount(LevelHeatmap, { props: { rows, levelLabels }, ...plugins() })
    const cell = wrapper.findAll('.heatmap-row')[0]?.findAll('.heatmap-cell')[3]
    expect(cell?.get('title').text()).toBe('Strategy, 3 · Proficient: 7 people')
    expect(wrapper.findAll('.heatmap-level').map((t) => t.text())).toEqual(['0', '1', '2', '3', '4', 'n/a'])
    expect(wrapper.get('svg').attributes('role')).toBe('img')
    expect(wrapper.get('svg > title').text()).toBe('People by their highest level in each category')
  })

  it('shades the busiest cell darkest and keeps its number readable', () => {
    const wrapper = mount(LevelHeatmap, { props: { rows, levelLabels }, ...plugins() })
    const busiest = wrapper.findAll('.heatmap-row')[0]?.findAll('.heatmap-cell')[3]
    expect(busiest?.get('rect').attributes('fill')).toBe('rgba(47, 95, 179, 0.90)')
    expect(busiest?.get('text').classes()).toContain('dark')
  })
})

describe('CoverageSummary', () => {
  it('shows plain numbers under stable hooks, and the change when a what-if baseline is given', () => {
    const wrapper = mount(CoverageSummary, {
      props: { totals: totals(20, 16, 12, 40), baseline: totals(21, 18, 9, 36) },
      ...plugins(),
    })
    const read = (key: string) => wrapper.get(`[data-testid="coverage-${key}"]`).text()
    expect([read('covered'), read('at-risk'), read('uncovered'), read('deficit')]).toEqual(['20', '16', '12', '40'])
    expect(wrapper.get('[data-testid="coverage-uncovered-change"]').text()).toBe('+3 with the what-if')
    expect(wrapper.get('[data-testid="coverage-covered-change"]').text()).toBe('−1 with the what-if')
    expect(wrapper.text()).toContain('42% of 48 needed skills')
  })

  it.each([
    ['en', '100% of 1 needed skills', '○ 9 not needed (target 0), not counted', 'holder places short of the targets'],
    ['ru', '100\u00a0% из 1 нужных навыков', '○ не нужны (цель 0) и не учитываются: 9', 'мест носителей не хватает'],
  ] as const)(
    'leaves not-needed skills out of the covered share and says how many there are (%s)',
    (locale, share, notNeeded, deficit) => {
      // The case: 9 Business skills with target 0 and nobody holding them, one skill covered.
      const wrapper = mount(CoverageSummary, { props: { totals: totals(1, 0, 0, 0, 9) }, ...plugins(locale) })
      expect(wrapper.get('[data-testid="coverage-covered"]').text()).toBe('1')
      expect(wrapper.text()).toContain(share)
      expect(wrapper.get('[data-testid="coverage-not-needed"]').text()).toBe(notNeeded)
      expect(wrapper.text()).toContain(deficit)
    },
  )

  it('says nothing about not-needed skills when there are none', () => {
    const wrapper = mount(CoverageSummary, { props: { totals: totals(1, 2, 3) }, ...plugins() })
    expect(wrapper.find('[data-testid="coverage-not-needed"]').exists()).toBe(false)
  })

  it('shows no change without a baseline', () => {
    const wrapper = mount(CoverageSummary, { props: { totals: totals(1, 2, 3) }, ...plugins() })
    expect(wrapper.find('.summary-change').exists()).toBe(false)
  })
})
