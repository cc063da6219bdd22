import { mount, RouterLinkStub } from '@vue/test-utils'
import type { TestingPinia } from '@pinia/testing'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Component } from 'vue'
import PlanAssessFirst from '../../src/components/plan/PlanAssessFirst.vue'
import PlanOpenSkills from '../../src/components/plan/PlanOpenSkills.vue'
import PlanSingleHolders from '../../src/components/plan/PlanSingleHolders.vue'
import PlanSummary from '../../src/components/plan/PlanSummary.vue'
import { createAppI18n } from '../fixtures/i18n'
import { planResult, planTestPinia, type PlanFixture } from '../fixtures/planActions'

let pinia: TestingPinia
let fixture: PlanFixture

beforeEach(() => {
  ;({ pinia, fixture } = planTestPinia())
})

function render(component: Component, props: Record<string, unknown>, locale: 'en' | 'ru') {
  return mount(component, {
    props,
    global: { plugins: [pinia, createAppI18n(locale)], stubs: { RouterLink: RouterLinkStub } },
  })
}

describe('the plan summary', () => {
  it.each([
    [
      'en',
      ['Total cost', 'Trainings', 'Mentorships', 'Course places', 'Hires', 'Missing holders closed'],
      'Aim: No single holder',
    ],
    [
      'ru',
      ['Итого затрат', 'Обучений', 'Наставничеств', 'Мест на курсах', 'Наймов', 'Закрыто недостающих носителей'],
      'Цель плана: Без единственного носителя',
    ],
  ] as const)(
    'counts trainings, mentorships, course places and hires, and names the aim (%s)',
    (locale, labels, aim) => {
      const result = planResult({
        totalCost: 19,
        trainings: 4,
        mentorships: 2,
        attendances: 3,
        hires: 1,
        closedNeed: 9,
        totalNeed: 10,
        resilience: 'no-single-holder',
      })
      const summary = render(PlanSummary, { result }, locale)
      expect(summary.findAll('dt').map((dt) => dt.text())).toEqual(labels)
      expect(summary.get('[data-testid="plan-mentorships"]').text()).toBe('2')
      expect(summary.get('[data-testid="plan-course-places"]').text()).toBe('3')
      expect(summary.get('[data-testid="plan-trainings"]').text()).toBe('4')
      expect(summary.get('[data-testid="plan-hires"]').text()).toBe('1')
      expect(summary.get('[data-testid="plan-result-resilience"]').text()).toBe(aim)
    },
  )
})

describe('skills left with a single holder', () => {
  it.each([
    [
      'en',
      [
        'SEO: only Igor Volkov — a second holder could be trained or hired',
        'Moderation & conflict facilitation: only the new hire — nobody could become a second holder',
      ],
      'Choose “No single holder” under Resilience to plan a second holder wherever one can be added.',
    ],
    [
      'ru',
      [
        'SEO: только Igor Volkov — второго носителя можно обучить или нанять',
        'Модерация и урегулирование конфликтов: только новый сотрудник — вторым носителем стать некому',
      ],
      'Выберите «Без единственного носителя» в блоке «Устойчивость», чтобы план добавил второго носителя везде, где это возможно.',
    ],
  ] as const)('are named with their holder and whether a second could be added (%s)', (locale, lines, hint) => {
    const result = planResult({
      singleHolders: [
        { skillId: fixture.seo.id, personId: fixture.igor.id, canAddSecond: true },
        { skillId: fixture.moderation.id, personId: null, canAddSecond: false },
      ],
    })
    const section = render(PlanSingleHolders, { result }, locale)
    const items = section.findAll('[data-testid="plan-single-holder"]')
    expect(items.map((i) => i.text().replace(/\s+/g, ' '))).toEqual(lines)
    expect(items.map((i) => i.attributes('data-can-add-second'))).toEqual(['true', 'false'])
    expect(section.get('[data-testid="plan-single-hint"]').text()).toBe(hint)
  })

  it('gives no hint once the plan already aims at no single holder, and says when there are none', () => {
    const single = [{ skillId: fixture.seo.id, personId: fixture.igor.id, canAddSecond: true }]
    const aimed = render(
      PlanSingleHolders,
      { result: planResult({ singleHolders: single, resilience: 'no-single-holder' }) },
      'en',
    )
    expect(aimed.find('[data-testid="plan-single-hint"]').exists()).toBe(false)
    const none = render(PlanSingleHolders, { result: planResult() }, 'ru')
    expect(none.text()).toContain('Таких нет: ни у одного навыка не остаётся ровно один носитель.')
  })
})

describe('assess first', () => {
  it.each([
    ['en', ['4 people not rated in SEO', '1 person not rated in Moderation & conflict facilitation']],
    ['ru', ['SEO: 4 человека не оценены', 'Модерация и урегулирование конфликтов: 1 человек не оценён']],
  ] as const)('counts per skill the people never rated in it (%s)', (locale, lines) => {
    const skills = [
      { skillId: fixture.seo.id, people: 4 },
      { skillId: fixture.moderation.id, people: 1 },
    ]
    const section = render(PlanAssessFirst, { skills }, locale)
    expect(section.findAll('[data-testid="plan-assess-skill"]').map((i) => i.text())).toEqual(lines)
  })

  it('is left out when everyone is rated', () => {
    expect(render(PlanAssessFirst, { skills: [] }, 'en').find('[data-testid="plan-assess-first"]').exists()).toBe(false)
  })
})

describe('a partial plan', () => {
  const open = () => [
    {
      skillId: fixture.seo.id,
      need: 2,
      missing: 2,
      reasons: [{ code: 'budget' as const, budget: 10 }],
      critical: true,
      holdersAfter: 0,
    },
    {
      skillId: fixture.moderation.id,
      need: 2,
      missing: 1,
      reasons: [{ code: 'budget' as const, budget: 10 }],
      critical: true,
      holdersAfter: 1,
    },
    {
      skillId: fixture.connections.id,
      need: 1,
      missing: 1,
      reasons: [{ code: 'maxHires' as const, maxHires: 0 }],
      critical: false,
      holdersAfter: 0,
    },
  ]

  it.each([
    ['en', 'Critical skills left without any holder', 'SEO — budget exhausted (limit 10)', 'critical'],
    ['ru', 'Критичные навыки, которые останутся без носителя', 'SEO — бюджет исчерпан (предел 10)', 'критичный'],
  ] as const)('names the critical skills that stay uncovered and why, first (%s)', (locale, title, line, tag) => {
    const section = render(PlanOpenSkills, { open: open() }, locale)
    const critical = section.get('[data-testid="plan-critical-uncovered"]')
    expect(critical.get('strong').text()).toBe(title)
    // Moderation keeps a holder and SEO is the only critical one without: only SEO is listed here.
    expect(critical.findAll('[data-testid="plan-critical-skill"]').map((i) => i.text().replace(/\s+/g, ' '))).toEqual([
      line,
    ])
    const unclosed = section.findAll('[data-testid="plan-unclosed"]')
    expect(unclosed.map((i) => i.attributes('data-critical'))).toEqual(['true', 'true', 'false'])
    expect(unclosed[0]!.text()).toContain(tag)
  })

  it('has no critical block when every critical skill keeps a holder', () => {
    const section = render(PlanOpenSkills, { open: open().slice(1) }, 'en')
    expect(section.find('[data-testid="plan-critical-uncovered"]').exists()).toBe(false)
  })
})
