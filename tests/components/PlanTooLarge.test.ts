import { createTestingPinia } from '@pinia/testing'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { usePlanText } from '../../src/composables/usePlanText'
import type { PlanResult } from '../../src/domain/planner/types'
import { createAppI18n } from '../fixtures/i18n'

/** Shows the status line of a plan the solver could not prove in time (issue 16). */
const Status = defineComponent({
  props: { result: { type: Object, required: true } },
  setup(props) {
    const { statusText } = usePlanText()
    return () => h('p', statusText(props.result as PlanResult))
  },
})

const stopped = {
  status: 'approximate',
  fallbackReason: 'plan.fallback.tooLarge',
  stats: { gap: 0.0034, timeLimitSeconds: 120 },
} as unknown as PlanResult

describe('a plan too large to prove in time', () => {
  it.each([
    ['en', 'too large to prove the best plan within 120 s', /at most 0\.3%/],
    // Russian writes a no-break space before the percent sign.
    ['ru', 'команда слишком велика, чтобы за 120 с доказать', /не дальше 0,3\s%/],
  ] as const)('says so with the limit and the gap (%s)', (locale, limit, gap) => {
    const pinia = createTestingPinia({ createSpy: vi.fn })
    const text = mount(Status, {
      props: { result: stopped },
      global: { plugins: [pinia, createAppI18n(locale)] },
    }).text()
    expect(text).toContain(limit)
    expect(text).toMatch(gap)
  })
})
