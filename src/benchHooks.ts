import type { Pinia } from 'pinia'
import { watch } from 'vue'
import { useHistoryStore } from './stores/history'
import { useWorkspaceStore } from './stores/workspace'

/** What `npm run bench` reads from the running app (installed only with `?bench` in the URL). */
export interface BenchHooks {
  whenSaved: () => Promise<void>
  peopleCount: () => number
  personIdAt: (index: number) => string | null
  skillSlot: (skillId: string) => number | null
  /** performance.now() when this tab last added a stored snapshot to its list, or null. */
  snapshotStoredAt: () => number | null
}

declare global {
  interface Window {
    __skillgrid?: BenchHooks
  }
}

export function installBenchHooks(pinia: Pinia): void {
  const workspace = useWorkspaceStore(pinia)
  const history = useHistoryStore(pinia)
  let storedAt: number | null = null
  // The list grows by one right after a snapshot's transaction completed (reading the list sets it too).
  watch(
    () => history.snapshots.length,
    (length, before) => {
      if (length > before) storedAt = performance.now()
    },
    { flush: 'sync' },
  )
  window.__skillgrid = {
    snapshotStoredAt: () => storedAt,
    whenSaved: () => workspace.whenSaved(),
    peopleCount: () => workspace.data?.people.length ?? 0,
    personIdAt: (index) => workspace.data?.people[index]?.id ?? null,
    skillSlot: (skillId) => workspace.data?.skills.find((s) => s.id === skillId)?.slot ?? null,
  }
}
