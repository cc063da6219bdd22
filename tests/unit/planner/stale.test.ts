import { describe, expect, it } from 'vitest'
import { applyDelta } from '../../../src/domain/changes'
import { setHireCost, updateWorkspace } from '../../../src/domain/edits'
import { planStaleReasons, type PlanSource } from '../../../src/domain/planner/stale'
import { demoWorkspace } from '../../fixtures/demo'

const data = demoWorkspace()
const made: PlanSource = { data, limits: { budget: null, maxHires: null }, resilience: 'targets' }
const edited = (change: ReturnType<typeof updateWorkspace>) => applyDelta(data, change!.forward, 1)
const person = data.people[0]!

describe('planStaleReasons', () => {
  it('finds nothing when nothing changed', () => {
    expect(planStaleReasons(made, { ...made, limits: { budget: null, maxHires: null } })).toEqual([])
  })

  it.each<[string, Partial<PlanSource>, string[]]>([
    ['a budget', { limits: { budget: 20, maxHires: null } }, ['budget']],
    ['a hire limit', { limits: { budget: null, maxHires: 0 } }, ['maxHires']],
    ['the resilience', { resilience: 'survive-departure' }, ['resilience']],
    ['the cost model', { data: edited(updateWorkspace(data, { costModel: { mentoringStepCost: 3 } })) }, ['costModel']],
    [
      'who is available',
      { data: applyDelta(data, { people: { put: [{ ...person, trainable: !person.trainable }] } }, 1) },
      ['availability'],
    ],
    ['a hire cost', { data: applyDelta(data, setHireCost(data, data.roles[0]!.id, 99)!.forward, 1) }, ['data']],
    [
      'a person’s team',
      { data: applyDelta(data, { people: { put: [{ ...person, team: 'Elsewhere' }] } }, 1) },
      ['data'],
    ],
    [
      'everything at once',
      {
        limits: { budget: 5, maxHires: 1 },
        resilience: 'no-single-holder',
        data: applyDelta(
          edited(updateWorkspace(data, { costModel: { trainStepCost: 3 } })),
          { people: { put: [{ ...person, trainable: !person.trainable, title: 'Lead' }] } },
          1,
        ),
      },
      ['budget', 'maxHires', 'resilience', 'costModel', 'availability', 'data'],
    ],
  ])('names %s', (_, now, reasons) => {
    expect(planStaleReasons(made, { ...made, ...now })).toEqual(reasons)
  })

  it('is not stale over a change the plan does not read (the workspace name)', () => {
    expect(planStaleReasons(made, { ...made, data: edited(updateWorkspace(data, { name: 'Renamed' })) })).toEqual([])
  })

  it('is not stale once a limit is set back to what the plan was made with', () => {
    expect(planStaleReasons(made, { ...made, limits: { budget: null, maxHires: null } })).toEqual([])
  })
})
