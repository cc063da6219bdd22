import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  computeCoverage,
  coverageStatus,
  holdersOf,
  updateCoverage,
  skillsAffectedBy,
  skillsBySeverity,
  uncoveredIfGone,
  type CoverageStatus,
} from '../../../src/domain/coverage'
import { applyDelta } from '../../../src/domain/changes'
import { emptyRatings } from '../../../src/domain/ratings'
import { NOT_ASSESSED } from '../../../src/domain/scale'
import type { Person, Skill, SkillTarget, TargetLevel, WorkspaceData } from '../../../src/domain/types'
import { category, matrix, person, skill } from '../../fixtures/builders'

/** Every skill of `data` with the same target. */
function withTarget(data: WorkspaceData, target: SkillTarget): WorkspaceData {
  return { ...data, skills: data.skills.map((s) => ({ ...s, target })) }
}

function onlySkill(data: WorkspaceData, excluded?: ReadonlySet<string>) {
  const [first] = data.skills
  if (!first) throw new Error('no skill')
  const coverage = computeCoverage({ ...data, excluded }).bySkill.get(first.id)
  if (!coverage) throw new Error('no coverage')
  return coverage
}

describe('coverageStatus', () => {
  it.each<[string, number, number, CoverageStatus]>([
    ['nobody holds a wanted skill', 0, 2, 'uncovered'],
    ['nobody holds a skill with target 1', 0, 1, 'uncovered'],
    ['target people 0 and nobody holds it', 0, 0, 'not-needed'],
    [
      'target people 0 and exactly one holder (nobody is wanted, so nobody is a single point of failure)',
      1,
      0,
      'not-needed',
    ],
    ['exactly one holder and target 1', 1, 1, 'at-risk'],
    ['exactly one holder and target 2', 1, 2, 'at-risk'],
    ['fewer holders than the target', 2, 3, 'at-risk'],
    ['holders equal the target', 2, 2, 'covered'],
    ['more holders than the target', 5, 2, 'covered'],
    ['two holders and target 0', 2, 0, 'not-needed'],
  ])('%s: %i holders of %i → %s', (_case, holders, targetPeople, expected) => {
    expect(coverageStatus(holders, targetPeople)).toBe(expected)
  })
})

describe('computeCoverage of one skill', () => {
  const level3x2: SkillTarget = { level: 3, people: 2 }
  it.each<
    [
      string,
      (number | null)[][],
      SkillTarget,
      Partial<Person>[],
      number[],
      { holders: number; deficit: number; status: CoverageStatus; soleHolderId?: null },
    ]
  >([
    [
      'people exactly at the target level hold it',
      [[3], [3]],
      level3x2,
      [],
      [],
      { holders: 2, deficit: 0, status: 'covered' },
    ],
    [
      'one level below the target does not hold it',
      [[2], [3]],
      level3x2,
      [],
      [],
      { holders: 1, deficit: 1, status: 'at-risk' },
    ],
    ['above the target holds it', [[4], [4], [4]], level3x2, [], [], { holders: 3, deficit: 0, status: 'covered' }],
    [
      'not assessed counts as not holding',
      [[null], [null]],
      level3x2,
      [],
      [],
      { holders: 0, deficit: 2, status: 'uncovered' },
    ],
    ['not assessed next to one holder', [[null], [4]], level3x2, [], [], { holders: 1, deficit: 1, status: 'at-risk' }],
    [
      'an explicit 0 never holds even a level-1 target',
      [[0], [1]],
      { level: 1, people: 2 },
      [],
      [],
      { holders: 1, deficit: 1, status: 'at-risk' },
    ],
    [
      'an inactive person does not count',
      [[4], [4]],
      level3x2,
      [{}, { active: false }],
      [],
      { holders: 1, deficit: 1, status: 'at-risk' },
    ],
    [
      'only inactive holders leave it uncovered',
      [[4], [4]],
      level3x2,
      [{ active: false }, { active: false }],
      [],
      { holders: 0, deficit: 2, status: 'uncovered' },
    ],
    [
      'a what-if exclusion removes a holder',
      [[4], [4]],
      level3x2,
      [],
      [0],
      { holders: 1, deficit: 1, status: 'at-risk' },
    ],
    [
      'excluding every holder uncovers it',
      [[4], [3]],
      level3x2,
      [],
      [0, 1],
      { holders: 0, deficit: 2, status: 'uncovered' },
    ],
    [
      'excluding a non-holder changes nothing',
      [[4], [1], [3]],
      level3x2,
      [],
      [1],
      { holders: 2, deficit: 0, status: 'covered' },
    ],
    [
      'target people 0 with nobody is not needed',
      [[null], [1]],
      { level: 3, people: 0 },
      [],
      [],
      { holders: 0, deficit: 0, status: 'not-needed' },
    ],
    [
      'target people 0 with one holder is not needed, and that holder is no sole holder',
      [[3]],
      { level: 3, people: 0 },
      [],
      [],
      { holders: 1, deficit: 0, status: 'not-needed', soleHolderId: null },
    ],
    [
      'a single holder of target 1 is at risk with no deficit',
      [[3], [0]],
      { level: 3, people: 1 },
      [],
      [],
      { holders: 1, deficit: 0, status: 'at-risk' },
    ],
    [
      'deficit is what is missing to the target',
      [[3], [1], [1]],
      { level: 3, people: 4 },
      [],
      [],
      { holders: 1, deficit: 3, status: 'at-risk' },
    ],
  ])('%s', (_case, rows, target, people, excludedIndexes, expected) => {
    const data = withTarget(matrix(rows, { people }), target)
    const excluded = new Set(excludedIndexes.map((i) => data.people[i]!.id))
    expect(onlySkill(data, excluded)).toMatchObject(expected)
  })

  it('handles a person without any ratings record and records shorter than the slot', () => {
    const data = matrix([[4], [4]], { skillCount: 3 })
    data.ratings.delete(data.people[0]!.id)
    const report = computeCoverage(data)
    expect(report.bySkill.get(data.skills[0]!.id)?.holders).toBe(1)
    expect(report.bySkill.get(data.skills[2]!.id)?.holders).toBe(0)
  })
})

