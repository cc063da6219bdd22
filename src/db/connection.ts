import type { SkillgridDb } from './db'

export interface ConnectionEvents {
  /** Another tab opened a newer schema: this tab must stop writing and reload. */
  onVersionChange: () => void
  /** This tab's upgrade waits for other tabs to close. */
  onBlocked: () => void
}

/**
 * Dexie 4 would quietly reopen the newer database in an old tab (dexie#2097) and write old-shaped
 * rows into it; instead close for good and let the UI ask for a reload.
 */
export function watchConnection(db: SkillgridDb, events: ConnectionEvents): void {
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true })
    events.onVersionChange()
    return false
  })
  db.on('blocked', () => events.onBlocked())
}
