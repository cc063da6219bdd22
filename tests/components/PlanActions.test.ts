import { mount } from '@vue/test-utils'
import type { TestingPinia } from '@pinia/testing'
import { beforeEach, describe, expect, it } from 'vitest'
import PlanActionItem from '../../src/components/plan/PlanActionItem.vue'
import type { ShownAction } from '../../src/domain/planner/shownActions'
import { shownActions } from '../../src/domain/planner/shownActions'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { createAppI18n } from '../fixtures/i18n'
import { planTestPinia, type PlanFixture } from '../fixtures/planActions'

let pinia: TestingPinia
let fixture: PlanFixture

beforeEach(() => {
  ;({ pinia, fixture } = planTestPinia())
})

function render(action: ShownAction, locale: 'en' | 'ru') {
  return mount(PlanActionItem, {
    props: { action },
    global: { plugins: [pinia, createAppI18n(locale)], stubs: { RouterLink: true } },
  })
}

describe('a course action', () => {
  it.each([
    [
      'en',
      'Run “Facilitation master class” once for Alex Chen, Emily Davis and Igor Volkov',
      '12 seats',
      'cost 7',
      'makes 2 holders of Moderation & conflict facilitation and 3 of Facilitating connections; ' +
        'the level of Igor Volkov in Moderation & conflict facilitation is not known: ask them first',
    ],
    [
      'ru',
      'Провести «Мастер-класс по фасилитации» один раз для: Alex Chen, Emily Davis и Igor Volkov',
      'мест: 12',
      'затраты 7',
      'новых носителей: «Модерация и урегулирование конфликтов» — 2 и «Налаживание связей между участниками» — 3; ' +
        'уровень неизвестен (Igor Volkov: Модерация и урегулирование конфликтов): сначала спросите',
    ],
  ] as const)(
    'names the resource, seats, cost, attendees and the holders it makes (%s)',
    (locale, title, seats, cost, reason) => {
      const item = render(fixture.course, locale)
      expect(item.get('[data-testid="plan-action"]').attributes('data-kind')).toBe('course')
      expect(item.get('strong').text()).toBe(title)
      expect(item.get('[data-testid="plan-course-resource"]').text()).toBe(fixture.resource.title[locale])
      expect(item.findAll('[data-testid="plan-course-attendee"]').map((a) => a.text())).toEqual([
        'Alex Chen',
        'Emily Davis',
        'Igor Volkov',
      ])
      expect(item.get('[data-testid="plan-action-seats"]').text()).toBe(seats)
      expect(item.get('[data-testid="plan-action-cost"]').text()).toBe(cost)
      expect(item.get('[data-testid="plan-action-reason"]').text()).toBe(reason)
      // Igor's level in moderation is not known: the action says to ask first.
      expect(item.find('[data-testid="plan-action-ask-first"]').exists()).toBe(true)
    },
  )

  it('says which skills each attendee becomes a holder of', () => {
    const attendees = render(fixture.course, 'en').findAll('[data-testid="plan-course-attendee"]')
    expect(attendees[0]?.attributes('title')).toBe('becomes a holder of Facilitating connections')
    expect(attendees[1]?.attributes('title')).toBe(
      'becomes a holder of Moderation & conflict facilitation and Facilitating connections',
    )
  })

  it.each([
    [
      'en',
      3,
      'Run “Facilitation master class” 3 times for Alex Chen, Emily Davis and Igor Volkov',
      '3 sessions × 12 seats',
    ],
    [
      'ru',
      3,
      'Провести «Мастер-класс по фасилитации» 3 раза для: Alex Chen, Emily Davis и Igor Volkov',
      'занятий × мест: 3 × 12',
    ],
    [
      'ru',
      5,
      'Провести «Мастер-класс по фасилитации» 5 раз для: Alex Chen, Emily Davis и Igor Volkov',
      'занятий × мест: 5 × 12',
    ],
  ] as const)('counts sessions (%s, %i)', (locale, sessions, title, seats) => {
    const item = render({ ...fixture.course, sessions }, locale)
    expect(item.get('strong').text()).toBe(title)
    expect(item.get('[data-testid="plan-action-seats"]').text()).toBe(seats)
  })

  it.each([
    ['en', 'Alex Chen: take “Facilitation master class” (self-paced)'],
    ['ru', 'Alex Chen: пройти «Мастер-класс по фасилитации» самостоятельно'],
  ] as const)('reads a self-paced resource as taken alone, with no seats (%s)', (locale, title) => {
    const action = { ...fixture.course, sessions: null, seats: null, attendees: fixture.course.attendees.slice(0, 1) }
    const item = render(action, locale)
    expect(item.get('strong').text()).toBe(title)
    expect(item.find('[data-testid="plan-action-seats"]').exists()).toBe(false)
  })

  it.each([
    ['en', '(deleted resource)'],
    ['ru', '(ресурс удалён)'],
  ] as const)('says so when the resource was deleted from the catalogue (%s)', (locale, title) => {
    useWorkspaceStore().data = { ...fixture.data, resources: [] }
    expect(render(fixture.course, locale).get('[data-testid="plan-course-resource"]').text()).toBe(title)
  })
})