describe('computeCoverage roll-ups', () => {
  function twoCategories() {
    const strategy = category({ name: 'Strategy', order: 0 })
    const content = category({ name: 'Content', order: 1 })
    const skills = [
      skill({ slot: 0, categoryId: strategy.id, name: 'Roadmap' }),
      skill({ slot: 1, categoryId: strategy.id, name: 'Policy' }),
      skill({ slot: 2, categoryId: content.id, name: 'SEO', target: { level: 2, people: 1 } }),
    ]
    const base = matrix([
      [4, 3, 1],
      [3, 1, 0],
      [1, null, null],
    ])
    const data: WorkspaceData = { ...base, categories: [strategy, content], skills }
    return { data, strategy, content, skills }
  }

  it('rolls coverage up per category and for the workspace', () => {
    const { data, strategy, content } = twoCategories()
    const report = computeCoverage(data)
    expect(report.byCategory.get(strategy.id)).toEqual({
      skills: 2,
      needed: 2,
      notNeeded: 0,
      covered: 1,
      atRisk: 1,
      uncovered: 0,
      deficit: 1,
      coveredShare: 0.5,
    })
    expect(report.byCategory.get(content.id)).toEqual({
      skills: 1,
      needed: 1,
      notNeeded: 0,
      covered: 0,
      atRisk: 0,
      uncovered: 1,
      deficit: 1,
      coveredShare: 0,
    })
    expect(report.total).toEqual({
      skills: 3,
      needed: 3,
      notNeeded: 0,
      covered: 1,
      atRisk: 1,
      uncovered: 1,
      deficit: 2,
      coveredShare: 1 / 3,
    })
  })

  it('leaves not-needed skills out of covered, at risk, uncovered and the covered share', () => {
    const { data, strategy, content, skills } = twoCategories()
    // Policy has one holder (at risk with target 2); with target 0 it is not needed, not at risk.
    const notNeeded = skills.map((s) =>
      s.name === 'Policy' || s.name === 'SEO' ? { ...s, target: { level: s.target.level, people: 0 } } : s,
    )
    const report = computeCoverage({ ...data, skills: notNeeded })
    expect(report.byCategory.get(strategy.id)).toEqual({
      skills: 2,
      needed: 1,
      notNeeded: 1,
      covered: 1,
      atRisk: 0,
      uncovered: 0,
      deficit: 0,
      coveredShare: 1,
    })
    expect(report.byCategory.get(content.id)).toEqual({
      skills: 1,
      needed: 0,
      notNeeded: 1,
      covered: 0,
      atRisk: 0,
      uncovered: 0,
      deficit: 0,
      coveredShare: 1,
    })
    expect(report.total).toEqual({
      skills: 3,
      needed: 1,
      notNeeded: 2,
      covered: 1,
      atRisk: 0,
      uncovered: 0,
      deficit: 0,
      coveredShare: 1,
    })
    expect(report.soleHolderSkills.size).toBe(0)
  })

  it('a category of only not-needed skills held by nobody is not "100 % covered" by holders: it counts no covered skill', () => {
    const { data, content, skills } = twoCategories()
    const report = computeCoverage({
      ...data,
      skills: skills.map((s) =>
        s.categoryId === content.id ? { ...s, target: { level: 4 as TargetLevel, people: 0 } } : s,
      ),
    })
    expect(report.byCategory.get(content.id)).toMatchObject({ covered: 0, needed: 0, notNeeded: 1 })
  })

  it('lists per person the skills they alone hold', () => {
    const { data, skills } = twoCategories()
    const report = computeCoverage(data)
    const [first, second] = data.people
    expect(report.soleHolderSkills.get(first!.id)).toEqual([skills[1]!.id])
    expect(report.soleHolderSkills.has(second!.id)).toBe(false)
    expect(report.bySkill.get(skills[1]!.id)?.soleHolderId).toBe(first!.id)
    expect(report.bySkill.get(skills[0]!.id)?.soleHolderId).toBeNull()
  })

  it('says 1 covered share for an empty workspace', () => {
    const report = computeCoverage({ skills: [], people: [], ratings: new Map() })
    expect(report.total).toMatchObject({ skills: 0, coveredShare: 1, deficit: 0 })
  })

  it('agrees with holdersOf for every skill', () => {
    const { data } = twoCategories()
    const report = computeCoverage(data)
    for (const s of data.skills)
      expect(report.bySkill.get(s.id)?.holders).toBe(holdersOf(s, data.people, data.ratings).length)
  })
})

