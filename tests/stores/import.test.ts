import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { memberBlockOf } from '../../src/db/converters/memberBlock'
import { loadWorkspace } from '../../src/db/workspaceRepo'
import { levelAt } from '../../src/domain/ratings'
import { MAX_IMPORT_BYTES } from '../../src/io/limits'
import { useExportStore } from '../../src/stores/export'
import { useImportStore } from '../../src/stores/import'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { dumpDb, freshPinia, instrumentedDb, quotaError, readable, type InstrumentedDb } from './helpers'

let storage: InstrumentedDb

const fixture = (...parts: string[]) =>
  new File([readFileSync(join(import.meta.dirname, '../fixtures', ...parts))], parts.at(-1) ?? 'file.csv')
const csv = (text: string, name = 'team.csv') => new File([text], name, { type: 'text/csv' })

async function opened() {
  const workspace = useWorkspaceStore()
  await workspace.init()
  await workspace.whenSaved()
  return { workspace, importStore: useImportStore() }
}

const stored = async (workspace: ReturnType<typeof useWorkspaceStore>) =>
  loadWorkspace(storage.db, workspace.data!.workspace.id)

beforeEach(() => {
  freshPinia()
  storage = instrumentedDb()
  localStorage.clear()
})

describe('importing a file', () => {
  it('previews first and writes nothing until the commit', async () => {
    const { importStore } = await opened()
    const before = await dumpDb(storage.db)
    await importStore.openFile(fixture('csv', 'google-sheets-categories.csv'))
    expect(importStore.phase).toBe('preview')
    expect(importStore.engineKind).toBe('inline')
    expect(importStore.resolution?.skills.filter((s) => !s.existing).map((s) => s.name)).toEqual(['Grant writing'])
    expect(importStore.canCommit).toBe(true)
    expect(await dumpDb(storage.db)).toEqual(before)
  })

  it('refuses a file over the size limit before reading a byte, naming the file and its size', async () => {
    const { importStore } = await opened()
    const huge = {
      name: 'server.log',
      size: MAX_IMPORT_BYTES + 7 * 1024 * 1024,
      arrayBuffer: () => Promise.reject(new Error('a file over the limit must not be read')),
    } as unknown as File
    await importStore.openFile(huge)
    expect(importStore.phase).toBe('failed')
    expect(importStore.failure).toBe('importExport.tooLarge')
    expect(importStore.failureParams).toEqual({ file: 'server.log', size: 57, limit: 50 })
    // The next file starts clean.
    await importStore.openFile(fixture('csv', 'google-sheets-categories.csv'))
    expect([importStore.phase, importStore.failure, importStore.failureParams]).toEqual(['preview', null, {}])
  })

  it('refuses each file that is not a table by what its bytes are, naming the file, and writes nothing', async () => {
    const { importStore } = await opened()
    const before = await dumpDb(storage.db)
    const png = new File(
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])],
      'matrix.csv',
    )
    const cases: [File, string][] = [
      [new File([], 'team.csv'), 'empty'],
      [png, 'png'],
      [new File(['%PDF-1.4\n1 0 obj\n'], 'team.csv'), 'pdf'],
      [fixture('xlsx', 'refused', 'team-97-2003.xls'), 'xls'],
      [fixture('xlsx', 'refused', 'password-protected.xlsx'), 'encrypted'],
      [fixture('xlsx', 'refused', 'team.ods'), 'ods'],
      [fixture('xlsx', 'refused', 'team.numbers'), 'numbers'],
      [fixture('xlsx', 'refused', 'notes.zip'), 'zip'],
    ]
    for (const [file, reason] of cases) {
      await importStore.openFile(file)
      expect([file.name, importStore.phase, importStore.failure, importStore.draft]).toEqual([
        file.name,
        'failed',
        `importExport.refused.${reason}`,
        null,
      ])
      expect(importStore.failureParams).toEqual({ file: file.name })
    }
    expect(await dumpDb(storage.db)).toEqual(before)
  })

  it('imports an .xlsx workbook through the same preview and commit, wherever its name says otherwise', async () => {
    const { workspace, importStore } = await opened()
    const before = await dumpDb(storage.db)
    const renamed = new File(
      [readFileSync(join(import.meta.dirname, '../fixtures/xlsx/merged-categories-ru.xlsx'))],
      'matrix.csv',
    )
    await importStore.openFile(renamed)
    expect(importStore.phase).toBe('preview')
    expect(importStore.draft?.workbook?.sheet).toBe('Матрица')
    expect(importStore.resolution?.skills.filter((s) => !s.existing).map((s) => s.name)).toContain('Фасилитация')
    expect(await dumpDb(storage.db)).toEqual(before)
    await importStore.commit()
    await workspace.whenSaved()
    const people = (await stored(workspace))?.people.map((person) => person.name)
    expect(people).toEqual(expect.arrayContaining(['Анна Петрова', 'Борис Иванов', 'Вера Смирнова']))
  })

  it('round trip: the matrix workbook, imported in replace mode over another team, gives back the identical long CSV', async () => {
    const { workspace, importStore } = await opened()
    const exporter = useExportStore()
    const longBefore = exporter.csvFile('long')?.text
    const book = await exporter.matrixWorkbookFile()
    expect(book?.name).toMatch(/-matrix\.xlsx$/)
    // Another team first, so that the workbook has everything to put back.
    await importStore.openFile(csv('Name,Email,Consulting\nSomeone Else,else@example.org,2\n'))
    importStore.setMode('replace')
    await importStore.commit()
    await workspace.whenSaved()
    expect(exporter.csvFile('long')?.text).not.toBe(longBefore)
    await importStore.openFile(new File([book!.bytes], book!.name))
    expect(importStore.draft?.workbook?.sheet).toBe('Matrix')
    // Levels are numbers on Matrix; the interest comes back from the Interest sheet beside it.
    expect(importStore.draft?.workbook?.interestSheet).toBe('Interest')
    expect(longBefore).toMatch(/,wants to grow\r\n/)
    expect(importStore.draft?.problems.filter((p) => p.severity === 'error')).toEqual([])
    importStore.setMode('replace')
    await importStore.commit()
    await workspace.whenSaved()
    expect(exporter.csvFile('long')?.text).toBe(longBefore)
  })

  it('commits in exactly one read-write transaction of whole person records', async () => {
    const { workspace, importStore } = await opened()
    await importStore.openFile(fixture('csv', 'google-sheets-categories.csv'))
    storage.resetCounters()
    expect(await importStore.commit()).toBe(true)
    expect(storage.writeTransactions()).toBe(1)
    // Two new people, one new skill in one new category, the workspace's slot counter, and the
    // entry that tells other tabs about it.
    const added = workspace.data!.people.slice(-2).map((p) => memberBlockOf(p.id))
    expect(storage.writes()).toEqual({
      workspaces: 1,
      categories: 1,
      skills: 1,
      memberBlocks: new Set(added).size,
      tabJournal: 1,
    })
    expect(importStore.phase).toBe('idle')
    const data = await stored(workspace)
    const anna = data!.people.find((p) => p.name === 'Smith, Anna')!
    const grant = data!.skills.find((s) => s.name === 'Grant writing')!
    expect(levelAt(data!.ratings.get(anna.id), grant.slot)).toBe(3)
    expect(data!.categories.find((c) => c.id === grant.categoryId)?.name).toBe('Fundraising')
  })

  it('leaves the database byte-for-byte unchanged when the write fails, and saves it all on retry', async () => {
    const { workspace, importStore } = await opened()
    await importStore.openFile(fixture('csv', 'long-bom-messy.csv'))
    const before = await dumpDb(storage.db)
    storage.failWritesWith(quotaError())
    expect(await importStore.commit()).toBe(false)
    expect(importStore.phase).toBe('failed')
    expect(importStore.failure).toBe('importExport.saveFailed')
    expect(await dumpDb(storage.db)).toEqual(before)
    expect(workspace.storageProblem).toBe('quota')
    storage.failWritesWith(null)
    await workspace.retrySave()
    const data = await stored(workspace)
    expect(data!.people.some((p) => p.name === 'Dana White')).toBe(true)
  })

  it('refuses a file with bad values: nothing can be committed and nothing is written', async () => {
    const { importStore } = await opened()
    const before = await dumpDb(storage.db)
    storage.resetCounters()
    await importStore.openFile(fixture('csv', 'bad-values.csv'))
    expect(importStore.canCommit).toBe(false)
    expect(importStore.draft?.problems.filter((p) => p.severity === 'error').length).toBeGreaterThanOrEqual(3)
    expect(await importStore.commit()).toBe(false)
    importStore.cancel()
    expect(importStore.phase).toBe('idle')
    expect(storage.writeTransactions()).toBe(0)
    expect(await dumpDb(storage.db)).toEqual(before)
  })

  it('imports the other rows once the user skips the rows with problems', async () => {
    const { workspace, importStore } = await opened()
    await importStore.openFile(
      csv('Name,Email,Writing\nGood One,g1@x.org,3\nBad,b@x.org,expertt\nGood Two,g2@x.org,1\n'),
    )
    expect(importStore.canCommit).toBe(false)
    await importStore.setSkipProblemRows(true)
    expect(importStore.draft?.skippedRows).toEqual([3])
    expect(await importStore.commit()).toBe(true)
    const names = (await stored(workspace))!.people.map((p) => p.name)
    expect(names).toEqual(expect.arrayContaining(['Good One', 'Good Two']))
    expect(names).not.toContain('Bad')
  })

  it('merges by default: updates people found by email, adds the rest, keeps everyone else', async () => {
    const { workspace, importStore } = await opened()
    const count = workspace.data!.people.length
    const alex = workspace.data!.people.find((p) => p.name === 'Alex Chen')!
    await importStore.openFile(fixture('csv', 'long-bom-messy.csv'))
    await importStore.commit()
    const data = (await stored(workspace))!
    expect(data.people).toHaveLength(count + 1)
    const writing = data.skills.find((s) => s.name === 'Writing')!
    // The later row (practitioner+) won over the earlier "2": both level 2, interest from the mark.
    expect(data.ratings.get(alex.id)?.levels[writing.slot]).toBe(2)
    expect(data.ratings.get(alex.id)?.interest[writing.slot]).toBe(2)
  })

  it('replaces: people and ratings become the file’s; skills, categories, targets and roles stay', async () => {
    const { workspace, importStore } = await opened()
    const before = readable(workspace.data)!
    await importStore.openFile(fixture('csv', 'google-sheets-categories.csv'))
    importStore.setMode('replace')
    expect(importStore.resolution?.removedPeople).toHaveLength(workspace.data!.people.length)
    await importStore.commit()
    const after = readable(await stored(workspace))!
    expect(after.people.map((p) => p[0])).toEqual(['Smith, Anna', 'Bob Lee'])
    expect(after.skills.slice(0, 48)).toEqual(before.skills)
    expect(after.skills.at(-1)?.[0]).toBe('Grant writing')
    expect(after.categories).toEqual([...before.categories, 'Fundraising'])
    expect(after.roles).toEqual(before.roles)
  })

  it('is one undo step, on screen and on disk', async () => {
    const { workspace, importStore } = await opened()
    const before = readable(workspace.data)
    await importStore.openFile(fixture('csv', 'google-sheets-categories.csv'))
    importStore.setMode('replace')
    await importStore.commit()
    expect(workspace.nextUndo).toEqual({ action: 'importCsv', subject: 'google-sheets-categories.csv' })
    workspace.undo()
    await workspace.whenSaved()
    expect(readable(workspace.data)).toEqual(before)
    expect(readable(await stored(workspace))).toEqual(before)
  })

  it('maps the O*NET 0–7 values only after the user chooses the mapping', async () => {
    const { workspace, importStore } = await opened()
    await importStore.openFile(fixture('corpora', 'onet', 'skills_LV_matrix.csv'))
    expect(importStore.draft?.suggestedScale).toBe('0-7')
    expect(importStore.canCommit).toBe(false)
    await importStore.setScale('0-7')
    expect(importStore.canCommit).toBe(true)
    storage.resetCounters()
    await importStore.commit()
    expect(storage.writeTransactions()).toBe(1)
    expect(workspace.data!.people).toHaveLength(16 + 873)
    // Every block the new people fall in, once.
    expect(storage.writes().memberBlocks).toBe(
      new Set(workspace.data!.people.slice(16).map((p) => memberBlockOf(p.id))).size,
    )
  })

  it('reads the file again when the user chooses another encoding, starting the mapping over', async () => {
    const { importStore } = await opened()
    await importStore.openFile(fixture('csv', 'ru-1251-semicolon.csv'))
    expect(importStore.draft?.encoding).toBe('windows-1251')
    await importStore.setColumnRole(7, 'ignore')
    expect(importStore.draft?.columns[7]?.role).toBe('ignore')
    await importStore.setEncoding('windows-1252')
    expect(importStore.draft?.encoding).toBe('windows-1252')
    expect(importStore.draft?.columns[0]?.header).toBe('ÔÈÎ')
    expect(importStore.draft?.columns[7]?.role).toBe('skill')
  })
})

