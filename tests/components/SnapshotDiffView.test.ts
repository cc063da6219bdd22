import { createTestingPinia } from '@pinia/testing'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import SnapshotDiffView from '../../src/components/history/SnapshotDiffView.vue'
import type { CoverageTotals } from '../../src/domain/coverage'
import type { SnapshotDiff } from '../../src/domain/snapshotDiff'
import { createAppI18n } from '../fixtures/i18n'

const totals: CoverageTotals = {
  skills: 2,
  needed: 2,
  notNeeded: 0,
  covered: 1,
  atRisk: 1,
  uncovered: 0,
  deficit: 1,
  coveredShare: 0.5,
}
const diff: SnapshotDiff = {
  grew: [
    { personId: 'p', person: 'Мария Иванова', skillId: 's', skill: 'Policy', skillRu: 'Политика', from: 2, to: 3 },
    { personId: 'q', person: 'Alex Chen', skillId: 't', skill: 'SEO', skillRu: '', from: null, to: 3 },
  ],
  declined: [],
  opened: [],
  closed: [],
  targets: [
    {
      skillId: 's',
      skill: 'Policy',
      skillRu: 'Политика',
      targetFrom: { level: 3, people: 2 },
      targetTo: { level: 3, people: 1 },
      from: 'at-risk',
      to: 'at-risk',
    },
  ],
  joined: [],
  left: [],
  before: totals,
  after: totals,
}

function view(locale: 'en' | 'ru') {
  // Level words come from the workspace's scale; without one they are just the numbers.
  return mount(SnapshotDiffView, {
    props: { diff },
    global: {
      plugins: [
        createTestingPinia({ createSpy: vi.fn, initialState: { settings: { locale } } }),
        createAppI18n(locale),
      ],
    },
  })
}

describe('SnapshotDiffView', () => {
  it.each([
    [
      'en',
      'Who grew or was first rated (2)',
      'Alex Chen — SEO: Not assessed → 3',
      'Targets changed (1)',
      'Policy: target 2 at level 3+ → 1 at level 3+ · ! At risk → ! At risk',
    ],
    [
      'ru',
      'Рост и первые оценки (2)',
      'Alex Chen — SEO: Не оценено → 3',
      'Изменены цели (1)',
      'Политика: цель 2 чел. уровня 3+ → 1 чел. уровня 3+ · ! Под угрозой → ! Под угрозой',
    ],
  ] as const)(
    'lists first ratings as growth and a target change as a target change (%s)',
    (locale, grewTitle, firstRating, targetsTitle, target) => {
      const wrapper = view(locale)
      const titles = wrapper.findAll('h3').map((h) => h.text())
      expect(titles).toEqual([grewTitle, targetsTitle])
      const grew = wrapper.findAll('[data-testid="diff-grew"]').map((li) => li.text())
      expect(grew[1]).toMatch(new RegExp(`^${firstRating.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
      expect(wrapper.get('[data-testid="diff-targets"]').text()).toBe(target)
      expect(wrapper.find('[data-testid="diff-closed"]').exists()).toBe(false)
    },
  )
})
