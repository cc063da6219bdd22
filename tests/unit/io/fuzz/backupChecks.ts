import { expect } from 'vitest'
import { withFreshIds } from '../../../../src/domain/cloneWorkspace'
import type { WorkspaceData } from '../../../../src/domain/types'
import { BackupError, backupJson, parseBackup } from '../../../../src/io/backup'
import { pathError } from '../../../fixtures/backupFuzz'
import { hasMessage, timed } from './importChecks'

/** Codes whose refusal is about the whole file: they name no path. */
const FILE_LEVEL = new Set(['notJson'])

/**
 * A backup's text is either read whole — what it gives, written and read again, is the same data,
 * also with fresh ids as a restore writes it — or refused with a BackupError whose message exists
 * in EN and RU and whose path leads into the file. Never another exception, never slow, and no
 * `__proto__` in a file reaches Object.prototype.
 */
export function checkBackupText(text: string): WorkspaceData | null {
  let data: WorkspaceData
  try {
    data = timed('parse backup', () => parseBackup(text)).data
  } catch (error) {
    if (!(error instanceof BackupError)) throw error
    expect(hasMessage(`importExport.backupProblem.${error.code}`), error.code).toBe(true)
    if (FILE_LEVEL.has(error.code)) expect(error.path).toBe('')
    else {
      expect(error.path, `${error.code} names a path`).not.toBe('')
      expect(pathError(text, error.path)).toBeNull()
    }
    return null
  } finally {
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(({} as Record<string, unknown>).__proto__x).toBeUndefined()
  }
  expect(parseBackup(backupJson(data, new Date(0))).data).toEqual(data)
  let id = 0
  const fresh = withFreshIds(data, () => `fresh-${++id}`)
  expect(parseBackup(backupJson(fresh, new Date(0))).data).toEqual(fresh)
  return data
}
