import type { Pinia } from 'pinia'
import { useWorkspaceStore } from './stores/workspace'

/** What `npm run bench` reads from the running app (installed only with `?bench` in the URL). */
export interface BenchHooks {
  whenSaved: () => Promise<void>
  peopleCount: () => number
  personIdAt: (index: number) => string | null
  skillSlot: (skillId: string) => number | null
}

declare global {
  interface Window {
    __skillgrid?: BenchHooks
  }
}

export function installBenchHooks(pinia: Pinia): void {
  const workspace = useWorkspaceStore(pinia)
  window.__skillgrid = {
    whenSaved: () => workspace.whenSaved(),
    peopleCount: () => workspace.data?.people.length ?? 0,
    personIdAt: (index) => workspace.data?.people[index]?.id ?? null,
    skillSlot: (skillId) => workspace.data?.skills.find((s) => s.id === skillId)?.slot ?? null,
  }
}
