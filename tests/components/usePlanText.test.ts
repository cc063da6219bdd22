import { mount } from '@vue/test-utils'
import type { TestingPinia } from '@pinia/testing'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { usePlanExport } from '../../src/composables/usePlanExport'
import { usePlanText } from '../../src/composables/usePlanText'
import { useExportStore } from '../../src/stores/export'
import { usePlanStore } from '../../src/stores/plan'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { createAppI18n } from '../fixtures/i18n'
import { planResult, planTestPinia, type PlanFixture } from '../fixtures/planActions'

let pinia: TestingPinia
let fixture: PlanFixture

beforeEach(() => {
  ;({ pinia, fixture } = planTestPinia())
})

/** The composables as a component would get them, in one language. */
function withSetup(locale: 'en' | 'ru') {
  let text!: ReturnType<typeof usePlanText>
  let exported!: ReturnType<typeof usePlanExport>
  const Probe = defineComponent({
    setup() {
      text = usePlanText()
      exported = usePlanExport()
      return () => h('div')
    },
  })
  mount(Probe, { global: { plugins: [pinia, createAppI18n(locale)] } })
  return { text, exported }
}

describe('plan text helpers', () => {
  it.each([
    ['en', [], ''],
    ['en', ['Alex'], 'Alex'],
    ['en', ['Alex', 'Emily'], 'Alex and Emily'],
    ['en', ['Alex', 'Emily', 'Igor'], 'Alex, Emily and Igor'],
    ['ru', ['Алекс', 'Эмили', 'Игорь'], 'Алекс, Эмили и Игорь'],
  ] as const)('joins names as a sentence would (%s, %j)', (locale, names, joined) => {
    expect(withSetup(locale).text.listText(names)).toBe(joined)
  })

  it.each([
    ['en', 1, 'once'],
    ['en', 2, '2 times'],
    ['ru', 1, 'один раз'],
    ['ru', 2, '2 раза'],
    ['ru', 5, '5 раз'],
    ['ru', 22, '22 раза'],
  ] as const)('says how often a course runs (%s, %i)', (locale, sessions, text) => {
    expect(withSetup(locale).text.timesText(sessions)).toBe(text)
  })

  it('names a resource in the interface language, and one deleted since the plan as it was then', () => {
    const plan = usePlanStore()
    plan.resultSource = fixture.data
    useWorkspaceStore().data = { ...fixture.data, resources: [] }
    expect(withSetup('ru').text.resourceTitle(fixture.resource.id)).toBe('Мастер-класс по фасилитации')
    expect(withSetup('en').text.resourceTitle(fixture.resource.id)).toBe('Facilitation master class')
    expect(withSetup('en').text.resourceTitle('gone')).toBe('(deleted resource)')
  })

  it('reads a resource with only one language in the other too', () => {
    useWorkspaceStore().data = {
      ...fixture.data,
      resources: [{ ...fixture.resource, title: { en: 'ProBono Club', ru: '' } }],
    }
    expect(withSetup('ru').text.resourceTitle(fixture.resource.id)).toBe('ProBono Club')
  })

  it.each([
    ['en', 'Alex Chen, Emily Davis and Igor Volkov: take “Facilitation master class” (self-paced)'],
    ['ru', 'Alex Chen, Emily Davis и Igor Volkov: пройти «Мастер-класс по фасилитации» самостоятельно'],
  ] as const)('titles a self-paced course (%s)', (locale, title) => {
    expect(withSetup(locale).text.actionTitle({ ...fixture.course, sessions: null, seats: null })).toBe(title)
  })

  it('asks first only where a level is not known', () => {
    const { text } = withSetup('en')
    expect(text.asksFirst(fixture.course)).toBe(true)
    expect(text.asksFirst({ ...fixture.course, attendees: fixture.course.attendees.slice(0, 2) })).toBe(false)
    expect(text.asksFirst(fixture.train)).toBe(true)
    expect(text.asksFirst(fixture.mentor)).toBe(false)
  })
})

describe('the plan CSV', () => {
  it.each([
    [
      'en',
      'Action,Who,Skill,From level,To level,Cost,Reason,Mentor,Course,Sessions × seats',
      'Mentor,Мария Иванова,Moderation & conflict facilitation,1 · Aware,3 · Proficient,2,',
      ',Alex Chen,,',
      'Course,"Alex Chen, Emily Davis, Igor Volkov","Moderation & conflict facilitation (2), Facilitating connections (3)",,,7,',
      ',,Facilitation master class,1 × 12',
      'Hire,2 × Community Manager,,,,16,',
    ],
    [
      'ru',
      'Шаг,Кто,Навык,С уровня,До уровня,Затраты,Почему,Наставник,Курс,Занятий × мест',
      'Наставник,Мария Иванова,Модерация и урегулирование конфликтов,1 · ',
      ',Alex Chen,,',
      'Курс,"Alex Chen, Emily Davis, Igor Volkov","Модерация и урегулирование конфликтов (2), Налаживание связей между участниками (3)",,,7,',
      ',,Мастер-класс по фасилитации,1 × 12',
      'Нанять,2 × Комьюнити-менеджер,,,,16,',
    ],
  ] as const)(
    'writes mentors, courses with attendees and grouped hires in full (%s)',
    (locale, header, mentorStart, mentorEnd, courseStart, courseEnd, hire) => {
      const exports = useExportStore()
      vi.mocked(exports.planFile).mockImplementation((head, rows) => ({
        name: 'plan.csv',
        type: 'text/csv',
        text: [head, ...rows]
          .map((r) => r.map((c) => (/[,"]/.test(String(c)) ? `"${c}"` : String(c))).join(','))
          .join('\n'),
      }))
      const role = fixture.data.roles.find((r) => r.frameworkId === 'community-manager')!
      const hire1 = { kind: 'hire' as const, roleId: role.id, cost: 8, closes: [] }
      const result = planResult({ totalCost: 25, actions: [fixture.mentor, fixture.course, hire1, { ...hire1 }] })
      const lines = withSetup(locale).exported.planFile(result).text.split('\n')
      expect(lines[0]).toBe(header)
      expect(lines[1]!.startsWith(mentorStart)).toBe(true)
      expect(lines[1]!.endsWith(mentorEnd)).toBe(true)
      expect(lines[2]!.startsWith(courseStart)).toBe(true)
      expect(lines[2]!.endsWith(courseEnd)).toBe(true)
      expect(lines[3]!.startsWith(hire)).toBe(true)
      // One row per shown action, then the total.
      expect(lines).toHaveLength(5)
      expect(lines[4]!.split(',')[5]).toBe('25')
    },
  )
})
