import type * as DexieStorage from './dexieStorage'

/** Everything of storage that needs Dexie (`dexieStorage.ts`), as the lazy entry hands it out. */
export type StorageApi = typeof DexieStorage

let loading: Promise<StorageApi> | null = null

/**
 * The Dexie-backed storage, loaded on first use. A reload shows the matrix from the early read
 * (bare IndexedDB) before Dexie, about 30 KB of gzip, is fetched and parsed.
 */
export function loadStorage(): Promise<StorageApi> {
  loading ??= import('./dexieStorage')
  return loading
}
