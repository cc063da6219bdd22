import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { changesColumns, peopleTouched } from '../domain/changes'
import {
  computeCoverage,
  coverageSteps,
  personById,
  updateCoverage,
  type CoverageReport,
  type CoverageTotals,
} from '../domain/coverage'
import { levelHeatmap, updateHeatmap, type HeatmapRow } from '../domain/levelHeatmap'
import { effectiveData, selfOnlyBySkill, selfOnlyHoldings, updateSelfOnlyBySkill } from '../domain/sources'
import { alsoGone, staleAt, staleCutoff, staleSummary, type StaleCoverage } from '../domain/staleness'
import type { Id, Person, WorkspaceData } from '../domain/types'
import { runInSlices } from '../platform/nextTask'
import { useWorkspaceStore, type WorkspaceEvent } from './workspace'

const NOBODY: ReadonlySet<Id> = new Set()
const NO_PEOPLE: readonly never[] = []

/** A change touching more people than this is recounted in full (one tight pass beats per-person work). */
const INCREMENTAL_PEOPLE = 1000
/** Cells above which a change's full recount goes in slices between paints (10 M cells are ~50 ms). */
const SLICED_RECOUNT_CELLS = 2_000_000

/** A figure kept in step with the data it was made from (and the what-if set it was made with). */
interface Kept<T> {
  data: WorkspaceData
  excluded: ReadonlySet<Id>
  value: T
}

/**
 * Coverage of the open workspace, plus a what-if set of people treated as gone. A cell edit costs
 * O(changed cells × skills), not O(team): the coverage, the what-if coverage, the heat map and the
 * self-only holders are updated from the people the change touched (`update*` in src/domain,
 * property-tested against a full recount); skills, categories, the rating source or a big change
 * recount in full. Figures no page reads are not kept up to date, only made when first read.
 */