describe('skillsBySeverity', () => {
  it('puts critical uncovered skills first, then uncovered, at risk and covered, bigger deficits first', () => {
    const data = matrix([
      [null, null, 3, 3, 4, 3],
      [null, null, null, 3, 4, 3],
      [null, null, null, null, 4, 3],
    ])
    const [a, b, c, d, e, f] = data.skills as [Skill, Skill, Skill, Skill, Skill, Skill]
    const skills = [
      { ...a, name: 'uncovered' },
      { ...b, name: 'critical uncovered', critical: true },
      { ...c, name: 'at risk, deficit 2', target: { level: 3 as TargetLevel, people: 3 } },
      { ...d, name: 'at risk, deficit 1', target: { level: 3 as TargetLevel, people: 3 } },
      { ...e, name: 'covered' },
      { ...f, name: 'critical covered', critical: true },
    ]
    const report = computeCoverage({ ...data, skills })
    expect(skillsBySeverity(skills, report).map((s) => s.name)).toEqual([
      'critical uncovered',
      'uncovered',
      'at risk, deficit 2',
      'at risk, deficit 1',
      'critical covered',
      'covered',
    ])
  })
})

describe('uncoveredIfGone', () => {
  it('names the skills a sole holder takes with them, not those with target 0', () => {
    const data = matrix([
      [4, 4, 4],
      [1, 4, 1],
    ])
    const skills = data.skills.map((s, i) => (i === 2 ? { ...s, target: { level: 3 as TargetLevel, people: 0 } } : s))
    const report = computeCoverage({ ...data, skills })
    expect(uncoveredIfGone(data.people[0]!.id, skills, report).map((s) => s.slot)).toEqual([0])
    expect(uncoveredIfGone(data.people[1]!.id, skills, report)).toEqual([])
  })
})

