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

describe('saved plan records', () => {
  it('round-trip through the stored shape', () => {
    const row = planToDb(plan, 'ws')
    expect(row.workspaceId).toBe('ws')
    expect(planFromDb(row)).toEqual(plan)
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
