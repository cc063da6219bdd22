import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { withFreshIds } from '../domain/cloneWorkspace'
import { newId } from '../domain/ids'
import type { WorkspaceData } from '../domain/types'
import type { BackupContents, BackupProblemCode } from '../io/backup'
import { MAX_BACKUP_BYTES } from '../io/limits'
import type { ExportFile } from './export'
import { useNoticeStore } from './notices'
import { useStorageStatusStore } from './storageStatus'
import { useWorkspaceStore } from './workspace'
import { bundledFramework } from './framework'

export interface BackupProblem {
  code: BackupProblemCode | 'unreadable' | 'tooLarge'
  path: string
}

/** The workspace's backup file: written, read and validated, restored. The backup code loads on first use. */
export const useBackupStore = defineStore('backup', () => {
  const workspace = useWorkspaceStore()
  const storage = useStorageStatusStore()
  const notices = useNoticeStore()

  const backupProblem = ref<BackupProblem | null>(null)

  async function backupFile(): Promise<ExportFile | null> {
    const data = workspace.data
    if (!data) return null
    const [{ exportFileName }, { backupJson }] = await Promise.all([import('../io/exportCsv'), import('../io/backup')])
    storage.recordExport()
    return {
      name: exportFileName(data.workspace.name, 'backup', 'json'),
      type: 'application/json',
      text: backupJson(data, new Date()),
    }
  }

  /** Reads and validates a backup; on refusal `backupProblem` names the path of the problem. */
  async function readBackup(file: Blob): Promise<BackupContents | null> {
    backupProblem.value = null
    if (file.size > MAX_BACKUP_BYTES) {
      backupProblem.value = { code: 'tooLarge', path: '' }
      return null
    }
    const { BackupError, parseBackup } = await import('../io/backup')
    try {
      return parseBackup(await file.text(), { catalogue: bundledFramework().catalogue })
    } catch (error) {
      backupProblem.value =
        error instanceof BackupError ? { code: error.code, path: error.path } : { code: 'unreadable', path: '' }
      return null
    }
  }

  /**
   * Restores a backup INTO the open workspace (its id and name stay; everything else is the
   * backup's, with fresh ids): one transaction replaces the stored content, so it is all or
   * nothing; then the workspace is loaded again. Not undoable — the dialog asks first.
   */
  async function restoreBackup(backup: WorkspaceData): Promise<boolean> {
    if (!workspace.data) return false
    try {
      // One transaction replaces the stored content (ids fresh, the open workspace's id and name kept).
      await workspace.replaceContent(withFreshIds(backup, newId))
    } catch (error) {
      console.error('Skillgrid could not restore the backup:', error)
      notices.show('error', 'importExport.backup.restoreFailed', {}, 15000)
      return false
    }
    notices.show('success', 'importExport.backup.restored', {
      people: backup.people.length,
      skills: backup.skills.length,
    })
    return true
  }

  return { backupProblem, backupFile, readBackup, restoreBackup }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useBackupStore, import.meta.hot))
