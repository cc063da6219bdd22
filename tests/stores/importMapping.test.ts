import { beforeEach, describe, expect, it } from 'vitest'
import { loadWorkspace } from '../../src/db/workspaceRepo'
import { levelAt } from '../../src/domain/ratings'
import { choiceOf, useImportStore } from '../../src/stores/import'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { dumpDb, freshPinia, instrumentedDb, type InstrumentedDb } from './helpers'

let storage: InstrumentedDb

const csv = (text: string, name = 'команда.csv') => new File([text], name, { type: 'text/csv' })
const RUSSIAN = 'ФИО;Эл. почта;Модерация;Подкасты\nАнна Петрова;anna@example.org;4;2\nБорис Иванов;;3;1\n'

async function opened() {
  const workspace = useWorkspaceStore()
  await workspace.init()
  await workspace.whenSaved()
  return { workspace, importStore: useImportStore() }
}

const stored = async (workspace: ReturnType<typeof useWorkspaceStore>) =>
  (await loadWorkspace(storage.db, workspace.data!.workspace.id))!
const skillNamed = (workspace: ReturnType<typeof useWorkspaceStore>, name: string) =>
  workspace.data!.skills.find((s) => s.name === name)!

beforeEach(() => {
  freshPinia()
  storage = instrumentedDb()
  localStorage.clear()
})

describe('mapping the file’s skills', () => {
  it('suggests the stored skill for “Модерация”; accepted, the commit writes onto it in one transaction', async () => {
    const { workspace, importStore } = await opened()
    const moderation = skillNamed(workspace, 'Moderation & conflict facilitation')
    const before = await dumpDb(storage.db)
    storage.resetCounters()
    await importStore.openFile(csv(RUSSIAN))
    const [column, podcasts] = importStore.fileSkills
    expect(column).toMatchObject({ name: 'Модерация', column: 2 })
    expect(column?.suggestion?.id).toBe(moderation.id)
    expect(choiceOf(column!)).toBe('new')
    expect(podcasts?.suggestion).toBeNull()

    await importStore.acceptSuggestion(column!)
    expect(choiceOf(importStore.fileSkills[0]!)).toBe(moderation.id)
    expect(importStore.fileSkills[0]?.suggestion).toBeNull()
    expect(importStore.resolution?.skills.map((s) => s.existing?.name ?? null)).toEqual([moderation.name, null])
    // Nothing is written before the lead confirms.
    expect(storage.writeTransactions()).toBe(0)
    expect(await dumpDb(storage.db)).toEqual(before)

    expect(await importStore.commit()).toBe(true)
    expect(storage.writeTransactions()).toBe(1)
    // One new skill (Подкасты), none for Модерация.
    expect(storage.writes().skills).toBe(1)
    const data = await stored(workspace)
    expect(data.skills.filter((s) => s.name === 'Модерация')).toEqual([])
    const anna = data.people.find((p) => p.name === 'Анна Петрова')!
    expect(levelAt(data.ratings.get(anna.id), moderation.slot)).toBe(4)
  })

  it('without the choice, the same file makes “Модерация” a new skill beside the stored one', async () => {
    const { workspace, importStore } = await opened()
    await importStore.openFile(csv(RUSSIAN))
    await importStore.commit()
    const data = await stored(workspace)
    expect(data.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['Модерация', 'Подкасты']))
    const anna = data.people.find((p) => p.name === 'Анна Петрова')!
    const moderation = skillNamed(workspace, 'Moderation & conflict facilitation')
    expect(levelAt(data.ratings.get(anna.id), moderation.slot)).toBeNull()
  })

  it('maps a column to any stored skill the lead picks, and back to a new skill', async () => {
    const { workspace, importStore } = await opened()
    const writing = skillNamed(workspace, 'Writing')
    await importStore.openFile(csv(RUSSIAN))
    const podcasts = importStore.fileSkills[1]!
    await importStore.setSkillChoice(podcasts, { kind: 'existing', skillId: writing.id })
    expect(importStore.resolution?.skills[1]?.existing?.id).toBe(writing.id)
    await importStore.setSkillChoice(podcasts, { kind: 'new' })
    expect(importStore.resolution?.skills[1]).toMatchObject({ existing: null, chosen: true })
    // A skill the lead left new gets no suggestion.
    expect(importStore.fileSkills[1]?.suggestion).toBeNull()
  })

  it('leaves an ignored wide column out: its bad cells block nothing, and it can be taken back', async () => {
    const { workspace, importStore } = await opened()
    await importStore.openFile(csv('Name;Email;Writing;Notes\nZoe New;zoe@x.org;3;lots\nYan New;;2;1\n'))
    // "Notes" holds text in one row of two: a skill column whose "lots" is not a level.
    expect(importStore.canCommit).toBe(false)
    const notes = importStore.fileSkills.find((s) => s.name === 'Notes')!
    await importStore.setSkillChoice(notes, { kind: 'ignore' })
    expect(importStore.draft?.columns[3]?.role).toBe('ignore')
    expect(importStore.fileSkills.map((s) => [s.name, choiceOf(s)])).toEqual([
      ['Writing', skillNamed(workspace, 'Writing').id],
      ['Notes', 'ignore'],
    ])
    expect(importStore.canCommit).toBe(true)
    await importStore.setSkillChoice(importStore.fileSkills[1]!, { kind: 'new' })
    expect(importStore.draft?.columns[3]?.role).toBe('skill')
    expect(importStore.canCommit).toBe(false)
    await importStore.setSkillChoice(importStore.fileSkills[1]!, { kind: 'ignore' })
    expect(await importStore.commit()).toBe(true)
    expect((await stored(workspace)).skills.some((s) => s.name === 'Notes')).toBe(false)
  })

  it('leaves a skill of a long file out when the lead ignores it', async () => {
    const { workspace, importStore } = await opened()
    await importStore.openFile(
      csv('person,email,skill,level\nZoe New,zoe@x.org,Writing,3\nZoe New,zoe@x.org,Juggling,4\n'),
    )
    await importStore.setSkillChoice(importStore.fileSkills[1]!, { kind: 'ignore' })
    expect(importStore.resolution?.newCategories).toEqual([])
    await importStore.commit()
    const data = await stored(workspace)
    expect(data.skills.some((s) => s.name === 'Juggling')).toBe(false)
    const zoe = data.people.find((p) => p.name === 'Zoe New')!
    expect(levelAt(data.ratings.get(zoe.id), skillNamed(workspace, 'Writing').slot)).toBe(3)
  })

  it('forgets the declined cells when the mapping changes (they were about other skills)', async () => {
    const { workspace, importStore } = await opened()
    const alex = workspace.data!.people.find((p) => p.name === 'Alex Chen')!
    await importStore.openFile(csv('Name,Email,Модерация\nAlex Chen,alex.chen@example.org,4\n'))
    importStore.setAccepted(alex.id, [importStore.changes[0]!.changes[0]!.slot], false)
    expect(importStore.rejected.size).toBe(1)
    await importStore.acceptSuggestion(importStore.fileSkills[0]!)
    expect(importStore.rejected.size).toBe(0)
  })
})

