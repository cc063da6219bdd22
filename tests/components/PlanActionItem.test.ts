import { mount } from '@vue/test-utils'
import { createTestingPinia, type TestingPinia } from '@pinia/testing'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import PlanActionItem from '../../src/components/plan/PlanActionItem.vue'
import type { ShownAction } from '../../src/domain/planner/shownActions'
import type { WorkspaceData } from '../../src/domain/types'
import { demoWorkspace } from '../fixtures/demo'
import { createAppI18n } from '../fixtures/i18n'
import { useWorkspaceStore } from '../../src/stores/workspace'

let pinia: TestingPinia
let data: WorkspaceData

beforeEach(() => {
  pinia = createTestingPinia({ createSpy: vi.fn })
  const workspace = useWorkspaceStore()
  workspace.data = demoWorkspace()
  data = workspace.data
})

function render(action: ShownAction, locale: 'en' | 'ru') {
  return mount(PlanActionItem, {
    props: { action },
    global: { plugins: [pinia, createAppI18n(locale)], stubs: { RouterLink: true } },
  })
}

function training(need: number, interest: 0 | 1 | 2 | null): ShownAction {
  const person = data.people.find((p) => p.name === 'Ольга Смирнова')!
  const skill = data.skills.find((s) => s.frameworkId === 'engagement.moderation')!
  return {
    kind: 'train',
    personId: person.id,
    skillId: skill.id,
    fromLevel: null,
    toLevel: 3,
    interest,
    cost: 6,
    closes: [{ skillId: skill.id, need }],
    levelUnknown: false,
    noCourse: false,
    noMentor: false,
  }
}

describe('PlanActionItem', () => {
  it.each([
    [
      'en',
      2,
      2,
      'closes 1 of 2 missing holders of Moderation & conflict facilitation; Ольга Смирнова wants to grow here',
    ],
    [
      'en',
      1,
      null,
      'closes the one missing holder of Moderation & conflict facilitation; Ольга Смирнова was not asked (counted as open to it)',
    ],
    ['ru', 2, 2, 'закрывает 1 из 2 недостающих носителей навыка «{skill}»; Ольга Смирнова хочет расти в этом'],
    ['ru', 1, 1, 'закрывает единственного недостающего носителя навыка «{skill}»; Ольга Смирнова не против'],
  ] as const)('explains a training in %s (need %i, interest %s)', (locale, need, interest, reason) => {
    const wrapper = render(training(need, interest), locale)
    expect(wrapper.get('[data-testid="plan-action"]').attributes('data-kind')).toBe('train')
    const skill = data.skills.find((s) => s.frameworkId === 'engagement.moderation')!
    const level3 = data.workspace.scale.find((l) => l.value === 3)!.label[locale]
    expect(wrapper.get('[data-testid="plan-action-reason"]').text()).toBe(reason.replace('{skill}', skill.nameRu))
    expect(wrapper.get('[data-testid="plan-action-levels"]').text()).toBe(
      locale === 'en' ? `level not assessed → 3 · ${level3}` : `уровень не оценён → 3 · ${level3}`,
    )
  })

  it('lists the skills a hire closes, in Russian too', () => {
    const role = data.roles[0]!
    const [a, b] = data.skills
    const action: ShownAction = {
      kind: 'hire',
      roleId: role.id,
      count: 1,
      unitCost: role.hireCost,
      cost: role.hireCost,
      closes: [
        { skillId: a!.id, need: 2 },
        { skillId: b!.id, need: 1 },
      ],
    }
    expect(render(action, 'en').get('[data-testid="plan-action-reason"]').text()).toBe(
      `closes a missing holder of ${a!.name} (1 of 2), ${b!.name} (1 of 1)`,
    )
    expect(render(action, 'ru').get('[data-testid="plan-action-reason"]').text()).toBe(
      `закрывает недостающего носителя: ${a!.nameRu} (1 из 2), ${b!.nameRu} (1 из 1)`,
    )
  })
})
