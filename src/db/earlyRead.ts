import { DB_NAME, META_KEYS } from './names'
import type { WorkspaceRows } from './workspaceRows'

/** What the early reader found: the last used workspace's rows and every workspace record. */
export interface EarlyRead {
  workspaceId: string
  rows: WorkspaceRows
  workspaces: unknown[]
  /** The tab journal's last entry when the rows were read (0: none, or a database before v6). */
  journalSeq: number
}

const STORES = ['meta', 'workspaces', 'categories', 'skills', 'memberBlocks', 'roles', 'resources'] as const
/** Present from schema v8 on: an older database is read through Dexie, which upgrades it first. */
const CURRENT_SCHEMA_STORE = 'memberBlocks'

const JOURNAL_STORE = 'tabJournal'

async function lastKey(store: IDBObjectStore): Promise<number> {
  const cursor = await request(store.openKeyCursor(null, 'prev'))
  return typeof cursor?.key === 'number' ? cursor.key : 0
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

/**
 * Reads the last used workspace with the bare IndexedDB API, started by a tiny script of its own
 * while the app's JavaScript is still loading (the reload budget). It never creates or upgrades
 * the database: anything unexpected gives null and the app reads through Dexie as usual.
 */
export async function readEarly(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<EarlyRead | null> {
  if (!factory) return null
  const db = await new Promise<IDBDatabase | null>((resolve) => {
    const open = factory.open(DB_NAME)
    // No database yet (first run): abort, so that Dexie creates it with its own versioning.
    open.onupgradeneeded = () => open.transaction?.abort()
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => resolve(null)
    open.onblocked = () => resolve(null)
  })
  if (!db) return null
  try {
    if (![...STORES, CURRENT_SCHEMA_STORE].every((name) => db.objectStoreNames.contains(name))) return null
    const hasJournal = db.objectStoreNames.contains(JOURNAL_STORE)
    const tx = db.transaction(hasJournal ? [...STORES, JOURNAL_STORE] : [...STORES], 'readonly')
    // In the same transaction as the rows: changes after it are the ones the tab must replay.
    const journalSeq = hasJournal ? await lastKey(tx.objectStore(JOURNAL_STORE)) : 0
    const meta = (await request(tx.objectStore('meta').get(META_KEYS.lastWorkspaceId))) as
      { value?: unknown } | undefined
    const workspaces = await request(tx.objectStore('workspaces').getAll())
    const ids = workspaces.map((w) => (w as { id?: unknown }).id).filter((id): id is string => typeof id === 'string')
    const workspaceId = typeof meta?.value === 'string' && ids.includes(meta.value) ? meta.value : ids[0]
    if (!workspaceId) return null
    const byWorkspace = (store: string) => request(tx.objectStore(store).index('workspaceId').getAll(workspaceId))
    const [categories, skills, memberBlocks, roles, resources] = await Promise.all([
      byWorkspace('categories'),
      byWorkspace('skills'),
      request(tx.objectStore('memberBlocks').getAll(IDBKeyRange.bound([workspaceId, 0], [workspaceId, Infinity]))),
      byWorkspace('roles'),
      byWorkspace('resources'),
    ])
    const workspace = workspaces.find((w) => (w as { id?: unknown }).id === workspaceId)
    return {
      workspaceId,
      workspaces,
      rows: { workspace, categories, skills, memberBlocks, roles, resources },
      journalSeq,
    }
  } catch {
    return null
  } finally {
    // Close at once: a lingering connection would block Dexie's upgrades.
    db.close()
  }
}

const EARLY_KEY = '__skillgridEarlyRead'

/** Starts the early read (called by the tiny early entry script). */
export function startEarlyRead(): void {
  ;(globalThis as Record<string, unknown>)[EARLY_KEY] = readEarly().catch(() => null)
}

/** The early read's result, once; null when there was none. */
export async function takeEarlyRead(): Promise<EarlyRead | null> {
  const holder = globalThis as Record<string, unknown>
  const pending = holder[EARLY_KEY]
  delete holder[EARLY_KEY]
  return pending instanceof Promise ? ((await pending) as EarlyRead | null) : null
}
