import { describe, expect, it } from 'vitest'
import { applyDelta } from '../../../src/domain/changes'
import { setCells } from '../../../src/domain/edits'
import { deleteSkill } from '../../../src/domain/edits/skills'
import { NOT_ASSESSED } from '../../../src/domain/scale'
import { diffSnapshots } from '../../../src/domain/snapshotDiff'
import { computeCoverage } from '../../../src/domain/coverage'
import {
  currentState,
  restoreSnapshotChange,
  snapshotState,
  snapshotSteps,
  takeSnapshot,
} from '../../../src/domain/snapshots'
import { effectiveData } from '../../../src/domain/sources'
import type { WorkspaceData } from '../../../src/domain/types'
import { matrix, person, ratings } from '../../fixtures/builders'
import { demoWorkspace } from '../../fixtures/demo'

const meta = (id = 'snap-1') => ({ id, takenAt: 1_700_000_000_000, kind: 'manual' as const, label: '' })

/** Three people × three skills (target level 3, two people each). */
function team(): WorkspaceData {
  return matrix([
    [3, 1, null],
    [3, 2, 0],
    [1, 4, null],
  ])
}

describe('snapshotSteps', () => {
  it('packs in slices, one step per slice, to the same snapshot; given totals are used as they are', () => {
    const data = demoWorkspace()
    const steps = snapshotSteps(data, meta(), undefined, 3)
    let yields = 0
    let step = steps.next()
    for (; !step.done; step = steps.next()) yields++
    // One after looking for self levels, one after each of the three arrays, one after every 3 people
    // but the first, one before counting the totals.
    expect(yields).toBe(4 + Math.ceil(data.people.length / 3) - 1 + 1)
    expect(step.value).toEqual(takeSnapshot(data, meta()))
    const totals = computeCoverage(effectiveData(data)).total
    expect(takeSnapshot(data, meta(), totals).summary.totals).toEqual(step.value.summary.totals)
  })
})

describe('takeSnapshot and snapshotState', () => {
  it('packs the matrix and unpacks it unchanged, people, ratings and skills', () => {
    const demo = demoWorkspace()
    const first = demo.people[0]!
    const data = {
      ...demo,
      ratings: new Map(demo.ratings).set(first.id, {
        ...demo.ratings.get(first.id)!,
        self: Uint8Array.from([4, 255, 2]),
        updatedAt: 123,
      }),
    }
    const { content } = takeSnapshot(data, meta())
    const state = snapshotState(content)
    expect(state.people).toEqual(data.people)
    expect(state.skills).toEqual(data.skills)
    for (const p of data.people) {
      const stored = data.ratings.get(p.id)!
      const restored = state.ratings.get(p.id)!
      expect([...restored.levels]).toEqual([...stored.levels])
      expect([...restored.interest]).toEqual([...stored.interest])
      expect(restored.updatedAt).toBe(stored.updatedAt)
    }
    expect([...state.ratings.get(first.id)!.self.slice(0, 3)]).toEqual([4, 255, 2])
  })

  it('stores no self array at all when nobody rated themselves', () => {
    const { content } = takeSnapshot(team(), meta())
    expect(content.self.length).toBe(0)
    expect(content.levels.length).toBe(3 * 3)
  })

  it('gives each unpacked record arrays of its own, not views of the whole snapshot', () => {
    const state = snapshotState(takeSnapshot(team(), meta()).content)
    const record = [...state.ratings.values()][0]!
    expect(record.levels.buffer.byteLength).toBe(3)
  })

  it('summarises coverage as it was: covered, at risk, uncovered and the deficit', () => {
    const { summary } = takeSnapshot(team(), meta())
    // Skill 0: two holders (covered); skill 1: one (at risk); skill 2: none (uncovered).
    expect(summary.totals).toEqual({ covered: 1, atRisk: 1, uncovered: 1, deficit: 3 })
    expect(summary).toMatchObject({ people: 3, skills: 3, kind: 'manual' })
  })
})

