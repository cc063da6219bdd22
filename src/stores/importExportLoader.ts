import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { loadAreas } from '../i18n'

/**
 * Loads the import, export and backup stores on first use, with their messages: their code stays
 * out of the first load. Those stores hold their own state; this one only says what is loaded.
 */
export const useImportExportLoaderStore = defineStore('importExportLoader', () => {
  /** True once the import store is loaded in this tab: the wizard can show. */
  const importLoaded = ref(false)

  async function importStore() {
    const [{ useImportStore }] = await Promise.all([import('./import'), loadAreas(['importExport'])])
    importLoaded.value = true
    return useImportStore()
  }

  async function exportStore() {
    const [{ useExportStore }] = await Promise.all([import('./export'), loadAreas(['importExport'])])
    return useExportStore()
  }

  async function backupStore() {
    const [{ useBackupStore }] = await Promise.all([import('./backup'), loadAreas(['importExport'])])
    return useBackupStore()
  }

  /** Loads the import code and starts a parse worker ahead of the first import (at idle). */
  async function prefetchImport() {
    await (await importStore()).prewarmWorker()
  }

  return { importLoaded, importStore, exportStore, backupStore, prefetchImport }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useImportExportLoaderStore, import.meta.hot))
