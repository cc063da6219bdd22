import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import ExcelJS from 'exceljs'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { sniffFileKind } from '../../src/io/fileKind'
import { useExportStore } from '../../src/stores/export'
import { useImportStore } from '../../src/stores/import'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { freshPinia, instrumentedDb } from './helpers'

const LABELS = {
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
  workbook: {
    instructions: 'Pick from the lists.',
    levelPrompt: 'Level',
    interestPrompt: 'Interest',
    notOnList: 'No.',
  },
}

const dir = mkdtempSync(join(tmpdir(), 'skillgrid-self-store-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function opened() {
  const workspace = useWorkspaceStore()
  await workspace.init()
  await workspace.whenSaved()
  return { workspace, exportStore: useExportStore(), importStore: useImportStore() }
}

/** Opens a workbook in LibreOffice Calc and saves it again as .xlsx, as a person's spreadsheet app would. */
async function throughLibreOffice(bytes: Uint8Array, name: string): Promise<Uint8Array<ArrayBuffer>> {
  const input = join(dir, name)
  const out = join(dir, `out-${name}`)
  writeFileSync(input, bytes)
  mkdirSync(out)
  await promisify(execFile)(
    'soffice',
    ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'xlsx', '--outdir', out, input],
    { timeout: 120_000 },
  )
  return new Uint8Array(readFileSync(join(out, name)))
}

beforeEach(() => {
  freshPinia()
  instrumentedDb()
  localStorage.clear()
})

describe('the self-assessment workbook, filled in and imported back', () => {
  it('lands as the person’s self levels, the lead’s levels untouched', async () => {
    const { workspace, exportStore, importStore } = await opened()
    const data = workspace.data!
    const person = data.people.find((p) => data.ratings.get(p.id)?.levels.some((level) => level !== 255))!
    const leadBefore = [...data.ratings.get(person.id)!.levels]
    const file = await exportStore.selfAssessmentWorkbookFile(person.id, LABELS, 'en')
    expect(file?.name).toBe(`skillgrid-Demo-community-team-${person.name.replace(/\s+/g, '-')}-self-assessment.xlsx`)

    // The person picks words from the drop-downs (exceljs sets the cells), then LibreOffice saves it.
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(file!.bytes.buffer)
    const sheet = book.worksheets[0]!
    let header = 1
    while (!(sheet.getRow(header).values as unknown[]).includes('Your level')) header++
    const skillAt = (row: number) => String(sheet.getCell(`D${row}`).value)
    const picks = new Map([
      [skillAt(header + 1), ['Expert', 4]],
      [skillAt(header + 5), ['Aware', 1]],
      [skillAt(header + 48), ['None', 0]],
    ] as const)
    for (let row = header + 1; row <= header + 48; row++) {
      const pick = picks.get(skillAt(row))
      if (pick) sheet.getCell(`F${row}`).value = pick[0]
    }
    sheet.getCell(`G${header + 1}`).value = 'Wants to grow here'
    const filled = await throughLibreOffice(new Uint8Array(await book.xlsx.writeBuffer()), 'filled.xlsx')

    await importStore.openFile(new File([filled], 'filled.xlsx'))
    expect(importStore.phase).toBe('preview')
    expect(importStore.draft?.format).toBe('self')
    expect(importStore.draft?.workbook?.sheet).toBe(sheet.name)
    await importStore.commit()
    await workspace.whenSaved()

    const after = workspace.data!
    const stored = after.ratings.get(person.id)!
    for (const [skillName, [, level]] of picks) {
      const skill = after.skills.find((s) => s.name === skillName)!
      expect(stored.self[skill.slot], skillName).toBe(level)
    }
    expect([...stored.self].filter((level) => level !== 255)).toHaveLength(3)
    expect([...stored.levels]).toEqual(leadBefore)
    const first = after.skills.find((s) => s.name === skillAt(header + 1))!
    expect(stored.interest[first.slot]).toBe(2)
  }, 150_000)

  it('for everyone is a zip of one workbook per person, each with only that person on it', async () => {
    const { workspace, exportStore } = await opened()
    const { unzipSync, strFromU8 } = await import('fflate')
    const data = workspace.data!
    const zip = await exportStore.selfAssessmentZip(LABELS, 'en', false, 'xlsx')
    expect(zip?.name).toBe('skillgrid-Demo-community-team-self-assessment.zip')
    const files = unzipSync(zip!.bytes)
    expect(Object.keys(files)).toHaveLength(data.people.length)
    expect(Object.keys(files).every((name) => name.endsWith('-self-assessment.xlsx'))).toBe(true)
    for (const [name, bytes] of Object.entries(files)) {
      expect(sniffFileKind(bytes), name).toEqual({ kind: 'xlsx' })
      const strings = strFromU8(unzipSync(bytes)['xl/sharedStrings.xml'] ?? new Uint8Array())
      const own = data.people.filter((p) => strings.includes(p.email))
      expect(own, name).toHaveLength(1)
      expect(name).toContain(own[0]!.name.replace(/\s+/g, '-'))
    }
  })
})
