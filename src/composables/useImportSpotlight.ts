import type { GridApi } from 'ag-grid-community'
import { nextTick, onScopeDispose, watch, type Ref, type ShallowRef } from 'vue'
import type { Id } from '../domain/types'
import type { MatrixRow } from '../grid/matrixRows'
import { useImportExportLoaderStore } from '../stores/importExportLoader'

/** How long the imported column stays marked. */
export const SPOTLIGHT_MS = 2500
/** Frames to wait for the grid to take in the columns the import added. */
const MAX_FRAMES = 30

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/** The first of `ids` in the order the grid shows its columns, or null when it shows none of them. */
export function firstDisplayed(api: GridApi<MatrixRow>, ids: readonly Id[]): Id | null {
  const wanted = new Set(ids)
  return (
    api
      .getAllDisplayedColumns()
      .map((column) => column.getColId())
      .find((id) => wanted.has(id)) ?? null
  )
}

/**
 * After an import commits, scrolls the grid (only as far as needed) to the first skill column it added (else the first
 * stored one it wrote) and marks that column for a moment. The import store is loaded lazily:
 * this listens only once it is.
 */
export function useImportSpotlight(
  api: ShallowRef<GridApi<MatrixRow> | null>,
  gridElement: Readonly<Ref<HTMLElement | null>>,
) {
  const loader = useImportExportLoaderStore()
  let spotlit: Id | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopWatching: (() => void) | null = null
  let disposed = false

  function mark(id: Id | null) {
    const grid = api.value
    const previous = spotlit
    spotlit = id
    if (!grid || grid.isDestroyed()) return
    const columns = [previous, id].filter((colId): colId is Id => colId !== null)
    grid.refreshCells({ columns, force: true })
    // The header cells shown now take the class here; one the grid draws later asks `headerClass`.
    // refreshHeader() would rebuild every header (~20–45 ms at 5,000–50,000 people, issue 16).
    for (const colId of columns)
      for (const cell of gridElement.value?.querySelectorAll(`.ag-header-cell[col-id="${CSS.escape(colId)}"]`) ?? [])
        cell.classList.toggle('col-spotlight', colId === spotlit)
  }

  async function reveal(skills: { added: Id[]; matched: Id[] }) {
    // After the next frame: measuring the grid to scroll it forces a layout (~50 ms at 5,000 people)
    // that would otherwise hold up the import's snapshot write queued in this same task.
    await nextTick()
    await nextFrame()
    for (let frame = 0; frame < MAX_FRAMES && !disposed; frame++) {
      const grid = api.value
      const target = grid && (firstDisplayed(grid, skills.added) ?? firstDisplayed(grid, skills.matched))
      if (grid && target) {
        grid.ensureColumnVisible(target, 'auto')
        mark(target)
        clearTimeout(timer)
        timer = setTimeout(() => mark(null), SPOTLIGHT_MS)
        return
      }
      await nextFrame()
    }
  }

  watch(
    () => loader.importLoaded,
    async (loaded) => {
      if (!loaded || stopWatching) return
      const store = await loader.importStore()
      if (disposed) return
      stopWatching = watch(
        () => store.lastImportedSkills,
        (skills) => void (skills && reveal(skills)),
      )
    },
    { immediate: true },
  )

  onScopeDispose(() => {
    disposed = true
    stopWatching?.()
    clearTimeout(timer)
  })

  return { isSpotlit: (skillId: Id) => spotlit === skillId }
}
