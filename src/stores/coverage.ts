import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { computeCoverage, recomputeSkills, skillsAffectedBy, type CoverageReport } from '../domain/coverage'
import { levelHeatmap } from '../domain/levelHeatmap'
import { selfOnlyBySkill, selfOnlyHoldings } from '../domain/sources'
import type { Id } from '../domain/types'
import { useWorkspaceStore } from './workspace'

const NOBODY: ReadonlySet<Id> = new Set()

/** Coverage of the open workspace, recomputed on every change, plus a what-if set of people treated as gone. */
export const useCoverageStore = defineStore('coverage', () => {
  const workspace = useWorkspaceStore()

  /** People the what-if treats as gone; kept in memory only, never written. */
  const excluded = shallowRef<ReadonlySet<Id>>(NOBODY)

  /** Coverage as the data stands (the matrix shows this one). */
  const actual = shallowRef<CoverageReport | null>(workspace.effective ? computeCoverage(workspace.effective) : null)

  /** People of the workspace currently excluded (ids of deleted people drop out). */
  const excludedPeople = computed(() => workspace.data?.people.filter((p) => excluded.value.has(p.id)) ?? [])
  const whatIfActive = computed(() => excludedPeople.value.length > 0)

  /** Coverage with the what-if applied: the Coverage and People pages show this one. */
  const report = computed<CoverageReport | null>(() => {
    const data = workspace.effective
    if (!data || !whatIfActive.value) return actual.value
    return computeCoverage({ ...data, excluded: excluded.value })
  })

  const heatmap = computed(() => {
    const data = workspace.effective
    return data ? levelHeatmap({ ...data, excluded: excluded.value }) : []
  })

  /** Skill id → the people who hold it on their self-assessment only, as the data stands (the matrix). */
  const actualSelfOnly = computed(() => {
    const data = workspace.data
    return selfOnlyBySkill(data ? selfOnlyHoldings(data) : [])
  })

  /** The same with the what-if applied (Coverage and People pages). */
  const selfOnly = computed(() => {
    const data = workspace.data
    if (!data || !whatIfActive.value) return actualSelfOnly.value
    return selfOnlyBySkill(selfOnlyHoldings(data, excluded.value))
  })

  function setExcluded(personId: Id, gone: boolean) {
    if (excluded.value.has(personId) === gone) return
    const next = new Set(excluded.value)
    if (gone) next.add(personId)
    else next.delete(personId)
    excluded.value = next
  }

  function resetWhatIf() {
    excluded.value = NOBODY
  }

  // Kept in step with every change: a cell edit recounts only its skill (500,000 cells take ~3 ms).
  workspace.onChange((event) => {
    const data = workspace.effective
    const affected = event.kind === 'delta' && data ? skillsAffectedBy(event.delta, data.skills) : null
    if (affected && actual.value && data) {
      if (affected.size) actual.value = recomputeSkills(actual.value, data, affected)
    } else actual.value = data ? computeCoverage(data) : null
    // Another workspace (or a reset one) has other people: a what-if never carries over.
    if (event.kind === 'reload') resetWhatIf()
  })

  return {
    excluded,
    actual,
    excludedPeople,
    whatIfActive,
    report,
    heatmap,
    actualSelfOnly,
    selfOnly,
    setExcluded,
    resetWhatIf,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useCoverageStore, import.meta.hot))
