import { ref } from 'vue'
import { loadStorage, type StorageApi } from '../../db/lazyStorage'

/** Dexie, loaded on first use, with this tab watching its connection. */
export function createStorageConnection() {
  /** Another tab upgraded the database: this tab stops writing until reloaded. */
  const outdated = ref(false)
  /** Our upgrade waits for other tabs to close. */
  const blocked = ref(false)
  let storageReady: Promise<StorageApi> | null = null

  function storage(): Promise<StorageApi> {
    storageReady ??= loadStorage().then((loaded) => {
      loaded.watchConnection(loaded.getDb(), {
        onVersionChange: () => {
          outdated.value = true
        },
        onBlocked: () => {
          blocked.value = true
        },
      })
      return loaded
    })
    return storageReady
  }

  return { outdated, blocked, storage }
}

export type StorageConnection = ReturnType<typeof createStorageConnection>
