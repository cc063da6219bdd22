import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { STORAGE_KEYS } from '../db/names'

export type PersistState = 'unknown' | 'persisted' | 'not-persisted' | 'unsupported'

/** How safe this browser keeps the data: persistent storage, space used, last export. */
export const useStorageStatusStore = defineStore('storageStatus', () => {
  const persist = ref<PersistState>('unknown')
  const usageBytes = ref<number | null>(null)
  const quotaBytes = ref<number | null>(null)
  const lastExportAt = ref<number | null>(Number(globalThis.localStorage?.getItem(STORAGE_KEYS.lastExportAt)) || null)

  /** Asks once per start for persistent storage (Chrome decides by engagement; Safari by install). */
  async function requestPersistence() {
    const storage = globalThis.navigator?.storage
    if (!storage?.persist) {
      persist.value = 'unsupported'
      return
    }
    try {
      const already = storage.persisted ? await storage.persisted() : false
      persist.value = already || (await storage.persist()) ? 'persisted' : 'not-persisted'
    } catch {
      persist.value = 'not-persisted'
    }
    await refreshEstimate()
  }

  async function refreshEstimate() {
    const estimate = await globalThis.navigator?.storage?.estimate?.().catch(() => null)
    usageBytes.value = estimate?.usage ?? null
    quotaBytes.value = estimate?.quota ?? null
  }

  function recordExport(at = Date.now()) {
    lastExportAt.value = at
    globalThis.localStorage?.setItem(STORAGE_KEYS.lastExportAt, String(at))
  }

  return { persist, usageBytes, quotaBytes, lastExportAt, requestPersistence, refreshEstimate, recordExport }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useStorageStatusStore, import.meta.hot))
