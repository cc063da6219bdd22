import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { computeCoverage } from '../../src/domain/coverage'
import { updateWorkspace } from '../../src/domain/edits'
import { levelHeatmap } from '../../src/domain/levelHeatmap'
import { effectiveData, selfOnlyBySkill, selfOnlyHoldings } from '../../src/domain/sources'
import { staleCoverage, stalePeople } from '../../src/domain/staleness'
import type { Level } from '../../src/domain/scale'
import { RATING_SOURCES } from '../../src/domain/types'
import { useCoverageStore } from '../../src/stores/coverage'
import { useMatrixStore } from '../../src/stores/matrix'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { generateWorkspace } from '../fixtures/generate'
import { freshPinia, instrumentedDb } from './helpers'

/** One random step a lead (or the what-if) takes; indexes pick among the people and skills there are then. */
const step = fc.oneof(
  fc.record({
    kind: fc.constantFrom('level', 'self', 'interest'),
    person: fc.nat(),
    skill: fc.nat(),
    value: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
  }),
  fc.record({ kind: fc.constant('active'), person: fc.nat(), on: fc.boolean() }),
  fc.record({ kind: fc.constant('whatIf'), person: fc.nat(), gone: fc.boolean() }),
  fc.record({ kind: fc.constant('source'), source: fc.constantFrom(...RATING_SOURCES) }),
  fc.record({ kind: fc.constantFrom('add', 'remove', 'undo', 'redo'), person: fc.nat() }),
)

/** The last run's workspace store: its writes land before the next run swaps the database. */
let previous: ReturnType<typeof useWorkspaceStore> | null = null

afterEach(() => previous?.whenSaved())

/** A fresh store on a fresh database, opened on the seeded demo team, once the last run's writes landed. */
async function openedWorkspace() {
  await previous?.whenSaved()
  freshPinia()
  instrumentedDb()
  localStorage.clear()
  const workspace = useWorkspaceStore()
  previous = workspace
  await workspace.init()
  return workspace
}

describe('coverage kept in step with edits (issue 16)', () => {
  it('always equals a full recount: coverage, what-if, heat map, self-only holders and staleness, for every rating source', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), fc.boolean(), async (steps, readEveryStep) => {
        // Each run from the seeded demo team (three of its people assessed long ago: stale).
        const workspace = await openedWorkspace()
        const coverage = useCoverageStore()
        const matrix = useMatrixStore()
        for (const action of steps) {
          const data = workspace.data!
          const person = 'person' in action ? data.people[action.person % data.people.length] : undefined
          if (action.kind === 'level' || action.kind === 'self' || action.kind === 'interest') {
            const skill = data.skills[action.skill % data.skills.length]!
            if (!person) continue
            const value = action.value as Level | null
            if (action.kind === 'level') matrix.setLevel(person.id, skill.id, value)
            else if (action.kind === 'self') matrix.setSelfLevel(person.id, skill.id, value)
            else matrix.setInterest(person.id, skill.id, value === null ? null : ((value % 3) as 0 | 1 | 2))
          } else if (action.kind === 'active' && person) matrix.editPerson(person.id, { active: action.on })
          else if (action.kind === 'whatIf' && person) coverage.setExcluded(person.id, action.gone)
          else if (action.kind === 'source') workspace.edit((d) => updateWorkspace(d, { ratingSource: action.source }))
          else if (action.kind === 'add') matrix.addNewPerson({ name: `New ${action.person}` })
          else if (action.kind === 'remove' && person && data.people.length > 3) matrix.removePeople([person.id])
          else if (action.kind === 'undo') workspace.undo()
          else if (action.kind === 'redo') workspace.redo()
          // Reading the figures keeps them (then moved on by the next change); not reading drops them.
          if (readEveryStep)
            void [coverage.report, coverage.heatmap, coverage.selfOnly, coverage.actualSelfOnly, coverage.staleness]
        }
        const raw = workspace.data!
        const counted = effectiveData(raw)
        const excluded = coverage.excluded
        expect(coverage.actual).toEqual(computeCoverage(counted))
        expect(coverage.report).toEqual(
          coverage.whatIfActive ? computeCoverage({ ...counted, excluded }) : computeCoverage(counted),
        )
        expect(coverage.heatmap).toEqual(levelHeatmap({ ...counted, excluded }))
        expect(coverage.actualSelfOnly).toEqual(selfOnlyBySkill(selfOnlyHoldings(raw)))
        expect(coverage.selfOnly).toEqual(
          selfOnlyBySkill(selfOnlyHoldings(raw, coverage.whatIfActive ? excluded : undefined)),
        )
        const staleness = coverage.staleness!
        const stale = stalePeople(
          raw.people.filter((p) => p.active && !excluded.has(p.id)),
          raw.ratings,
          staleness.cutoff,
        )
        expect(staleness).toEqual({
          people: stale.size,
          ...staleCoverage({ ...counted, excluded }, stale),
          cutoff: staleness.cutoff,
        })
      }),
      { numRuns: 40 },
    )
  }, 120_000)
})

describe('a big change recounted in slices (issue 16)', () => {
  it('ends equal to a full recount, and an edit made meanwhile is counted on top of it', async () => {
    const workspace = await openedWorkspace()
    // 11,000 people × 200 skills: past the cells a recount takes at once.
    const big = generateWorkspace(11000, 200)
    await workspace.replaceContent(big)
    const coverage = useCoverageStore()
    const data = workspace.data!
    const records = data.people.map((p) => {
      const record = data.ratings.get(p.id)!
      return { ...record, levels: record.levels.map((level) => (level === 4 ? 1 : level)) }
    })
    workspace.commit({
      label: { action: 'importCsv', subject: 'big.csv' },
      forward: { ratings: { put: records } },
      backward: { ratings: { put: data.people.map((p) => data.ratings.get(p.id)!) } },
    })
    // A cell edit right behind it: its event waits for the recount, then moves it on.
    const [first] = workspace.data!.people
    useMatrixStore().setLevel(first!.id, workspace.data!.skills[0]!.id, 4)
    await workspace.whenSaved()
    await vi.waitFor(() => expect(coverage.totalsFor(workspace.data!)).not.toBeNull(), { timeout: 20_000 })
    expect(coverage.actual).toEqual(computeCoverage(workspace.effective!))
  }, 60_000)
})
