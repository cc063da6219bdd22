import { beforeEach, describe, expect, it } from 'vitest'
import { updateWorkspace } from '../../src/domain/edits/workspace'
import { useExportStore } from '../../src/stores/export'
import { useImportStore } from '../../src/stores/import'
import { useSettingsStore } from '../../src/stores/settings'
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

describe('the CSV delimiter', () => {
  it('is ; for a Russian interface and , for an English one until the user picks', async () => {
    const { exportStore } = await opened()
    const settings = useSettingsStore()
    settings.setLocale('ru')
    expect(
      exportStore.csvFile('long')?.text.startsWith('\uFEFFperson;email;team;category;skill;level;interest\r\n'),
    ).toBe(true)
    settings.setLocale('en')
    expect(exportStore.csvFile('long')?.text.startsWith('\uFEFFperson,email,team,')).toBe(true)
  })

  it('is the workspace’s choice once made, for every CSV export and in either language', async () => {
    const { workspace, exportStore } = await opened()
    const settings = useSettingsStore()
    settings.setLocale('ru')
    workspace.edit((data) => updateWorkspace(data, { csvExport: { delimiter: ',', localNames: false } }))
    await workspace.whenSaved()
    expect(exportStore.csvFile('wide')?.text.split('\r\n')[1]?.startsWith('Name,Email,Team,Title,')).toBe(true)
    expect(exportStore.csvFile('skills')?.text.startsWith('\uFEFFcategory,category_ru,')).toBe(true)
    expect(exportStore.planFile(['a', 'b'], [['x', 1]]).text).toBe('\uFEFFa,b\r\nx,1\r\n')
    workspace.edit((data) => updateWorkspace(data, { csvExport: { delimiter: ';', localNames: false } }))
    settings.setLocale('en')
    expect(exportStore.planFile(['a', 'b'], [['x', 1]]).text).toBe('\uFEFFa;b\r\nx;1\r\n')
    const person = workspace.data!.people[0]!
    const form = exportStore.selfAssessmentFile(person.id, LABELS, 'en')
    expect(form?.text).toContain('\r\nName;Email;Category;Skill;Current interest;Your level;Your interest\r\n')
    // Remembered with the workspace: a reload reads it back.
    await workspace.whenSaved()
    freshPinia()
    const reloaded = await opened()
    expect(reloaded.workspace.data?.workspace.csvExport).toEqual({ delimiter: ';', localNames: false })
  })
})

describe('“Names in Russian”', () => {
  it('writes Russian headers and names once chosen, is remembered, and the import reads the file back', async () => {
    const { workspace, exportStore } = await opened()
    useSettingsStore().setLocale('ru')
    expect(exportStore.csvFile('long')?.text.startsWith('\uFEFFperson;email;team;')).toBe(true)
    workspace.edit((data) => updateWorkspace(data, { csvExport: { delimiter: ';', localNames: true } }))
    await workspace.whenSaved()
    const long = exportStore.csvFile('long')?.text ?? ''
    expect(long.startsWith('\uFEFFучастник;почта;команда;категория;навык;уровень;интерес\r\n')).toBe(true)
    expect(long).toContain(';Стратегия;Разработка стратегии сообщества;')
    expect(exportStore.csvFile('wide')?.text.split('\r\n')[1]?.startsWith('Имя;Эл. почта;Команда;Должность;')).toBe(
      true,
    )
    freshPinia()
    const reloaded = await opened()
    expect(reloaded.workspace.data?.workspace.csvExport).toEqual({ delimiter: ';', localNames: true })

    // The Russian file is read back onto the same skills: nothing new, nothing changed.
    const importStore = useImportStore()
    await importStore.openFile(new File([long], 'long.csv'))
    expect(importStore.resolution?.skills.every((s) => s.existing)).toBe(true)
    expect(importStore.draft?.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(importStore.changes).toEqual([])
  })
})

const LABELS = {
  title: 'T',
  instructions: 'I',
  scaleTitle: 'S',
  interestTitle: 'In',
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

describe('self-assessment forms for everyone', () => {
  it('are a zip of one file per person, each holding only that person’s rows and email', async () => {
    const { workspace, exportStore } = await opened()
    const { unzipSync, strFromU8 } = await import('fflate')
    const data = workspace.data!
    const zip = await exportStore.selfAssessmentZip(LABELS, 'en')
    expect(zip?.name).toBe('skillgrid-Demo-community-team-self-assessment.zip')
    expect(zip?.type).toBe('application/zip')
    const files = unzipSync(zip!.bytes)
    expect(Object.keys(files)).toHaveLength(data.people.length)
    for (const person of data.people) {
      const name = Object.keys(files).find((file) => file.includes(person.name.replace(/\s+/g, '-')))
      expect(name, person.name).toBeDefined()
      const text = strFromU8(files[name!]!)
      const header = text.split('\r\n').findIndex((line) => line.startsWith('Name,'))
      const rows = text
        .split('\r\n')
        .slice(header + 1)
        .filter(Boolean)
      expect(rows).toHaveLength(data.skills.length)
      for (const other of data.people)
        if (other.id !== person.id && other.email) expect(text).not.toContain(other.email)
    }
  })

  it('leave out the lead’s current level unless asked to show it', async () => {
    const { workspace, exportStore } = await opened()
    const person = workspace.data!.people.find((p) => workspace.data!.ratings.get(p.id)?.levels.some((l) => l !== 255))!
    const hidden = exportStore.selfAssessmentFile(person.id, LABELS, 'en')!.text
    const shown = exportStore.selfAssessmentFile(person.id, LABELS, 'en', true)!.text
    expect(hidden).toContain('\r\nName,Email,Category,Skill,Current interest,Your level,Your interest\r\n')
    expect(hidden).not.toContain('Current level')
    expect(shown).toContain('\r\nName,Email,Category,Skill,Current level,Current interest,Your level,Your interest\r\n')
  })
})
