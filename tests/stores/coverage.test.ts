import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { computeCoverage } from '../../src/domain/coverage'
import { updateWorkspace } from '../../src/domain/edits'
import { effectiveData } from '../../src/domain/sources'
import { useCoverageStore } from '../../src/stores/coverage'
import { useMatrixStore } from '../../src/stores/matrix'
import { useSkillsStore } from '../../src/stores/skills'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { freshPinia, instrumentedDb, type InstrumentedDb } from './helpers'

let storage: InstrumentedDb

beforeEach(() => {
  freshPinia()
  storage = instrumentedDb()
  localStorage.clear()
})

// Let this test's writes land before the next test swaps the database.
afterEach(() => useWorkspaceStore().whenSaved())

async function opened() {
  const workspace = useWorkspaceStore()
  await workspace.init()
  const data = workspace.data!
  const platform = data.skills.find((s) => s.name === 'Platform architecture & integration')!
  const igor = data.people.find((p) => p.name === 'Igor Volkov')!
  const maria = data.people.find((p) => p.name === 'Мария Иванова')!
  return { workspace, coverage: useCoverageStore(), platform, igor, maria }
}

describe('useCoverageStore with two sources', () => {
  it('counts a self rating where the lead has none, ignores it where the lead rated, and follows the rating source', async () => {
    const { workspace, coverage, platform, maria } = await opened()
    const holders = () => coverage.report?.bySkill.get(platform.id)?.holders
    expect(holders()).toBe(1)
    // Maria has a lead level in the skill: her self rating of 4 does not count over it.
    useMatrixStore().setSelfLevel(maria.id, platform.id, 4)
    expect(holders()).toBe(1)
    // Cleared by the lead, her own 4 counts.
    useMatrixStore().setLevel(maria.id, platform.id, null)
    expect(holders()).toBe(2)
    expect(coverage.report?.bySkill.get(platform.id)?.status).toBe('covered')
    workspace.edit((data) => updateWorkspace(data, { ratingSource: 'lead-only' }))
    expect(holders()).toBe(1)
    workspace.edit((data) => updateWorkspace(data, { ratingSource: 'self-only' }))
    expect(holders()).toBe(1)
    expect(coverage.report?.bySkill.get(platform.id)?.soleHolderId).toBe(maria.id)
    // The incremental recount after edits equals a full recount.
    workspace.undo()
    workspace.undo()
    expect(coverage.actual).toEqual(computeCoverage(effectiveData(workspace.data!)))
  })
})

describe('useCoverageStore', () => {
  it('starts from the demo facts: 9 uncovered skills, 18 with a single holder', async () => {
    const { coverage } = await opened()
    expect(coverage.report?.total.uncovered).toBe(9)
    expect([...coverage.report!.bySkill.values()].filter((c) => c.holders === 1)).toHaveLength(18)
  })

  it('recomputes after a cell edit, and back after undo', async () => {
    const { workspace, coverage, platform, igor } = await opened()
    expect(coverage.report?.bySkill.get(platform.id)).toMatchObject({
      holders: 1,
      status: 'at-risk',
      soleHolderId: igor.id,
    })
    useMatrixStore().setLevel(igor.id, platform.id, 1)
    expect(coverage.report?.bySkill.get(platform.id)).toMatchObject({
      holders: 0,
      status: 'uncovered',
      soleHolderId: null,
    })
    expect(coverage.report?.total.uncovered).toBe(10)
    workspace.undo()
    expect(coverage.report?.bySkill.get(platform.id)?.status).toBe('at-risk')
  })

  it('follows a target edit made through the skills store', async () => {
    const { coverage, platform } = await opened()
    useSkillsStore().update([platform.id], { target: { people: 0, level: 4 } })
    expect(coverage.report?.bySkill.get(platform.id)).toMatchObject({
      holders: 1,
      deficit: 0,
      status: 'not-needed',
      soleHolderId: null,
    })
    useSkillsStore().update([platform.id], { target: { level: 1 } })
    expect(coverage.report?.bySkill.get(platform.id)?.holders).toBeGreaterThan(1)
  })

  it('treats what-if people as gone without touching their data, and resets', async () => {
    const { workspace, coverage, igor } = await opened()
    const before = coverage.report!.total
    const levelsBefore = workspace.data!.ratings.get(igor.id)
    const lost = coverage.report!.soleHolderSkills.get(igor.id)!.length
    storage.resetCounters()
    coverage.setExcluded(igor.id, true)
    expect(coverage.whatIfActive).toBe(true)
    expect(coverage.excludedPeople.map((p) => p.name)).toEqual(['Igor Volkov'])
    expect(coverage.report!.total.uncovered).toBe(before.uncovered + lost)
    expect(coverage.actual!.total).toEqual(before)
    expect(workspace.data!.ratings.get(igor.id)).toBe(levelsBefore)
    expect(workspace.data!.people.find((p) => p.id === igor.id)?.active).toBe(true)
    expect(workspace.canUndo).toBe(false)
    await workspace.whenSaved()
    expect(storage.writeTransactions()).toBe(0)
    coverage.resetWhatIf()
    expect(coverage.whatIfActive).toBe(false)
    expect(coverage.report!.total).toEqual(before)
  })

  it('applies the what-if to the heatmap too', async () => {
    const { workspace, coverage, maria } = await opened()
    const counted = (rows: typeof coverage.heatmap) => rows[0]!.counts.reduce((a, b) => a + b, rows[0]!.notAssessed)
    const active = workspace.data!.people.filter((p) => p.active).length
    expect(counted(coverage.heatmap)).toBe(active)
    coverage.setExcluded(maria.id, true)
    expect(counted(coverage.heatmap)).toBe(active - 1)
  })

  it('drops the what-if when the workspace is replaced', async () => {
    const { workspace, coverage, maria } = await opened()
    coverage.setExcluded(maria.id, true)
    await workspace.resetToDemo()
    expect(coverage.whatIfActive).toBe(false)
    expect(coverage.excluded.size).toBe(0)
  })
})