describe('the list of changes the preview shows', () => {
  it('is there when the preview is, and follows the mode, the last one asked for winning', async () => {
    const { workspace, importStore } = await opened()
    const alex = workspace.data!.people.find((p) => p.name === 'Alex Chen')!
    await importStore.openFile(csv(`Name,Email,Модерация\nAlex Chen,${alex.email},4\n`))
    expect(importStore.phase).toBe('preview')
    expect(importStore.changesPending).toBe(false)
    const merged = importStore.changes
    // Merge: only the moderation cell; replace: every other stored level of Alex is blanked too.
    expect(merged.map((g) => [g.name, g.changes.length])).toEqual([['Alex Chen', 1]])
    importStore.setMode('replace')
    await importStore.listChanges()
    const replaced = importStore.changes
    expect(replaced[0]!.changes.length).toBeGreaterThan(1)
    // Two switches in a row: the list that stays is the one for the mode chosen last.
    importStore.setMode('merge')
    const first = importStore.listChanges()
    importStore.setMode('replace')
    const second = importStore.listChanges()
    expect(importStore.changesPending).toBe(true)
    await Promise.all([first, second])
    expect(importStore.changesPending).toBe(false)
    expect(importStore.changes).toEqual(replaced)
  })
})

describe('cancelling', () => {
  it('closes without writing, also while the file is still being read', async () => {
    const { importStore } = await opened()
    const before = await dumpDb(storage.db)
    const reading = importStore.openFile(fixture('csv', 'google-sheets-categories.csv'))
    importStore.cancel()
    await reading
    expect(importStore.phase).toBe('idle')
    expect(importStore.draft).toBeNull()
    await importStore.openFile(fixture('csv', 'google-sheets-categories.csv'))
    importStore.cancel()
    expect(importStore.phase).toBe('idle')
    expect(await dumpDb(storage.db)).toEqual(before)
  })
})