export const useCoverageStore = defineStore('coverage', () => {
  const workspace = useWorkspaceStore()

  /** People the what-if treats as gone; kept in memory only, never written. */
  const excluded = shallowRef<ReadonlySet<Id>>(NOBODY)

  /** Coverage as the data stands (the matrix shows this one). */
  const actual = shallowRef<CoverageReport | null>(workspace.effective ? computeCoverage(workspace.effective) : null)
  /** The effective data `actual` was counted from. */
  let actualFor: WorkspaceData | null = workspace.effective

  /** People of the workspace currently excluded (ids of deleted people drop out). */
  let excludedKept: { people: readonly Person[]; excluded: ReadonlySet<Id>; value: Person[] } | null = null
  const excludedPeople = computed(() => {
    const people = workspace.data?.people
    const set = excluded.value
    if (!people || set.size === 0) return NO_PEOPLE
    // A cell edit keeps the people list: the filter over the team is not run again.
    if (excludedKept?.people !== people || excludedKept.excluded !== set)
      excludedKept = { people, excluded: set, value: people.filter((p) => set.has(p.id)) }
    return excludedKept.value
  })
  const whatIfActive = computed(() => excludedPeople.value.length > 0)

  // Kept figures, each valid for the data (and what-if set) it names; the onChange below moves them on.
  let whatIfKept: Kept<CoverageReport> | null = null
  let heatmapKept: Kept<HeatmapRow[]> | null = null
  let selfOnlyKept: Kept<Map<Id, Set<Id>>> | null = null
  let selfOnlyWhatIfKept: Kept<Map<Id, Set<Id>>> | null = null
  /** Coverage without the stale ratings, at a fixed cutoff, and how many counted people are stale. */
  let staleKept: {
    data: WorkspaceData
    raw: WorkspaceData
    excluded: ReadonlySet<Id>
    months: number
    cutoff: number
    people: number
    without: CoverageReport
  } | null = null

  /** The kept value when it was made from `data` and `set`, else a fresh one (then kept). */
  function reuse<T>(kept: Kept<T> | null, data: WorkspaceData, set: ReadonlySet<Id>, make: () => T): Kept<T> {
    return kept && kept.data === data && kept.excluded === set ? kept : { data, excluded: set, value: make() }
  }

  /** Coverage with the what-if applied: the Coverage and People pages show this one. */
  const report = computed<CoverageReport | null>(() => {
    const data = workspace.effective
    if (!data || !whatIfActive.value) return actual.value
    whatIfKept = reuse(whatIfKept, data, excluded.value, () => computeCoverage({ ...data, excluded: excluded.value }))
    return whatIfKept.value
  })

  /**
   * How much of the coverage (with the what-if) rests on stale ratings: stale people counted, holder
   * ratings, the stale share and the skills at stake, at `cutoff` (fixed when first counted, so an
   * edit moves it on instead of counting the team again). Null without data.
   */
  const staleness = computed<(StaleCoverage & { people: number; cutoff: number }) | null>(() => {
    const raw = workspace.data
    const data = workspace.effective
    const withStale = report.value
    if (!raw || !data || !withStale) return null
    const set = excluded.value
    const months = raw.workspace.staleAfterMonths
    if (staleKept?.data !== data || staleKept.excluded !== set || staleKept.months !== months) {
      const cutoff = staleCutoff(Date.now(), months)
      const stale = staleAt(raw.ratings, cutoff)
      staleKept = {
        data,
        raw,
        excluded: set,
        months,
        cutoff,
        people: raw.people.filter((p) => p.active && !set.has(p.id) && stale.has(p.id)).length,
        without: computeCoverage({ ...data, excluded: alsoGone(set, stale) }),
      }
    }
    return { ...staleSummary(withStale, staleKept.without), people: staleKept.people, cutoff: staleKept.cutoff }
  })

  const heatmap = computed(() => {
    const data = workspace.effective
    if (!data) return []
    heatmapKept = reuse(heatmapKept, data, excluded.value, () => levelHeatmap({ ...data, excluded: excluded.value }))
    return heatmapKept.value
  })

  /** Skill id → the people who hold it on their self-assessment only, as the data stands (the matrix). */
  const actualSelfOnly = computed(() => {
    const data = workspace.data
    if (!data) return new Map<Id, Set<Id>>()
    selfOnlyKept = reuse(selfOnlyKept, data, NOBODY, () => selfOnlyBySkill(selfOnlyHoldings(data)))
    return selfOnlyKept.value
  })

  /** The same with the what-if applied (Coverage and People pages). */
  const selfOnly = computed(() => {
    const data = workspace.data
    if (!data || !whatIfActive.value) return actualSelfOnly.value
    const set = excluded.value
    selfOnlyWhatIfKept = reuse(selfOnlyWhatIfKept, data, set, () => selfOnlyBySkill(selfOnlyHoldings(data, set)))
    return selfOnlyWhatIfKept.value
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

  /** The people a delta event touched, when few enough and the columns and rating source stay. */
  function touchedPeople(event: WorkspaceEvent, before: WorkspaceData | null, after: WorkspaceData | null) {
    if (event.kind !== 'delta' || !before || !after || changesColumns(event.delta)) return null
    if (before.workspace.ratingSource !== after.workspace.ratingSource || before.skills !== after.skills) return null
    const touched = peopleTouched(event.delta)
    return touched.size <= INCREMENTAL_PEOPLE ? touched : null
  }

  /** Moves a kept figure on to `after` when it was made from `before`; else drops it (made again when read). */
  function moveOn<T>(
    kept: Kept<T> | null,
    before: WorkspaceData | null,
    after: WorkspaceData | null,
    touched: ReadonlySet<Id> | null,
    update: (value: T, before: WorkspaceData, after: WorkspaceData, set: ReadonlySet<Id>) => T,
  ): Kept<T> | null {
    if (!kept || !touched || !before || !after || kept.data !== before) return null
    return { data: after, excluded: kept.excluded, value: update(kept.value, before, after, kept.excluded) }
  }

  /** A big change's full recount, a slice of people per task; later events wait for it (it returns a promise). */
  async function recountInSlices(after: WorkspaceData) {
    const report = await runInSlices(coverageSteps(after))
    // Set even if the data moved on meanwhile: the event that moved it, held behind this one, starts from here.
    actual.value = report
    actualFor = after
  }

  // Kept in step with every change, before anything reads the figures again.
  workspace.onChange((event) => {
    const before = actualFor
    const after = workspace.effective
    const touched = touchedPeople(event, before, after)
    let recounting: Promise<void> | undefined
    if (touched && before && after && actual.value)
      actual.value = touched.size ? updateCoverage(actual.value, before, after, touched) : actual.value
    else if (after && event.kind === 'delta' && after.people.length * after.skills.length > SLICED_RECOUNT_CELLS)
      recounting = recountInSlices(after)
    else actual.value = after ? computeCoverage(after) : null
    if (!recounting) actualFor = after
    whatIfKept = moveOn(whatIfKept, before, after, touched, (value, b, a, set) =>
      updateCoverage(value, { ...b, excluded: set }, { ...a, excluded: set }, touched ?? []),
    )
    heatmapKept = moveOn(heatmapKept, before, after, touched, (value, b, a, set) =>
      updateHeatmap(value, { ...b, excluded: set }, { ...a, excluded: set }, touched ?? []),
    )
    // Self-only holdings read the lead's and the self levels apart: the raw data, not the effective.
    const raw = workspace.data
    const rawBefore = selfOnlyKept?.data ?? null
    selfOnlyKept = moveOn(selfOnlyKept, rawBefore, raw, touched, (value, _b, a, set) =>
      updateSelfOnlyBySkill(value, a, touched ?? [], set),
    )
    const rawWhatIfBefore = selfOnlyWhatIfKept?.data ?? null
    selfOnlyWhatIfKept = moveOn(selfOnlyWhatIfKept, rawWhatIfBefore, raw, touched, (value, _b, a, set) =>
      updateSelfOnlyBySkill(value, a, touched ?? [], set),
    )
    staleKept =
      staleKept && touched && before && after && workspace.data
        ? staleMovedOn(staleKept, before, after, workspace.data, touched)
        : null
    // Another workspace (or a reset one) has other people: a what-if never carries over.
    if (event.kind === 'reload') resetWhatIf()
    return recounting
  })

  /** The stale figures moved on to `after` (effective) and `raw` for the touched people, at the same cutoff. */
  function staleMovedOn(
    kept: NonNullable<typeof staleKept>,
    before: WorkspaceData,
    after: WorkspaceData,
    raw: WorkspaceData,
    touched: ReadonlySet<Id>,
  ) {
    if (kept.data !== before || kept.months !== raw.workspace.staleAfterMonths) return null
    const set = kept.excluded
    const staleBefore = staleAt(kept.raw.ratings, kept.cutoff)
    const staleAfter = staleAt(raw.ratings, kept.cutoff)
    const counted = (data: WorkspaceData, stale: Pick<ReadonlySet<Id>, 'has'>, id: Id) => {
      const person = personById(data.people, id)
      return person !== undefined && person.active && !set.has(id) && stale.has(id) ? 1 : 0
    }
    let people = kept.people
    for (const id of touched) people += counted(raw, staleAfter, id) - counted(kept.raw, staleBefore, id)
    const without = updateCoverage(
      kept.without,
      { ...kept.data, excluded: alsoGone(set, staleBefore) },
      { ...after, excluded: alsoGone(set, staleAfter) },
      touched,
    )
    return { ...kept, data: after, raw, people, without }
  }

  /** The coverage totals of `data` when they are already counted (a snapshot of it need not count again). */
  function totalsFor(data: WorkspaceData): CoverageTotals | null {
    return actual.value && actualFor === effectiveData(data) ? actual.value.total : null
  }

  return {
    totalsFor,
    excluded,
    actual,
    excludedPeople,
    whatIfActive,
    report,
    heatmap,
    staleness,
    actualSelfOnly,
    selfOnly,
    setExcluded,
    resetWhatIf,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useCoverageStore, import.meta.hot))
