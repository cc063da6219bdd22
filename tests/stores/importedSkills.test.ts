import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useHistoryStore } from '../../src/stores/history'
import { useImportStore } from '../../src/stores/import'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { freshPinia, instrumentedDb } from './helpers'

const fixture = (...parts: string[]) =>
  new File([readFileSync(join(import.meta.dirname, '../fixtures', ...parts))], parts.at(-1) ?? 'file.csv')

beforeEach(() => {
  freshPinia()
  instrumentedDb()
  localStorage.clear()
})

// The import's snapshot is stored after the commit returns: the next test starts once it is.
afterEach(async () => {
  await useWorkspaceStore().whenSaved()
  await vi.waitFor(() => expect(useHistoryStore().saving).toBe(false))
})

describe('the skills an import wrote (the matrix scrolls to the first)', () => {
  it('lists the skills the commit added and the stored ones it matched', async () => {
    const workspace = useWorkspaceStore()
    await workspace.init()
    const importStore = useImportStore()
    await importStore.openFile(fixture('csv', 'google-sheets-categories.csv'))
    const matched = importStore.resolution!.skills.flatMap((s) => (s.existing ? [s.existing.id] : []))
    expect(matched.length).toBeGreaterThan(0)
    expect(importStore.lastImportedSkills).toBeNull()

    expect(await importStore.commit()).toBe(true)
    const grantWriting = workspace.data!.skills.find((s) => s.name === 'Grant writing')
    expect(importStore.lastImportedSkills).toEqual({ added: [grantWriting?.id], matched })
  })

  it('stays as it was when nothing is committed', async () => {
    await useWorkspaceStore().init()
    const importStore = useImportStore()
    await importStore.openFile(fixture('csv', 'google-sheets-categories.csv'))
    importStore.cancel()
    expect(importStore.lastImportedSkills).toBeNull()
  })
})