describe('a filled-in self-assessment form', () => {
  it('lists its changes, commits only the accepted ones as self levels in one transaction, and keeps the lead’s', async () => {
    const { workspace, importStore } = await opened()
    const data = workspace.data!
    const person = data.people.find((p) => p.email)!
    const labels = {
      title: 'Skillgrid self-assessment',
      instructions: 'Fill in.',
      scaleTitle: 'Levels',
      interestTitle: 'Interest',
      columns: {
        name: 'Name',
        email: 'Email',
        category: 'Category',
        skill: 'Skill',
        currentLevel: 'Current level',
        currentInterest: 'Current interest',
        yourLevel: 'Your level',
        yourInterest: 'Your interest',
      },
    }
    const form = (await useExportStore().selfAssessmentFile(person.id, labels, 'en'))!
    expect(form.name).toMatch(/self-assessment\.csv$/)
    // Fill "Your level" of the first two skill rows (the column before the last).
    let filled = 0
    const text = form.text
      .split('\r\n')
      .map((line) =>
        line.startsWith(`${person.name},`) && filled < 2 ? line.replace(/,,$/, `,${['4', '0'][filled++]},`) : line,
      )
      .join('\r\n')
    await importStore.openFile(csv(text, 'form.csv'))
    expect(importStore.draft?.format).toBe('self')
    const [group] = importStore.changes
    expect(importStore.changes).toHaveLength(1)
    expect(group!.changes.map((c) => c.to)).toEqual([4, 0])
    importStore.setAccepted(person.id, [group!.changes[1]!.slot], false)
    storage.resetCounters()
    expect(await importStore.commit()).toBe(true)
    expect(storage.writeTransactions()).toBe(1)
    const after = (await stored(workspace))!.ratings.get(person.id)!
    const [first, second] = group!.changes
    expect(after.self[first!.slot]).toBe(4)
    expect(after.self[second!.slot] ?? 255).toBe(255)
    expect([...after.levels]).toEqual([...data.ratings.get(person.id)!.levels])
  })
})
