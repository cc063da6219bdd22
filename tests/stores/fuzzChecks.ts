import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { expect, vi } from 'vitest'
import { loadWorkspace } from '../../src/db/workspaceRepo'
import { readTable } from '../../src/io/importSession'
import type { ImportDraft } from '../../src/io/types'
import { useBackupStore } from '../../src/stores/backup'
import { useImportStore } from '../../src/stores/import'
import { useNoticeStore } from '../../src/stores/notices'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { pathError } from '../fixtures/backupFuzz'
import { startTiming, wizardChoicesArb, type WizardChoices } from '../fixtures/importFuzz'
import { expectWithinBounds, hasMessage, locationErrors } from '../unit/io/fuzz/importChecks'
import { dumpDb, freshPinia, instrumentedDb, quotaError, readable, type InstrumentedDb } from './helpers'

// The store half of the fuzz properties (issue 14): a file through the import store, a backup
// through the backup store, each into a fresh fake-indexeddb holding the demo workspace.

/** What the user does once the preview shows. */
export type ImportAction =
  | { kind: 'commit'; mode: 'merge' | 'replace'; skip: boolean; choices?: WizardChoices }
  | { kind: 'failingCommit'; mode: 'merge' | 'replace'; skip: boolean; after: number; choices?: WizardChoices }
  | { kind: 'cancel' }

/** Ends a case: the store stops following other tabs and its database closes, so cases stay as fast as the first. */
async function closed(storage: InstrumentedDb) {
  useWorkspaceStore().dispose()
  storage.db.close()
}

/** The rows the draft was made from: the text as read, or the workbook's sheet. */
async function rowsRead(bytes: Uint8Array, draft: ImportDraft): Promise<string[][]> {
  if (!draft.workbook) return readTable(bytes, { encoding: draft.encoding, delimiter: draft.delimiter }).rows
  const { loadWorkbook, readSheet } = await import('../../src/io/workbook')
  const sheet = (await loadWorkbook(bytes)).getWorksheet(draft.workbook.sheet)
  if (!sheet) throw new Error(`no sheet ${draft.workbook.sheet}`)
  return readSheet(sheet).rows
}

/** Skipping problem rows makes most mutated files committable: the commit is what is under test. */
const skipArb = fc.constantFrom(true, true, false)

/** Now and then the user reads the file another way first (encoding, delimiter, format, scale). */
const choicesArb = fc.option(wizardChoicesArb, { freq: 3, nil: undefined })

export const importActionArb: fc.Arbitrary<ImportAction> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record(
      {
        kind: fc.constant('commit' as const),
        mode: fc.constantFrom('merge' as const, 'replace' as const),
        skip: skipArb,
        choices: choicesArb,
      },
      { requiredKeys: ['kind', 'mode', 'skip'] },
    ),
  },
  {
    weight: 3,
    arbitrary: fc.record(
      {
        kind: fc.constant('failingCommit' as const),
        mode: fc.constantFrom('merge' as const, 'replace' as const),
        skip: skipArb,
        after: fc.noBias(fc.integer({ min: 0, max: 6 })),
        choices: choicesArb,
      },
      { requiredKeys: ['kind', 'mode', 'skip', 'after'] },
    ),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'cancel' as const }) },
)

async function opened(storage: InstrumentedDb) {
  const workspace = useWorkspaceStore()
  await workspace.init()
  await workspace.whenSaved()
  return { workspace, importStore: useImportStore(), before: await dumpDb(storage.db) }
}

/** Rows in any order: people tied on order and name may come back in either. */
const sortedReadable = (value: ReturnType<typeof readable>) =>
  value && { ...value, people: value.people.map((row) => JSON.stringify(row)).sort() }

/** How the user read a fixture: `<file>.choices.json` beside it, else as it opens. */
export function fixtureChoices(folder: string, name: string): WizardChoices | undefined {
  const path = join(folder, `${name}.choices.json`)
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as WizardChoices) : undefined
}

/** Reads the file again the way the user chose, through the wizard's own actions. */
async function choose(importStore: ReturnType<typeof useImportStore>, { read, draft }: WizardChoices) {
  if (read.encoding) await importStore.setEncoding(read.encoding)
  if (read.delimiter) await importStore.setDelimiter(read.delimiter)
  if (draft.format) await importStore.setFormat(draft.format)
  if (draft.scale !== undefined) await importStore.setScale(draft.scale)
  // Column by column, as the user maps them; only as many as the file has.
  for (const [index, role] of (draft.columns ?? []).entries()) {
    const column = importStore.draft?.columns[index]
    if (column && column.role !== role && importStore.columnRoles.includes(role))
      await importStore.setColumnRole(index, role)
  }
}

