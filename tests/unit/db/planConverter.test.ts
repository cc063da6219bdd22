import { describe, expect, it } from 'vitest'
import { CorruptRecordError } from '../../../src/db/converters/validate'
import { planFromDb, planToDb } from '../../../src/db/converters/plan'
import type { SavedPlan } from '../../../src/domain/planner/saved'

const plan: SavedPlan = {
  id: 'p1',
  name: 'budget 40',
  createdAt: 5,
  content: {
    version: 1,
    status: 'partial',
    totalCost: 39,
    trainings: 4,
    hires: 1,
    totalNeed: 20,
    closedNeed: 12,
    limits: { budget: 40, maxHires: null },
    costModel: { trainStepCost: 2, interestDiscount: 1, maxTrainingsPerPerson: 3 },
    actions: [
      {
        kind: 'train',
        who: { en: 'Olga', ru: 'Ольга' },
        skill: { en: 'Moderation', ru: 'Модерация' },
        fromLevel: null,
        toLevel: 3,
        cost: 6,
      },
      { kind: 'hire', who: { en: 'Moderator', ru: 'Модератор' }, skill: null, fromLevel: null, toLevel: null, cost: 8 },
    ],
    open: [{ skill: { en: 'SEO', ru: 'SEO' }, missing: 2 }],
    coverageBefore: { uncovered: 9, atRisk: 18, covered: 21, deficit: 20 },
    coverageAfter: { uncovered: 2, atRisk: 10, covered: 36, deficit: 8 },
  },
}

// A scenario saved with issue 12: resilience, mentoring costs, a mentorship, a course and grouped hires.
const withLearning: SavedPlan = {
  ...plan,
  id: 'p2',
  content: {
    ...plan.content,
    resilience: 'no-single-holder',
    costModel: {
      trainStepCost: 2,
      interestDiscount: 1,
      maxTrainingsPerPerson: 3,
      mentoringStepCost: 1,
      menteesPerMentor: 2,
    },
    actions: [
      {
        kind: 'mentor',
        who: { en: 'Alex', ru: 'Alex' },
        skill: { en: 'Moderation', ru: 'Модерация' },
        fromLevel: 1,
        toLevel: 3,
        cost: 2,
        mentor: { en: 'Мария', ru: 'Мария' },
      },
      {
        kind: 'course',
        who: { en: 'Facilitation master class', ru: 'Мастер-класс по фасилитации' },
        skill: null,
        fromLevel: null,
        toLevel: null,
        cost: 7,
        attendees: [
          { en: 'Alex', ru: 'Alex' },
          { en: 'Emily', ru: 'Emily' },
        ],
        holders: [{ skill: { en: 'Moderation', ru: 'Модерация' }, count: 2 }],
        sessions: 1,
        seats: 12,
      },
      {
        kind: 'course',
        who: { en: 'Self study', ru: 'Самоучитель' },
        skill: null,
        fromLevel: null,
        toLevel: null,
        cost: 3,
        attendees: [{ en: 'Igor', ru: 'Igor' }],
        holders: [],
        sessions: null,
        seats: null,
      },
      {
        kind: 'hire',
        who: { en: 'Moderator', ru: 'Модератор' },
        skill: null,
        fromLevel: null,
        toLevel: null,
        cost: 16,
        count: 2,
      },
    ],
  },
}

describe('saved plan records', () => {
  it('round-trip through the stored shape', () => {
    const row = planToDb(plan, 'ws')
    expect(row.workspaceId).toBe('ws')
    expect(planFromDb(row)).toEqual(plan)
  })

  it('round-trip with resilience, mentoring costs, mentors, courses and grouped hires', () => {
    expect(planFromDb(planToDb(withLearning, 'ws'))).toEqual(withLearning)
  })

  it('read a scenario saved before them: no resilience, no mentoring, one action per hire', () => {
    const content = planFromDb(JSON.parse(JSON.stringify(planToDb(plan, 'ws')))).content
    expect(content.resilience).toBeUndefined()
    expect(content.costModel).toEqual({ trainStepCost: 2, interestDiscount: 1, maxTrainingsPerPerson: 3 })
    expect(content.actions[1]).toEqual(plan.content.actions[1])
  })

  it.each<[string, (content: Record<string, unknown>, actions: Record<string, unknown>[]) => void]>([
    ['an unknown resilience', (content) => (content.resilience = 'heroic')],
    ['a mentor without both languages', (_, actions) => (actions[0]!.mentor = { en: 'Мария' })],
    ['attendees that are not a list', (_, actions) => (actions[1]!.attendees = 'Alex, Emily')],
    [
      'a holder count that is not a number',
      (_, actions) => (actions[1]!.holders = [{ skill: { en: 'M', ru: 'M' }, count: '2' }]),
    ],
    ['sessions that are not a number', (_, actions) => (actions[1]!.sessions = 'one')],
    ['a hire count that is not a number', (_, actions) => (actions[3]!.count = null)],
    [
      'a mentoring cost that is not a number',
      (content) => ((content.costModel as Record<string, unknown>).menteesPerMentor = '2'),
    ],
  ])('reject %s', (_, spoil) => {
    const row = JSON.parse(JSON.stringify(planToDb(withLearning, 'ws'))) as Record<string, unknown>
    const content = row.content as Record<string, unknown>
    spoil(content, content.actions as Record<string, unknown>[])
    expect(() => planFromDb(row)).toThrow(CorruptRecordError)
  })

  it.each<[string, (row: Record<string, unknown>, content: Record<string, unknown>) => void]>([
    ['a missing name', (row) => delete row.name],
    ['an unknown content version', (_, content) => (content.version = 2)],
    ['an unknown status', (_, content) => (content.status = 'great')],
    ['a cost that is not a number', (_, content) => (content.totalCost = '39')],
    ['an action of an unknown kind', (_, content) => (content.actions = [{ kind: 'fire' }])],
    ['a name without both languages', (_, content) => (content.open = [{ skill: { en: 'SEO' }, missing: 1 }])],
    ['missing coverage counts', (_, content) => delete content.coverageAfter],
  ])('rejects %s', (_, spoil) => {
    const row = JSON.parse(JSON.stringify(planToDb(plan, 'ws'))) as Record<string, unknown>
    spoil(row, row.content as Record<string, unknown>)
    expect(() => planFromDb(row)).toThrow(CorruptRecordError)
  })
})
