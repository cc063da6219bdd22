import type * as StorageApi from './storageApi'

export type Storage = typeof StorageApi

let loading: Promise<Storage> | null = null

/**
 * The Dexie-backed storage, loaded on first use. A reload shows the matrix from the early read
 * (bare IndexedDB) before Dexie, about 30 KB of gzip, is fetched and parsed.
 */
export function loadStorage(): Promise<Storage> {
  loading ??= import('./storageApi')
  return loading
}