/** Opens, previews and (maybe) commits one file; checks every promise of the import. */
export async function checkImportThroughStore(bytes: Uint8Array, action: ImportAction) {
  freshPinia()
  localStorage.clear()
  const storage = instrumentedDb()
  const { workspace, importStore, before } = await opened(storage)
  try {
    const opening = startTiming()
    await importStore.openFile(new File([bytes.slice()], 'team.csv'))
    expectWithinBounds('opening the file', opening)
    expect(['preview', 'failed']).toContain(importStore.phase)
    if (importStore.phase === 'failed') {
      expect(hasMessage(importStore.failure ?? ''), `message ${importStore.failure}`).toBe(true)
      expect(await dumpDb(storage.db)).toEqual(before)
      return
    }
    if (action.kind === 'cancel') {
      importStore.cancel()
      expect(importStore.phase).toBe('idle')
      expect(await dumpDb(storage.db)).toEqual(before)
      return
    }
    if (action.choices) await choose(importStore, action.choices)
    if (action.skip) await importStore.setSkipProblemRows(true)
    // Read again: the phase may have changed since it was checked (TypeScript cannot know).
    const phase: string = importStore.phase
    expect(['preview', 'failed']).toContain(phase)
    if (phase === 'failed') {
      expect(importStore.failure).toBe('importExport.readFailed')
      expect(await dumpDb(storage.db)).toEqual(before)
      return
    }
    const draft = importStore.draft
    if (!draft) throw new Error('a preview without a draft')
    expect(locationErrors(draft, await rowsRead(bytes, draft)).join('\n')).toBe('')
    importStore.setMode(action.mode)
    const committable = importStore.canCommit
    const adding = importStore.resolution?.people.filter((p) => !p.existing).length ?? 0
    const removing = importStore.resolution?.removedPeople.length ?? 0
    const peopleBefore = workspace.data?.people.length ?? 0
    if (action.kind === 'failingCommit') storage.failWritesAfter(action.after, quotaError())
    const committing = startTiming()
    const committed = await importStore.commit()
    expectWithinBounds('the commit', committing)
    storage.failWritesWith(null)
    if (!committable) expect(committed).toBe(false)
    if (!committed) {
      // Refused, or storage failed: nothing of the file is stored, and the user is told why.
      expect(await dumpDb(storage.db)).toEqual(before)
      const refusal = useNoticeStore().notices.find((n) => n.kind === 'error')
      if (committable)
        expect(importStore.failure ?? refusal?.key).toMatch(
          /^(importExport\.saveFailed|edit\.|importExport\.skillTwice)/,
        )
      return
    }
    expect(action.kind === 'commit' || committable).toBe(true)
    // The whole file is stored: what memory shows is what a reload reads.
    const id = workspace.data?.workspace.id ?? ''
    const stored = await loadWorkspace(storage.db, id)
    expect(sortedReadable(readable(stored))).toEqual(sortedReadable(readable(workspace.data)))
    expect(stored?.people).toHaveLength(peopleBefore + adding - removing)
    // The import's own snapshot is taken at idle: let it land before the next case opens its database.
    await vi.waitFor(async () =>
      expect(await storage.db.snapshots.count()).toBeGreaterThan(before.snapshots?.length ?? 0),
    )
  } finally {
    await closed(storage)
  }
}

/**
 * Reads a backup made from the demo workspace and mutated by `mutate`, and restores it when it is
 * read (with storage failing after `failAfter` writes when given): it is restored whole — what a
 * reload reads is the backup — or refused with a message and a path into the file, and then the
 * database is byte for byte as it was.
 */
export async function checkRestoreThroughStore(mutate: (text: string) => string, failAfter: number | null) {
  freshPinia()
  localStorage.clear()
  const storage = instrumentedDb()
  try {
    const workspace = useWorkspaceStore()
    await workspace.init()
    await workspace.whenSaved()
    const backups = useBackupStore()
    const file = await backups.backupFile()
    if (!file) throw new Error('no backup of the demo workspace')
    const text = mutate(file.text)
    const before = await dumpDb(storage.db)
    const shownBefore = readable(workspace.data)
    const reading = startTiming()
    const contents = await backups.readBackup(new Blob([text]))
    expectWithinBounds('reading the backup', reading)
    if (!contents) {
      const problem = backups.backupProblem
      if (!problem) throw new Error('a refusal without a problem')
      expect(hasMessage(`importExport.backupProblem.${problem.code}`), problem.code).toBe(true)
      if (problem.code !== 'notJson') expect(pathError(text, problem.path), problem.path).toBeNull()
      expect(await dumpDb(storage.db)).toEqual(before)
      return
    }
    expect(backups.backupProblem).toBeNull()
    if (failAfter !== null) storage.failWritesAfter(failAfter, quotaError())
    const restoring = startTiming()
    const restored = await backups.restoreBackup(contents.data)
    expectWithinBounds('the restore', restoring)
    storage.failWritesWith(null)
    if (!restored) {
      expect(await dumpDb(storage.db)).toEqual(before)
      expect(readable(workspace.data)).toEqual(shownBefore)
      return
    }
    const stored = await loadWorkspace(storage.db, workspace.data?.workspace.id ?? '')
    expect(sortedReadable(readable(stored))).toEqual(sortedReadable(readable(contents.data)))
    expect(sortedReadable(readable(workspace.data))).toEqual(sortedReadable(readable(contents.data)))
  } finally {
    await closed(storage)
  }
}
