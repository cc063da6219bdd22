import { readFileSync } from 'node:fs'
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
    expect(firstLines(skills.text, 1)).toEqual(['\uFEFFcategory,category_ru,skill,skill_ru,target_level,target_people,critical,aliases'])
    await expect(page.locator('[data-testid="csv-delimiter-comma"]').isChecked()).resolves.toBe(true)
  })
})
