import { describe, expect, it } from 'vitest'
import { shownActions } from '../../../src/domain/planner/shownActions'
import type { PlanAction } from '../../../src/domain/planner/types'

const hire = (roleId: string, cost: number, skillId = 's1'): PlanAction => ({
  kind: 'hire',
  roleId,
  cost,
  closes: [{ skillId, need: 2 }],
})
const train: PlanAction = {
  kind: 'train',
  personId: 'p1',
  skillId: 's1',
  fromLevel: 1,
  toLevel: 3,
  interest: 1,
  cost: 4,
  closes: [],
  levelUnknown: false,
  noCourse: false,
  noMentor: false,
}

describe('shownActions', () => {
  it('merges the hires of one role where the first stood, adding their costs and what they close', () => {
    const shown = shownActions([hire('mod', 8.1), train, hire('dev', 10), hire('mod', 8.2, 's2')])
    expect(shown).toEqual([
      {
        kind: 'hire',
        roleId: 'mod',
        count: 2,
        unitCost: 8.1,
        cost: 16.3,
        closes: [
          { skillId: 's1', need: 2 },
          { skillId: 's2', need: 2 },
        ],
      },
      train,
      { kind: 'hire', roleId: 'dev', count: 1, unitCost: 10, cost: 10, closes: [{ skillId: 's1', need: 2 }] },
    ])
  })

  it('keeps the total cost and leaves the plan’s own actions untouched', () => {
    const actions = [hire('mod', 8), hire('mod', 8), train]
    const before = JSON.stringify(actions)
    const shown = shownActions(actions)
    expect(shown.reduce((sum, a) => sum + a.cost, 0)).toBe(20)
    expect(JSON.stringify(actions)).toBe(before)
  })
})