describe('a mentor action', () => {
  it.each([
    [
      'en',
      'Alex Chen mentors Мария Иванова in Moderation & conflict facilitation',
      'cost 2',
      'closes the one missing holder of Moderation & conflict facilitation; Мария Иванова wants to grow here',
    ],
    [
      'ru',
      'Alex Chen — наставник для Мария Иванова: Модерация и урегулирование конфликтов',
      'затраты 2',
      'закрывает единственного недостающего носителя навыка «Модерация и урегулирование конфликтов»; Мария Иванова хочет расти в этом',
    ],
  ] as const)('names mentor, mentee, skill, levels and cost (%s)', (locale, title, cost, reason) => {
    const item = render(fixture.mentor, locale)
    expect(item.get('[data-testid="plan-action"]').attributes('data-kind')).toBe('mentor')
    expect(item.get('strong').text()).toBe(title)
    const level1 = fixture.data.workspace.scale.find((l) => l.value === 1)!.label[locale]
    const level3 = fixture.data.workspace.scale.find((l) => l.value === 3)!.label[locale]
    expect(item.get('[data-testid="plan-action-levels"]').text()).toBe(
      locale === 'en' ? `level 1 · ${level1} → 3 · ${level3}` : `уровень 1 · ${level1} → 3 · ${level3}`,
    )
    expect(item.get('[data-testid="plan-action-cost"]').text()).toBe(cost)
    expect(item.get('[data-testid="plan-action-reason"]').text()).toBe(reason)
    expect(item.find('[data-testid="plan-action-ask-first"]').exists()).toBe(false)
  })
})

describe('a training nobody else could give', () => {
  it.each([
    [
      'en',
      'no course teaches it, no expert can mentor',
      'the level of Igor Volkov is not known: ask them first',
      'level not known: ask first',
    ],
    [
      'ru',
      'ни один курс этому не учит, наставника нет',
      'уровень Igor Volkov неизвестен: сначала спросите',
      'уровень неизвестен: сначала спросите',
    ],
  ] as const)('says so, and that the level is not known yet (%s)', (locale, how, unknown, badge) => {
    const item = render(fixture.train, locale)
    const reason = item.get('[data-testid="plan-action-reason"]').text()
    expect(reason).toContain(how)
    expect(reason).toContain(unknown)
    expect(item.get('[data-testid="plan-action-ask-first"]').text()).toBe(badge)
  })
})

describe('hires of one role', () => {
  it.each([
    ['en', 'Hire 2 × Community Manager', 'cost 16', 'Moderation & conflict facilitation (2 of 2)'],
    ['ru', 'Нанять 2 × Комьюнити-менеджер', 'затраты 16', 'Модерация и урегулирование конфликтов (2 из 2)'],
  ] as const)('are one action with the count and the cost of all (%s)', (locale, title, cost, closes) => {
    const role = fixture.data.roles.find((r) => r.frameworkId === 'community-manager')!
    const hire = {
      kind: 'hire' as const,
      roleId: role.id,
      cost: 8,
      closes: [{ skillId: fixture.moderation.id, need: 2 }],
    }
    const [grouped, ...rest] = shownActions([hire, fixture.mentor, { ...hire }])
    expect(rest).toHaveLength(1)
    const item = render(grouped!, locale)
    expect(item.get('[data-testid="plan-action"]').attributes('data-count')).toBe('2')
    expect(item.get('strong').text()).toBe(title)
    expect(item.get('[data-testid="plan-action-cost"]').text()).toBe(cost)
    expect(item.get('[data-testid="plan-action-reason"]').text()).toContain(closes)
  })
})
