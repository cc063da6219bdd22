import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { allHeaders, cellOf, revealColumn, rowNames, skillColumnByName, waitForGrid } from './support/matrixGrid'
import { openApp, type AppSession } from './support/session'

let session: AppSession | null = null

afterEach(async () => {
  await session?.close()
  session = null
})

const FILE = join(import.meta.dirname, '../fixtures/csv/ru-short-names-totals.csv')

async function importFile(page: Page, path: string) {
  await page.setInputFiles('[data-testid="import-file"]', path)
  await page.locator('[data-testid="import-preview"]').waitFor()
  await page.locator('[data-testid="import-progress"]').waitFor({ state: 'detached' })
}

const TEXTS = {
  en: {
    moderation: 'Moderation & conflict facilitation',
    use: 'Use “Moderation & conflict facilitation”',
    totals: 'Row 4: “Итого” — Import as a person',
    newSkill: 'New skill “Модерация” in Uncategorised',
  },
  ru: {
    moderation: 'Модерация и урегулирование конфликтов',
    use: 'Использовать «Модерация и урегулирование конфликтов»',
    totals: 'Строка 4: «Итого» — Импортировать как человека',
    newSkill: 'Новый навык «Модерация» в категории «Без категории»',
  },
} as const

describe('mapping a Russian file onto the workspace’s skills', () => {
  it.each(['en', 'ru'] as const)(
    'in %s: “Модерация” gets the stored skill suggested, taken with one click and committed onto it; the totals row is left out',
    async (locale) => {
      const text = TEXTS[locale]
      session = await openApp(locale === 'ru' ? { locale: 'ru-RU' } : {})
      const { page } = session
      await waitForGrid(page)
      await importFile(page, FILE)

      const moderation = page.locator('[data-testid="import-column-map"][data-column="Модерация"]')
      await expect(moderation.getAttribute('data-choice')).resolves.toBe('new')
      await expect(moderation.locator('[data-testid="import-column-choice"]').innerText()).resolves.toContain(
        text.newSkill,
      )
      const suggestion = moderation.locator('[data-testid="import-column-suggestion"]')
      await expect(suggestion.innerText()).resolves.toBe(text.use)
      await suggestion.click()
      await expect
        .poll(() => moderation.locator('[data-testid="import-column-choice"]').innerText())
        .toContain(text.moderation)
      await expect(moderation.locator('[data-testid="import-column-suggestion"]').count()).resolves.toBe(0)
      // The preview follows: no new skill is listed for it.
      await expect(page.locator('[data-testid="import-new-skills"]').innerText()).resolves.not.toContain('Модерация')

      const totals = page.locator('[data-testid="import-summary-row"][data-row="4"]')
      await expect(totals.innerText()).resolves.toBe(text.totals)
      await expect(totals.getAttribute('data-kept')).resolves.toBe('false')
      await expect(page.locator('[data-testid="import-added"]').innerText()).resolves.not.toContain('Итого')
      await expect(page.locator('[data-testid="import-problem"]').count()).resolves.toBe(0)

      await page.locator('[data-testid="import-commit"]').click()
      await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' })
      await expect.poll(() => rowNames(page)).toContain('Анна Петрова')
      expect(await rowNames(page)).not.toContain('Итого')
      const headers = [...(await allHeaders(page)).values()]
      expect(headers.some((header) => header.startsWith('Модерация') && !header.startsWith(text.moderation))).toBe(
        false,
      )
      const column = await skillColumnByName(page, text.moderation)
      await revealColumn(page, column)
      await expect.poll(async () => (await cellOf(page, 'Анна Петрова', column).innerText()).trim()).toBe('4')
    },
  )

  it('keeps the totals row when the lead ticks it, and finds the mapping from the keyboard', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    await importFile(page, FILE)
    const totals = page.locator('[data-testid="import-summary-row"][data-row="4"]')
    await totals.locator('input').check()
    await expect.poll(() => totals.getAttribute('data-kept')).toBe('true')
    // Kept, it is an ordinary row: its 6 is off the 0–4 scale, a problem to fix.
    await expect.poll(() => page.locator('[data-testid="import-problem"]').count()).toBe(1)
    await expect(page.locator('[data-testid="import-problem"]').innerText()).resolves.toContain('Row 4')
    await totals.locator('input').uncheck()
    await expect.poll(() => page.locator('[data-testid="import-problem"]').count()).toBe(0)

    const moderation = page.locator('[data-testid="import-column-map"][data-column="Модерация"]')
    await moderation.locator('[data-testid="import-column-choice"]').focus()
    await page.keyboard.press('Enter')
    await page.keyboard.type('урегулир')
    await page.keyboard.press('Enter')
    await expect
      .poll(() => moderation.locator('[data-testid="import-column-choice"]').innerText())
      .toContain('Moderation & conflict facilitation')
    await expect(page.locator('[data-testid="import-commit"]').isEnabled()).resolves.toBe(true)
  })
})

describe('“Names in Russian” export', () => {
  it('writes the long CSV with Russian headers and names, remembered, and imports it back without a change', async () => {
    session = await openApp({ locale: 'ru-RU' })
    const { page } = session
    await waitForGrid(page)
    await page.locator('[data-testid="export-menu"]').click()
    await page.locator('[data-testid="csv-local-names"]').check()
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export-long"]').click(),
    ])
    const path = await file.path()
    const text = readFileSync(path, 'utf8')
    expect(text.split('\r\n')[0]).toBe('\uFEFFучастник;почта;команда;категория;навык;уровень;интерес')
    expect(text).toContain(';Стратегия;Разработка стратегии сообщества;')
    await page.reload()
    await waitForGrid(page)
    await page.locator('[data-testid="export-menu"]').click()
    await expect(page.locator('[data-testid="csv-local-names"]').isChecked()).resolves.toBe(true)
    await page.locator('[data-testid="export-menu"]').click()
    await importFile(page, path)
    await expect(page.locator('[data-testid="import-new-skills"]').innerText()).resolves.toContain('Новые навыки: 0')
    await expect(page.locator('[data-testid="import-changes"]').count()).resolves.toBe(0)
    await expect(page.locator('[data-testid="import-problem"][data-severity="error"]').count()).resolves.toBe(0)
  })
})
