import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { sniffFileKind, zipEntryNames } from '../../src/io/fileKind'
import { cellOf, revealColumn, rowNames, skillColumnByName, waitForGrid } from './support/matrixGrid'
import { openApp, type AppSession } from './support/session'

let session: AppSession | null = null

afterEach(async () => {
  await session?.close()
  session = null
})

const fixture = (...parts: string[]) => join(import.meta.dirname, '../fixtures', ...parts)

/** Clicks a button that hands over a file; gives its name and the workbook exceljs reads from it. */
async function downloadWorkbook(page: Page, testid: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid="${testid}"]`).click()])
  const path = await file.path()
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(readFileSync(path).buffer as ArrayBuffer)
  return { name: file.suggestedFilename(), path, book }
}

describe('Excel workbooks in the browser', () => {
  it('imports a multi-sheet .xlsx in the worker: the sheet picker, the skipped sheets, problems named by sheet', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    await page.setInputFiles('[data-testid="import-file"]', fixture('xlsx', 'multi-sheet.xlsx'))
    await page.locator('[data-testid="import-preview"]').waitFor()
    await page.locator('[data-testid="import-progress"]').waitFor({ state: 'detached' })
    await expect(page.locator('[data-testid="import-sheet"]').inputValue()).resolves.toBe('Matrix')
    await expect(page.locator('[data-testid="import-sheets-skipped"]').innerText()).resolves.toBe(
      'Not imported: sheets “Notes”, “Levels”. Pick another sheet above to import one of them instead.',
    )
    await expect(page.locator('[data-testid="import-encoding"]').count()).resolves.toBe(0)
    // Another sheet: its problems say the sheet first.
    await page.locator('[data-testid="import-sheet"]').selectOption('Notes')
    await expect
      .poll(() => page.locator('[data-testid="import-problem"]').first().innerText())
      .toMatch(/^Sheet “Notes”, row 1: /)
    await page.locator('[data-testid="import-sheet"]').selectOption('Matrix')
    await expect.poll(() => page.locator('[data-testid="import-commit"]').isEnabled()).toBe(true)
    await page.locator('[data-testid="import-commit"]').click()
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' })
    await expect.poll(() => rowNames(page)).toContain('Cleo Park')
  })

  it('exports the matrix workbook from the export menu: levels as numbers, interest beside them, the plan once made, and it imports back', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    await page.locator('[data-testid="export-menu"]').click()
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export-xlsx"]').click(),
    ])
    expect(file.suggestedFilename()).toBe('skillgrid-Demo-community-team-matrix.xlsx')
    const bytes = new Uint8Array(readFileSync(await file.path()))
    expect(sniffFileKind(bytes)).toEqual({ kind: 'xlsx' })
    expect(zipEntryNames(bytes)).toEqual(
      expect.arrayContaining(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']),
    )
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(bytes.buffer as ArrayBuffer)
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Matrix', 'Interest', 'Coverage'])
    const levels: unknown[] = []
    book.getWorksheet('Matrix')!.eachRow((row, n) => {
      if (n > 2) levels.push(...(row.values as unknown[]).slice(5))
    })
    expect(levels.filter((value) => value !== undefined && value !== null).every((v) => typeof v === 'number')).toBe(
      true,
    )

    // Imported back: the interest comes from the Interest sheet, the preview says so.
    await page.setInputFiles('[data-testid="import-file"]', await file.path())
    await page.locator('[data-testid="import-preview"]').waitFor()
    await page.locator('[data-testid="import-progress"]').waitFor({ state: 'detached' })
    await expect(page.locator('[data-testid="import-interest-sheet"]').innerText()).resolves.toBe(
      'Interest is read from sheet “Interest”, cell by cell beside this one.',
    )
    await expect(page.locator('[data-testid="import-sheets-skipped"]').innerText()).resolves.toContain('“Coverage”')
    await page.locator('[data-testid="import-cancel"]').click()
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' })

    // A plan made on the Plan page goes on a Plan sheet.
    await page.locator('[data-testid="nav-plan"]').click()
    await page.locator('[data-testid="plan-run"]').click()
    await page.locator('[data-testid="plan-status"]').waitFor({ timeout: 30_000 })
    await page.locator('[data-testid="nav-matrix"]').click()
    await waitForGrid(page)
    await page.locator('[data-testid="export-menu"]').click()
    const withPlan = await downloadWorkbook(page, 'export-xlsx')
    expect(withPlan.book.worksheets.map((sheet) => sheet.name)).toEqual(['Matrix', 'Interest', 'Coverage', 'Plan'])
    const plan = withPlan.book.getWorksheet('Plan')!
    expect((plan.getRow(1).values as unknown[]).slice(1, 3)).toEqual(['Action', 'Who'])
    expect(plan.rowCount).toBeGreaterThan(2)
  })

  it('sends a self-assessment as a workbook with drop-downs, and the filled one comes back as self ratings', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    const person = 'Igor Volkov'
    const skill = 'Consulting'
    const colId = await skillColumnByName(page, skill)
    await page.locator('[data-testid="nav-people"]').click()
    await page.locator('[data-testid="self-assessment-person"]').selectOption({ label: person })
    await page.locator('[data-testid="self-assessment-format"]').selectOption('xlsx')
    await expect(page.locator('[data-testid="self-assessment-export"]').innerText()).resolves.toBe(
      'Download form (Excel)',
    )
    const form = await downloadWorkbook(page, 'self-assessment-export')
    expect(form.name).toBe('skillgrid-Demo-community-team-Igor-Volkov-self-assessment.xlsx')
    const sheet = form.book.worksheets[0]!
    expect(sheet.name).toBe(person)
    let header = 1
    while (!(sheet.getRow(header).values as unknown[]).includes('Your level')) header++
    expect(sheet.getRow(header).values).not.toContain('Current level')
    let row = header + 1
    while (sheet.getCell(`D${row}`).value !== skill) row++
    expect(sheet.getCell(`F${row}`).dataValidation).toMatchObject({ type: 'list', formulae: ['$B$5:$B$9'] })
    sheet.getCell(`F${row}`).value = 'Expert'
    const filled = join(tmpdir(), `self-assessment-${Date.now()}.xlsx`)
    writeFileSync(filled, new Uint8Array(await form.book.xlsx.writeBuffer()))

    await page.locator('[data-testid="nav-matrix"]').click()
    await waitForGrid(page)
    await page.setInputFiles('[data-testid="import-file"]', filled)
    await page.locator('[data-testid="import-preview"]').waitFor()
    await page.locator('[data-testid="import-progress"]').waitFor({ state: 'detached' })
    await expect(page.locator('[data-testid="import-format"]').inputValue()).resolves.toBe('self')
    const change = page.locator('[data-testid="import-change"]')
    await expect.poll(() => change.count()).toBe(1)
    await expect(change.getAttribute('data-to')).resolves.toBe('4')
    await page.locator('[data-testid="import-commit"]').click()
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' })
    await revealColumn(page, colId)
    await expect.poll(async () => cellOf(page, person, colId).getAttribute('class')).toMatch(/src-/)
  })

  it('refuses each format it does not read, from the bytes, in English and Russian, and leaves the team as it was', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    const before = await rowNames(page)
    const refuse = async (file: string) => {
      await page.setInputFiles('[data-testid="import-file"]', fixture('xlsx', 'refused', file))
      const text = await page.locator('[data-testid="import-failure"]').innerText()
      await expect(page.locator('[data-testid="import-commit"]').isDisabled()).resolves.toBe(true)
      await page.locator('[data-testid="import-cancel"]').click()
      await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' })
      return text
    }
    await expect(refuse('team-97-2003.xls')).resolves.toBe(
      '“team-97-2003.xls” is an Excel 97–2003 workbook (.xls), which Skillgrid does not read. Open it in Excel or LibreOffice and save it as .xlsx or CSV.',
    )
    await expect(refuse('password-protected.xlsx')).resolves.toContain(
      '“password-protected.xlsx” is a password-protected (encrypted) workbook.',
    )
    await expect(refuse('team.ods')).resolves.toContain('“team.ods” is an OpenDocument spreadsheet (.ods)')
    await expect(refuse('team.numbers')).resolves.toContain('“team.numbers” is an Apple Numbers document')
    await expect(refuse('notes.zip')).resolves.toContain('“notes.zip” is a zip archive but not an Excel workbook.')
    await page.locator('[data-testid="language-select"]').selectOption('ru')
    await expect(refuse('team-97-2003.xls')).resolves.toBe(
      '«team-97-2003.xls» — книга Excel 97–2003 (.xls), Skillgrid такие не читает. Откройте её в Excel или LibreOffice и сохраните как .xlsx или CSV.',
    )
    await expect(refuse('password-protected.xlsx')).resolves.toContain(
      '«password-protected.xlsx» — книга, защищённая паролем',
    )
    await expect(refuse('team.ods')).resolves.toContain('«team.ods» — таблица OpenDocument (.ods)')
    await expect(refuse('team.numbers')).resolves.toContain('«team.numbers» — документ Apple Numbers')
    await expect(refuse('notes.zip')).resolves.toContain('«notes.zip» — ZIP-архив, но не книга Excel.')
    await page.locator('[data-testid="language-select"]').selectOption('en')
    await expect(rowNames(page)).resolves.toEqual(before)
  })
})