/** A random small workspace: levels 0–4 or not assessed, some people inactive, random targets. */
const workspaceArbitrary = fc
  .record({
    peopleCount: fc.integer({ min: 1, max: 7 }),
    skillCount: fc.integer({ min: 1, max: 6 }),
  })
  .chain(({ peopleCount, skillCount }) =>
    fc.record({
      levels: fc.array(
        fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }), {
          minLength: skillCount,
          maxLength: skillCount,
        }),
        {
          minLength: peopleCount,
          maxLength: peopleCount,
        },
      ),
      active: fc.array(fc.boolean(), { minLength: peopleCount, maxLength: peopleCount }),
      targets: fc.array(
        fc.record({ level: fc.constantFrom<TargetLevel>(1, 2, 3, 4), people: fc.integer({ min: 0, max: 4 }) }),
        {
          minLength: skillCount,
          maxLength: skillCount,
        },
      ),
      person: fc.nat(peopleCount - 1),
      slot: fc.nat(skillCount - 1),
      raiseTo: fc.integer({ min: 0, max: 4 }),
    }),
  )

function build(input: { levels: (number | null)[][]; active: boolean[]; targets: SkillTarget[] }): WorkspaceData {
  const data = matrix(input.levels, { people: input.active.map((active) => ({ active })) })
  return { ...data, skills: data.skills.map((s, i) => ({ ...s, target: input.targets[i] ?? s.target })) }
}

function holdersBySlot(data: WorkspaceData): number[] {
  const report = computeCoverage(data)
  return data.skills.map((s) => report.bySkill.get(s.id)?.holders ?? -1)
}

describe('coverage properties', () => {
  it('a not-needed skill is never at risk or uncovered, and the counts add up to the needed skills', () => {
    fc.assert(
      fc.property(workspaceArbitrary, (input) => {
        const data = build(input)
        const report = computeCoverage(data)
        for (const s of data.skills) {
          const coverage = report.bySkill.get(s.id)
          if (s.target.people === 0)
            expect(coverage).toMatchObject({ status: 'not-needed', deficit: 0, soleHolderId: null })
          else expect(coverage?.status).not.toBe('not-needed')
        }
        const { total } = report
        expect(total.covered + total.atRisk + total.uncovered).toBe(total.needed)
        expect(total.needed + total.notNeeded).toBe(total.skills)
        expect(total.notNeeded).toBe(data.skills.filter((s) => s.target.people === 0).length)
        expect(total.coveredShare).toBe(total.needed ? total.covered / total.needed : 1)
      }),
    )
  })

  it('raising any rating never lowers any skill’s holders', () => {
    fc.assert(
      fc.property(workspaceArbitrary, (input) => {
        const before = build(input)
        const current = input.levels[input.person]?.[input.slot] ?? null
        // Raising: any level from a not-assessed cell, or a level at least the current one.
        const raised = current === null ? input.raiseTo : Math.max(current, input.raiseTo)
        const levels = input.levels.map((row, p) =>
          row.map((level, s) => (p === input.person && s === input.slot ? raised : level)),
        )
        const after = build({ ...input, levels })
        const was = holdersBySlot(before)
        holdersBySlot(after).forEach((holders, i) => expect(holders).toBeGreaterThanOrEqual(was[i] ?? 0))
      }),
    )
  })

  it('deactivating a person never raises any skill’s holders', () => {
    fc.assert(
      fc.property(workspaceArbitrary, (input) => {
        const before = build(input)
        const after = build({ ...input, active: input.active.map((a, p) => (p === input.person ? false : a)) })
        const was = holdersBySlot(before)
        holdersBySlot(after).forEach((holders, i) => expect(holders).toBeLessThanOrEqual(was[i] ?? 0))
      }),
    )
  })

  it('excluding a person is the same as deactivating them, and uncoveredIfGone predicts it', () => {
    fc.assert(
      fc.property(workspaceArbitrary, (input) => {
        const data = build(input)
        const gone = data.people[input.person]!
        const excludedReport = computeCoverage({ ...data, excluded: new Set([gone.id]) })
        const deactivated = build({ ...input, active: input.active.map((a, p) => (p === input.person ? false : a)) })
        expect(data.skills.map((s) => excludedReport.bySkill.get(s.id)?.holders)).toEqual(holdersBySlot(deactivated))
        const before = computeCoverage(data)
        const newlyUncovered = data.skills.filter(
          (s) =>
            excludedReport.bySkill.get(s.id)?.status === 'uncovered' &&
            before.bySkill.get(s.id)?.status !== 'uncovered',
        )
        expect(uncoveredIfGone(gone.id, data.skills, before).map((s) => s.id)).toEqual(newlyUncovered.map((s) => s.id))
      }),
    )
  })
})

