import { newId } from '../domain/ids'
import type { Locale } from '../domain/text'
import type { WorkspaceData } from '../domain/types'

/** Name of the seeded demo workspace in the language the user first sees. */
export const DEMO_NAMES: Record<Locale, string> = { en: 'Demo community team', ru: 'Демо-команда сообщества' }

// The framework file and the demo team are needed only when a workspace is created: load them then.
async function seed(name: string, withDemoTeam: boolean, locale: Locale = 'en'): Promise<WorkspaceData> {
  const [{ buildSeedWorkspace }, { bundledFramework }] = await Promise.all([
    import('../domain/seed'),
    import('./framework'),
  ])
  return buildSeedWorkspace(bundledFramework(), { name, now: Date.now(), newId, withDemoTeam, locale })
}

/** The demo team, its people's names, teams and titles in `locale`. */
export function seedDemoWorkspace(name = DEMO_NAMES.en, locale: Locale = 'en'): Promise<WorkspaceData> {
  return seed(name, true, locale)
}

export function seedEmptyWorkspace(name: string): Promise<WorkspaceData> {
  return seed(name, false)
}
