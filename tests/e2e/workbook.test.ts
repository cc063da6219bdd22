import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { sniffFileKind, zipEntryNames } from '../../src/io/fileKind'
import { rowNames, waitForGrid } from './support/matrixGrid'
import { openApp, type AppSession } from './support/session'

let session: AppSession | null = null

afterEach(async () => {
  await session?.close()
  session = null
})

const fixture = (...parts: string[]) => join(import.meta.dirname, '../fixtures', ...parts)

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

  it('exports the matrix workbook from the export menu', async () => {
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
