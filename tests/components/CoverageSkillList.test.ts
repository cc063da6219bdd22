import { mount, RouterLinkStub } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CoverageSkillList from '../../src/components/coverage/CoverageSkillList.vue'
import type { SeverityItem } from '../../src/composables/useCoverageView'
import { createAppI18n } from '../fixtures/i18n'
import { skill } from '../fixtures/builders'

const platform = skill({ slot: 0, categoryId: 'technical', name: 'Platform architecture & integration', nameRu: 'Архитектура и интеграция платформ', critical: true })
const items: SeverityItem[] = [
  {
    skill: platform,
    name: 'Архитектура и интеграция платформ',
    category: 'Технологии',
    coverage: { skillId: platform.id, holders: 1, deficit: 1, status: 'at-risk', soleHolderId: 'igor' },
    soleHolder: 'Igor Volkov',
  },
]

describe('CoverageSkillList', () => {
  it('keeps the stored name in data-skill while showing the translation, with hooks for status, holders and target', () => {
    const wrapper = mount(CoverageSkillList, { props: { items }, global: { plugins: [createAppI18n('ru')], stubs: { RouterLink: RouterLinkStub } } })
    const item = wrapper.get('[data-testid="coverage-skill"]')
    expect(item.attributes()).toMatchObject({ 'data-skill': 'Platform architecture & integration', 'data-status': 'at-risk', 'data-holders': '1', 'data-target': '2' })
    expect(item.text()).toContain('Архитектура и интеграция платформ')
    expect(item.text()).toContain('! Под риском')
    expect(item.text()).toContain('только Igor Volkov')
    expect(item.text()).toContain('Критичный')
    expect(wrapper.getComponent(RouterLinkStub).props('to')).toEqual({ path: `/skills/${platform.id}` })
  })
})
