import { shallowRef } from 'vue'
import { loadAreas } from '../i18n'
import type { useImportExportStore } from '../stores/importExport'

type ImportExportStore = ReturnType<typeof useImportExportStore>

const store = shallowRef<ImportExportStore | null>(null)

/**
 * The import/export store, loaded on first use: the import domain and wizard state stay out of
 * the first load. `store` is null until something imported or exported in this session.
 */
export function useImportExport() {
  async function load(): Promise<ImportExportStore> {
    if (!store.value) {
      const [module] = await Promise.all([import('../stores/importExport'), loadAreas(['importExport'])])
      store.value = module.useImportExportStore()
    }
    return store.value
  }
  /** Loads the import code and starts a parse worker ahead of the first import (at idle). */
  async function prefetch() {
    await load()
    const { prewarmImportWorker } = await import('../io/importEngine')
    prewarmImportWorker()
  }

  return { store, load, prefetch }
}
