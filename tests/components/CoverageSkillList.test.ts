import { mount, RouterLinkStub } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CoverageSkillList from '../../src/components/coverage/CoverageSkillList.vue'
import type { SeverityItem } from '../../src/composables/useCoverageView'
import { createAppI18n } from '../fixtures/i18n'
import { skill } from '../fixtures/builders'

const platform = skill({
  slot: 0,
  categoryId: 'technical',
  name: 'Platform architecture & integration',
  nameRu: 'Архитектура и интеграция платформ',
  critical: true,
})
const items: SeverityItem[] = [
  {
    skill: platform,
    name: 'Архитектура и интеграция платформ',
    category: 'Технологии',
    coverage: { skillId: platform.id, holders: 1, deficit: 1, status: 'at-risk', soleHolderId: 'igor' },
    soleHolder: 'Igor Volkov',
    soleHolderSelfOnly: false,
    selfOnly: 0,
  },
]

function item(overrides: Partial<SeverityItem>): SeverityItem {
  return { ...items[0]!, ...overrides }
}

const mountList = (list: SeverityItem[], locale: 'en' | 'ru') =>
  mount(CoverageSkillList, {
    props: { items: list },
    global: { plugins: [createAppI18n(locale)], stubs: { RouterLink: RouterLinkStub } },
  })

describe('CoverageSkillList', () => {
  it('keeps the stored name in data-skill while showing the translation, with hooks for status, holders and target', () => {
    const wrapper = mount(CoverageSkillList, {
      props: { items },
      global: { plugins: [createAppI18n('ru')], stubs: { RouterLink: RouterLinkStub } },
    })
    const item = wrapper.get('[data-testid="coverage-skill"]')
    expect(item.attributes()).toMatchObject({
      'data-skill': 'Platform architecture & integration',
      'data-status': 'at-risk',
      'data-holders': '1',
      'data-target': '2',
    })
    expect(item.text()).toContain('Архитектура и интеграция платформ')
    expect(item.text()).toContain('! Под угрозой')
    expect(item.text()).toContain('только Igor Volkov')
    expect(item.text()).toContain('Критичный')
    expect(wrapper.getComponent(RouterLinkStub).props('to')).toEqual({ path: `/skills/${platform.id}` })
  })

  it.each([
    ['en', 'only Igor Volkov', 'self-assessed only'],
    ['ru', 'только Igor Volkov', 'только по самооценке'],
  ] as const)('marks a sole holder who holds the skill on a self-assessment only (%s)', (locale, sole, mark) => {
    const wrapper = mountList([item({ soleHolderSelfOnly: true, selfOnly: 1 })], locale)
    const row = wrapper.get('[data-testid="coverage-skill"]')
    expect(row.text()).toContain(sole)
    expect(row.get('[data-testid="coverage-self-only"]').text()).toBe(mark)
    expect(row.attributes('data-self-only')).toBe('1')
  })

  it.each([
    ['en', '2 self-assessed only'],
    ['ru', 'только по самооценке: 2'],
  ] as const)('counts the self-only holders of a skill with several holders (%s)', (locale, text) => {
    const wrapper = mountList(
      [
        item({
          coverage: { skillId: platform.id, holders: 3, deficit: 0, status: 'covered', soleHolderId: null },
          soleHolder: null,
          selfOnly: 2,
        }),
      ],
      locale,
    )
    expect(wrapper.get('[data-testid="coverage-self-only"]').text()).toBe(text)
  })

  it('shows no mark when every holding has the lead’s rating', () => {
    expect(mountList(items, 'en').find('[data-testid="coverage-self-only"]').exists()).toBe(false)
  })

  it.each([
    ['en', '○ Not needed'],
    ['ru', '○ Не нужен'],
  ] as const)('names the not-needed status (%s)', (locale, text) => {
    const wrapper = mountList(
      [
        item({
          coverage: { skillId: platform.id, holders: 0, deficit: 0, status: 'not-needed', soleHolderId: null },
          soleHolder: null,
        }),
      ],
      locale,
    )
    expect(wrapper.get('.status-badge').text()).toBe(text)
  })
})