describe('computeCoverage speed', () => {
  it('recomputes 5,000 people × 100 skills in a few milliseconds', () => {
    const cat = category()
    const skills = Array.from({ length: 100 }, (_, slot) =>
      skill({ slot, categoryId: cat.id, target: { level: ((slot % 4) + 1) as TargetLevel, people: 2 } }),
    )
    const people = Array.from({ length: 5000 }, (_, i) => person({ active: i % 50 !== 0 }))
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    const ratings = new Map(
      people.map((p) => {
        const record = emptyRatings(p.id, 100)
        for (let slot = 0; slot < 100; slot++)
          record.levels[slot] = random() < 0.1 ? NOT_ASSESSED : Math.floor(random() * 5)
        return [p.id, record] as const
      }),
    )
    const input = { skills, people, ratings, excluded: new Set([people[1]!.id]) }
    for (let i = 0; i < 5; i++) computeCoverage(input) // warm-up (JIT)
    const times: number[] = []
    for (let i = 0; i < 15; i++) {
      const start = performance.now()
      computeCoverage(input)
      times.push(performance.now() - start)
    }
    times.sort((a, b) => a - b)
    const median = times[Math.floor(times.length / 2)] ?? Infinity
    console.log(
      `computeCoverage 5,000 × 100: median ${median.toFixed(2)} ms, best ${times[0]?.toFixed(2)} ms, worst ${times.at(-1)?.toFixed(2)} ms`,
    )
    expect(computeCoverage(input).total.skills).toBe(100)
    expect(median).toBeLessThan(100)
  })
})

describe('updateCoverage', () => {
  it('gives the same report as a full recompute after random cell edits, people made inactive or left out', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }), { minLength: 4, maxLength: 4 }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.array(
          fc.record({
            person: fc.nat(),
            slot: fc.integer({ min: 0, max: 3 }),
            level: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
          }),
          { maxLength: 6 },
        ),
        fc.array(fc.nat(), { maxLength: 2 }),
        fc.array(fc.nat(), { maxLength: 2 }),
        (rows, edits, inactive, excluded) => {
          const data = matrix(rows, { skillCount: 4 })
          const idAt = (i: number) => data.people[i % data.people.length]!.id
          const before = { ...data, excluded: new Set(excluded.slice(0, 1).map(idAt)) }
          const previous = computeCoverage(before)
          const cells = edits.map((edit) => ({
            personId: idAt(edit.person),
            slot: edit.slot,
            level: edit.level ?? NOT_ASSESSED,
          }))
          const gone = new Set(inactive.map(idAt))
          const edited = applyDelta(data, { ratings: { cells } }, 0)
          const after = {
            ...edited,
            people: edited.people.map((p) => (gone.has(p.id) ? { ...p, active: false } : p)),
            excluded: new Set(excluded.map(idAt)),
          }
          const touched = [...cells.map((c) => c.personId), ...gone, ...excluded.map(idAt)]
          expect(updateCoverage(previous, before, after, touched)).toEqual(computeCoverage(after))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('gives back the same report when nothing counted changed (an interest edit)', () => {
    const data = matrix([[3], [1]])
    const report = computeCoverage(data)
    expect(updateCoverage(report, data, data, [data.people[0]!.id])).toBe(report)
  })
})

describe('skillsAffectedBy', () => {
  it.each([
    ['a person change', { people: { put: [] as never[] } }],
    ['a skill change', { skills: { delete: ['s'] } }],
    [
      'whole ratings records',
      {
        ratings: {
          put: [
            {
              personId: 'p',
              levels: new Uint8Array(),
              self: new Uint8Array(),
              interest: new Uint8Array(),
              updatedAt: 0,
            },
          ],
        },
      },
    ],
  ])('asks for a full recompute after %s', (_, delta) => {
    expect(skillsAffectedBy(delta, matrix([[1]]).skills)).toBeNull()
  })
})
