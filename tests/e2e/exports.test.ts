import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { waitForGrid } from './support/matrixGrid'
import { openApp, type AppSession } from './support/session'

let session: AppSession | null = null

afterEach(async () => {
  await session?.close()
  session = null
})

async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
  await page.locator('[data-testid="export-menu"]').click()
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid="${testId}"]`).click()])
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') }
}

const firstLines = (text: string, count: number) => text.split('\r\n').slice(0, count)

describe('CSV exports that open right in Excel', () => {
  it('in English write , ; in Russian ;, and a chosen delimiter is remembered for the workspace', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    const english = await download(page, 'export-long')
    expect(firstLines(english.text, 1)).toEqual(['\uFEFFperson,email,team,category,skill,level,interest'])
    expect(english.text).toMatch(/,(wants to grow|open to it|not interested)\r\n/)
    expect(english.text).not.toMatch(/sep=/)

    await page.locator('[data-testid="language-select"]').selectOption('ru')
    await expect.poll(() => page.locator('[data-testid="export-menu"]').innerText()).toBe('Экспорт')
    const russian = await download(page, 'export-wide')
    expect(russian.text.startsWith('\uFEFF;;;;')).toBe(true)
    expect(firstLines(russian.text, 2)[1]?.startsWith('Name;Email;Team;Title;')).toBe(true)
    await page.locator('[data-testid="export-menu"]').click()
    await expect(page.locator('[data-testid="csv-delimiter-semicolon"]').isChecked()).resolves.toBe(true)
    await expect(page.locator('.csv-delimiter legend').innerText()).resolves.toBe('Разделитель CSV')

    // The lead prefers commas even in Russian: picked once, kept after a reload.
    await page.locator('[data-testid="csv-delimiter-comma"]').check()
    await page.locator('[data-testid="export-menu"]').click()
    await page.reload()
    await waitForGrid(page)
    const skills = await download(page, 'export-skills')
    expect(firstLines(skills.text, 1)).toEqual([
      '\uFEFFcategory,category_ru,skill,skill_ru,target_level,target_people,critical,aliases',
    ])
    await expect(page.locator('[data-testid="csv-delimiter-comma"]').isChecked()).resolves.toBe(true)
  })
})

describe('self-assessment forms that keep people’s data private', () => {
  it.each([
    ['en', 'Download forms (zip, one file per person)', 'Name', 'Current level'],
    ['ru', 'Скачать формы (архив ZIP, по файлу на человека)', 'Имя', 'Текущий уровень'],
  ])(
    'in %s, the form for everyone is a zip of one file per person holding only their rows, without the lead’s level',
    async (locale, button, nameHeader, currentLevel) => {
      session = await openApp()
      const { page } = session
      await waitForGrid(page)
      if (locale === 'ru') await page.locator('[data-testid="language-select"]').selectOption('ru')
      await page.locator('[data-testid="nav-people"]').click()
      const exportButton = page.locator('[data-testid="self-assessment-export"]')
      await expect.poll(() => exportButton.innerText()).toBe(button)
      await expect(page.locator('[data-testid="self-assessment-hide-level"]').isChecked()).resolves.toBe(true)
      const [file] = await Promise.all([page.waitForEvent('download'), exportButton.click()])
      expect(file.suggestedFilename()).toBe('skillgrid-Demo-community-team-self-assessment.zip')
      const files = unzipSync(new Uint8Array(readFileSync(await file.path())))
      const names = Object.keys(files)
      const people = await page.locator('[data-testid="self-assessment-person"] option').count()
      expect(names).toHaveLength(people - 1)
      const emails = new Set<string>()
      for (const name of names) {
        const bytes = files[name] ?? new Uint8Array()
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
        const text = strFromU8(bytes)
        const lines = text.split('\r\n')
        const header = lines.findIndex((line) => line.startsWith(`${nameHeader}${locale === 'ru' ? ';' : ','}`))
        expect(header, name).toBeGreaterThan(0)
        expect(lines[header]).not.toContain(currentLevel)
        const rows = lines
          .slice(header + 1)
          .filter(Boolean)
          .map((line) => line.split(locale === 'ru' ? ';' : ','))
        // One person per file: every row has the same name and email.
        expect(new Set(rows.map((row) => `${row[0]}|${row[1]}`)).size).toBe(1)
        emails.add(rows[0]?.[1] ?? '')
      }
      expect(emails.size).toBeGreaterThan(5)
    },
  )
})
