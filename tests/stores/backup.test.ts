import { beforeEach, describe, expect, it } from 'vitest'
import { loadWorkspace } from '../../src/db/workspaceRepo'
import { MAX_BACKUP_BYTES } from '../../src/io/limits'
import { useBackupStore } from '../../src/stores/backup'
import { useMatrixStore } from '../../src/stores/matrix'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { dumpDb, freshPinia, instrumentedDb, quotaError, readable, type InstrumentedDb } from './helpers'

let storage: InstrumentedDb

async function opened() {
  const workspace = useWorkspaceStore()
  await workspace.init()
  await workspace.whenSaved()
  return { workspace, backups: useBackupStore() }
}

const stored = async (workspace: ReturnType<typeof useWorkspaceStore>) =>
  loadWorkspace(storage.db, workspace.data!.workspace.id)

beforeEach(() => {
  freshPinia()
  storage = instrumentedDb()
  localStorage.clear()
})

describe('backup and restore', () => {
  it('restores a backup into the open workspace atomically, its name kept, undo cleared', async () => {
    const { workspace, backups } = await opened()
    const original = readable(workspace.data)
    const backup = await backups.backupFile()
    useMatrixStore().editPerson(workspace.data!.people[0]!.id, { name: 'Changed after the backup' })
    await workspace.whenSaved()
    const contents = await backups.readBackup(new Blob([backup!.text]))
    expect(contents).not.toBeNull()
    storage.resetCounters()
    expect(await backups.restoreBackup(contents!.data)).toBe(true)
    expect(storage.writeTransactions()).toBe(1)
    expect(readable(workspace.data)).toEqual(original)
    expect(readable(await stored(workspace))).toEqual(original)
    expect(workspace.data!.workspace.name).toBe('Demo community team')
    expect(workspace.canUndo).toBe(false)
  })

  it('refuses a corrupt backup, naming the path of the problem, and changes nothing', async () => {
    const { backups } = await opened()
    const backup = JSON.parse((await backups.backupFile())!.text)
    backup.skills[5].target.level = 9
    const before = await dumpDb(storage.db)
    expect(await backups.readBackup(new Blob([JSON.stringify(backup)]))).toBeNull()
    expect(backups.backupProblem).toEqual({ code: 'outOfRange', path: 'skills[5].target.level' })
    expect(await dumpDb(storage.db)).toEqual(before)
  })

  it('refuses a backup over the size limit without reading it', async () => {
    const { backups } = await opened()
    const huge = {
      size: MAX_BACKUP_BYTES + 1,
      text: () => Promise.reject(new Error('a file over the limit must not be read')),
    } as unknown as Blob
    expect(await backups.readBackup(huge)).toBeNull()
    expect(backups.backupProblem).toEqual({ code: 'tooLarge', path: '' })
  })

  it('leaves the workspace as it was when the restore cannot be written', async () => {
    const { workspace, backups } = await opened()
    const contents = await backups.readBackup(new Blob([(await backups.backupFile())!.text]))
    useMatrixStore().editPerson(workspace.data!.people[0]!.id, { name: 'Kept' })
    await workspace.whenSaved()
    const before = await dumpDb(storage.db)
    storage.failWritesWith(quotaError())
    expect(await backups.restoreBackup(contents!.data)).toBe(false)
    expect(await dumpDb(storage.db)).toEqual(before)
    expect(workspace.data!.people[0]!.name).toBe('Kept')
  })

  it('#10 leaves the data as it was when the restore fails half way, after some of its writes', async () => {
    const { workspace, backups } = await opened()
    const contents = await backups.readBackup(new Blob([(await backups.backupFile())!.text]))
    useMatrixStore().editPerson(workspace.data!.people[0]!.id, { name: 'Kept' })
    await workspace.whenSaved()
    const before = await dumpDb(storage.db)
    for (const after of [1, 3, 5]) {
      storage.resetCounters()
      storage.failWritesAfter(after, quotaError())
      expect(await backups.restoreBackup(contents!.data)).toBe(false)
      storage.failWritesWith(null)
      // Some writes of the restore's transaction went through before the failure; none of them stayed.
      expect(Object.values(storage.writes()).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0)
      expect(await dumpDb(storage.db)).toEqual(before)
      expect(workspace.data!.people[0]!.name).toBe('Kept')
    }
  })
})
