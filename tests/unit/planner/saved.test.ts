import { describe, expect, it } from 'vitest'
import { toSavedContent } from '../../../src/domain/planner/saved'
import { planFixture, planResult } from '../../fixtures/planActions'

describe('toSavedContent', () => {
  it('keeps mentors, courses with their attendees and grouped hires by name, as they are now', () => {
    const f = planFixture()
    const role = f.data.roles.find((r) => r.frameworkId === 'community-manager')!
    const hire = { kind: 'hire' as const, roleId: role.id, cost: 8, closes: [] }
    const result = planResult({
      resilience: 'survive-departure',
      costModel: {
        trainStepCost: 2,
        interestDiscount: 1,
        maxTrainingsPerPerson: 3,
        mentoringStepCost: 1.5,
        menteesPerMentor: 2,
      },
      actions: [hire, f.mentor, f.course, { ...hire }],
    })
    const content = toSavedContent(result, f.data)
    expect(content.resilience).toBe('survive-departure')
    expect(content.costModel).toMatchObject({ mentoringStepCost: 1.5, menteesPerMentor: 2 })
    const moderation = { en: f.moderation.name, ru: f.moderation.nameRu }
    expect(content.actions).toEqual([
      {
        kind: 'hire',
        who: { en: role.name, ru: role.nameRu },
        skill: null,
        fromLevel: null,
        toLevel: null,
        cost: 16,
        count: 2,
      },
      {
        kind: 'mentor',
        who: { en: 'Мария Иванова', ru: 'Мария Иванова' },
        skill: moderation,
        fromLevel: 1,
        toLevel: 3,
        cost: 2,
        mentor: { en: 'Alex Chen', ru: 'Alex Chen' },
      },
      {
        kind: 'course',
        who: f.resource.title,
        skill: null,
        fromLevel: null,
        toLevel: null,
        cost: 7,
        attendees: ['Alex Chen', 'Emily Davis', 'Igor Volkov'].map((name) => ({ en: name, ru: name })),
        holders: [
          { skill: moderation, count: 2 },
          { skill: { en: f.connections.name, ru: f.connections.nameRu }, count: 3 },
        ],
        sessions: 1,
        seats: 12,
      },
    ])
  })

  it('names a resource no longer in the catalogue "?" rather than failing', () => {
    const f = planFixture()
    const content = toSavedContent(planResult({ actions: [f.course] }), { ...f.data, resources: [] })
    expect(content.actions[0]?.who).toEqual({ en: '?', ru: '?' })
  })
})
