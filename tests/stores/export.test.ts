import { beforeEach, describe, expect, it } from 'vitest'
import { useExportStore } from '../../src/stores/export'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { freshPinia, instrumentedDb } from './helpers'

async function opened() {
  const workspace = useWorkspaceStore()
  await workspace.init()
  await workspace.whenSaved()
  return { workspace, exportStore: useExportStore() }
}

beforeEach(() => {
  freshPinia()
  instrumentedDb()
  localStorage.clear()
})

describe('exports', () => {
  it('names files after the workspace and remembers when the last export was made', async () => {
    const { exportStore } = await opened()
    const file = await exportStore.csvFile('long')
    expect(file?.name).toBe('skillgrid-Demo-community-team-long.csv')
    expect(file?.text.startsWith('\uFEFFperson,email,team,category,skill,level,interest\r\n')).toBe(true)
    expect(localStorage.getItem('skillgrid.lastExportAt')).not.toBeNull()
  })
})
