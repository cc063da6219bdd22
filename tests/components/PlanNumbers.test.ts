import { createTestingPinia } from '@pinia/testing'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import PlanRunBar from '../../src/components/plan/PlanRunBar.vue'
import { createAppI18n } from '../fixtures/i18n'

function runBar(locale: 'en' | 'ru', state: { running: boolean; elapsedMs: number }) {
  const pinia = createTestingPinia({
    createSpy: vi.fn,
    initialState: { plan: { ...state, result: state.running ? null : { status: 'optimal' } } },
  })
  return mount(PlanRunBar, { global: { plugins: [pinia, createAppI18n(locale)] } })
}

describe('the plan run bar', () => {
  it.each([
    ['en', false, 'Made in 0.4 s'],
    ['ru', false, 'Составлен за 0,4 с'],
    ['ru', true, 'Считаю… 1,2 с'],
  ] as const)('writes seconds in the locale (%s, running %s)', (locale, running, text) => {
    const wrapper = runBar(locale, { running, elapsedMs: running ? 1230 : 400 })
    expect(wrapper.get('[data-testid="plan-elapsed"]').text()).toBe(text)
  })
})