describe('totals rows and rows with problems', () => {
  it('leaves a totals row out unless the lead keeps it', async () => {
    const { workspace, importStore } = await opened()
    await importStore.openFile(csv('Name,Writing,SEO\nZoe New,3,2\nYan New,1,2\nИтого,2,2\n'))
    expect(importStore.draft?.summaryRows).toEqual([{ row: 4, label: 'Итого', kept: false }])
    expect(importStore.draft?.people.map((p) => p.name)).toEqual(['Zoe New', 'Yan New'])
    await importStore.setKeepSummaryRow(4, true)
    expect(importStore.draft?.people.map((p) => p.name)).toEqual(['Zoe New', 'Yan New', 'Итого'])
    await importStore.setKeepSummaryRow(4, false)
    await importStore.commit()
    expect((await stored(workspace)).people.some((p) => p.name === 'Итого')).toBe(false)
  })

  it('imports a row with a bad cell, that cell not assessed, when the lead chooses so', async () => {
    const { workspace, importStore } = await opened()
    await importStore.openFile(csv('Name,Email,Writing,SEO\nZoe New,zoe@x.org,expertt,2\n,nobody@x.org,1,1\n'))
    await importStore.setSkipProblemRows(true)
    expect(importStore.draft?.skippedRows).toEqual([2, 3])
    await importStore.setBlankBadCells(true)
    expect([importStore.draft?.blankedRows, importStore.draft?.skippedRows]).toEqual([[2], [3]])
    expect(importStore.draft?.problemRowNames).toEqual({ 2: 'Zoe New', 3: '' })
    expect(await importStore.commit()).toBe(true)
    const data = await stored(workspace)
    const zoe = data.people.find((p) => p.name === 'Zoe New')!
    expect(levelAt(data.ratings.get(zoe.id), skillNamed(workspace, 'Writing').slot)).toBeNull()
    expect(levelAt(data.ratings.get(zoe.id), skillNamed(workspace, 'SEO').slot)).toBe(2)
  })
})