describe('diffSnapshots', () => {
  it('names who grew in what, and which gaps opened or closed', () => {
    const before = team()
    const [, second, third] = before.people
    const grown = applyDelta(
      before,
      setCells(
        before,
        [
          { personId: third!.id, slot: 0, level: 1 },
          { personId: second!.id, slot: 1, level: 3 },
          { personId: second!.id, slot: 0, level: 2 },
        ],
        'x',
      )!.forward,
      1,
    )
    const diff = diffSnapshots(snapshotState(takeSnapshot(before, meta()).content), currentState(grown))
    expect(diff.grew.map((m) => [m.person, m.skill, m.from, m.to])).toEqual([['Person 1', 'Skill 1', 2, 3]])
    expect(diff.declined.map((m) => [m.person, m.skill, m.from, m.to])).toEqual([['Person 1', 'Skill 0', 3, 2]])
    // Skill 0 lost a holder (covered → at risk); skill 1 gained one (at risk → covered).
    expect(diff.opened.map((g) => [g.skill, g.from, g.to])).toEqual([['Skill 0', 'covered', 'at-risk']])
    expect(diff.closed.map((g) => [g.skill, g.from, g.to])).toEqual([['Skill 1', 'at-risk', 'covered']])
  })

  it('lists a first rating as growth from not assessed, after the real growth', () => {
    const before = team()
    const [first, second] = before.people
    const after = applyDelta(
      before,
      setCells(
        before,
        [
          { personId: first!.id, slot: 2, level: 4 },
          { personId: second!.id, slot: 1, level: 3 },
        ],
        'x',
      )!.forward,
      1,
    )
    const diff = diffSnapshots(currentState(before), currentState(after))
    expect(diff.grew.map((m) => [m.person, m.skill, m.from, m.to])).toEqual([
      ['Person 1', 'Skill 1', 2, 3],
      ['Person 0', 'Skill 2', null, 4],
    ])
  })

  it('never lists a rating that was removed as growth or decline', () => {
    const before = team()
    const first = before.people[0]!
    const after = applyDelta(
      before,
      setCells(before, [{ personId: first.id, slot: 0, level: NOT_ASSESSED }], 'x')!.forward,
      1,
    )
    const diff = diffSnapshots(currentState(before), currentState(after))
    expect([...diff.grew, ...diff.declined]).toEqual([])
  })

  it.each([
    ['a lowered target', { level: 3, people: 1 }, 'at-risk', 'at-risk'],
    ['a target of nobody', { level: 3, people: 0 }, 'at-risk', 'not-needed'],
    ['a raised target', { level: 3, people: 3 }, 'at-risk', 'at-risk'],
  ] as const)('shows %s as a target change, not as a gap closed or opened', (_case, target, from, to) => {
    const before = team()
    // Skill 1 (target 3 × 2) has one holder: at risk.
    const after = { ...before, skills: before.skills.map((s) => (s.slot === 1 ? { ...s, target: { ...target } } : s)) }
    const diff = diffSnapshots(currentState(before), currentState(after))
    expect(diff.closed).toEqual([])
    expect(diff.opened).toEqual([])
    expect(diff.targets.map((m) => [m.skill, m.targetFrom, m.targetTo, m.from, m.to])).toEqual([
      ['Skill 1', { level: 3, people: 2 }, target, from, to],
    ])
  })

  it('does not call a new skill nobody is wanted for a gap opened', () => {
    const before = team()
    const after = {
      ...before,
      skills: before.skills.map((s) =>
        s.slot === 2 ? { ...s, id: 'new-skill', name: 'New one', target: { level: 3 as const, people: 0 } } : s,
      ),
    }
    const diff = diffSnapshots(currentState(before), currentState(after))
    expect(diff.opened.map((g) => g.skill)).not.toContain('New one')
  })

  it('lists who joined and who left, matching people by name and email when ids changed', () => {
    const before = team()
    const renamed = { ...before, people: before.people.map((p, i) => (i === 0 ? { ...p, id: 'fresh-id' } : p)) }
    renamed.ratings = new Map(
      [...before.ratings].map(([id, r]) =>
        id === before.people[0]!.id ? ['fresh-id', { ...r, personId: 'fresh-id' }] : [id, r],
      ),
    )
    const newcomer = person({ name: 'Newcomer' })
    const after = { ...renamed, people: [...renamed.people.slice(0, 2), newcomer] }
    const diff = diffSnapshots(currentState(before), currentState(after))
    expect(diff.joined).toEqual(['Newcomer'])
    expect(diff.left).toEqual(['Person 2'])
  })
})

describe('restoreSnapshotChange', () => {
  it('brings back the people and ratings of the snapshot, and its backward delta the present', () => {
    const then = team()
    const snapshot = snapshotState(takeSnapshot(then, meta()).content)
    const [first] = then.people
    let now = applyDelta(then, setCells(then, [{ personId: first!.id, slot: 0, level: 0 }], 'x')!.forward, 2)
    const added = person({ name: 'Added later' })
    now = applyDelta(now, { people: { put: [added] }, ratings: { put: [ratings(added.id, [4, 4, 4])] } }, 3)
    now = applyDelta(now, deleteSkill(now, now.skills[2]!.id).forward, 4)
    const change = restoreSnapshotChange(now, snapshot, 'snap')
    const restored = applyDelta(now, change.forward, 5)
    expect(restored.people.map((p) => p.name).sort()).toEqual(['Person 0', 'Person 1', 'Person 2'])
    expect(restored.ratings.get(first!.id)!.levels[0]).toBe(3)
    expect(restored.skills.map((s) => s.name).sort()).toEqual(['Skill 0', 'Skill 1', 'Skill 2'])
    const undone = applyDelta(restored, change.backward, 6)
    expect(undone.people.map((p) => p.name).sort()).toEqual(['Added later', 'Person 0', 'Person 1', 'Person 2'])
    expect(undone.ratings.get(first!.id)!.levels[0]).toBe(0)
    expect(undone.skills).toHaveLength(2)
  })
})
