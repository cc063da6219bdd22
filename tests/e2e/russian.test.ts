import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { rowNames, waitForGrid } from './support/matrixGrid'
import { openApp } from './support/session'

/** Latin words that may stay in the Russian interface: formats, keys, brands. */
const ALLOWED = new Set([
  'English',
  'Skillgrid',
  'CSV',
  'JSON',
  'ZIP',
  'Excel',
  'Google',
  'Sheets',
  'AG',
  'Grid',
  'Ctrl',
  'Shift',
  'Enter',
  'Esc',
  'Tab',
  'Delete',
  'Backspace',
  // File formats and text encodings by their names (export menu, import wizard).
  'xlsx',
  'UTF',
  'LE',
  'BE',
  'Windows',
])

/**
 * Latin words a Russian reader sees on the page (its text, placeholders and hover titles),
 * outside user data: e-mail addresses and links are data, so is what `dataWords` lists.
 */
async function latinWords(page: Page, dataWords: ReadonlySet<string>): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[placeholder], [title]')].flatMap((el) => [
      el.getAttribute('placeholder') ?? '',
      el.getAttribute('title') ?? '',
    ])
    return [document.body.innerText, ...attributes]
  })
  const words =
    texts
      .join('\n')
      .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, ' ')
      .replace(/https?:\/\/\S+/g, ' ')
      .match(/[A-Za-z]{2,}/g) ?? []
  return [...new Set(words.filter((word) => !ALLOWED.has(word) && !dataWords.has(word)))].sort()
}

/** Words of the bundled framework's skill, category and role names (both languages) and aliases, and of the seeded learning catalogue: data, not interface. */
function frameworkWords(): Set<string> {
  interface Named {
    en: string
    ru: string
    aliases?: string[]
  }
  const framework = JSON.parse(
    readFileSync(new URL('../../src/assets/community-skills-framework.json', import.meta.url), 'utf8'),
  ) as { categories: (Named & { skills: Named[] })[]; roles: Named[] }
  const named = [...framework.categories, ...framework.categories.flatMap((c) => c.skills), ...framework.roles]
  const names = named.flatMap((n) => [n.en, n.ru, ...(n.aliases ?? [])])
  // The seeded learning catalogue is data too: its titles (some only in English) and notes.
  const catalogue = JSON.parse(
    readFileSync(new URL('../../src/assets/learning-resources.json', import.meta.url), 'utf8'),
  ) as { resources: { title: Named; note?: string }[] }
  const learning = catalogue.resources.flatMap((r) => [r.title.en, r.title.ru, r.note ?? ''])
  return new Set([...names, ...learning].join(' ').match(/[A-Za-z]{2,}/g) ?? [])
}

const PERSON_CELLS = '[data-testid="matrix-grid"] .ag-row[row-index]:not(.ag-row-pinned)'

const PAGES = ['matrix', 'skills', 'coverage', 'people', 'plan', 'roles', 'learning', 'history'] as const

describe('the app in Russian', () => {
  it('opens with a Russian demo team and shows no English word on any page', async () => {
    const session = await openApp({ locale: 'ru-RU' })
    const { page } = session
    await waitForGrid(page)
    const names = await rowNames(page)
    expect(names).toContain('Игорь Волков')
    expect(names.filter((name) => /[A-Za-z]/.test(name))).toEqual([])
    expect(await page.locator('[data-testid="nav-matrix"]').innerText()).toBe('Матрица')
    const dataWords = frameworkWords()

    const found: Record<string, string[]> = {}
    for (const name of PAGES) {
      await page.locator(`[data-testid="nav-${name}"]`).click()
      if (name === 'matrix') await waitForGrid(page)
      if (name === 'plan') {
        await page.locator('[data-testid="plan-run"]').click()
        await page.locator('[data-testid="plan-status"]').waitFor({ timeout: 60_000 })
        await page.locator('[data-testid="plan-save-name"]').fill('Первый')
        await page.locator('[data-testid="plan-save"]').click()
        await page.locator('[data-testid="plan-save-name"]').fill('Второй')
        await page.locator('[data-testid="plan-save"]').click()
        await expect.poll(() => page.locator('[data-testid="plan-status"]').innerText()).toBe('оптимален')
      }
      if (name === 'history') {
        await page.locator('[data-testid="snapshot-save"]').click()
        await page.locator('[data-testid="snapshot-save"]').click()
        await page.locator('[data-testid="trend-chart"]').waitFor()
        await page.locator('[data-testid="compare-run"]').click()
        await page.locator('[data-testid="snapshot-diff"]').waitFor()
      }
      await page.waitForTimeout(300)
      found[name] = await latinWords(page, dataWords)
    }
    expect(found).toEqual(Object.fromEntries(PAGES.map((name) => [name, []])))
  })

  it('shows no English word on a skill’s page, a self-assessment form, the level editor, nor in the person, export and import dialogs', async () => {
    const session = await openApp({ locale: 'ru-RU' })
    const { page } = session
    await waitForGrid(page)
    const dataWords = frameworkWords()
    const found: Record<string, string[]> = {}

    await page.locator('[data-testid="nav-skills"]').click()
    await page.locator('[data-testid="skill-learning-link"]').first().click()
    await page.locator('[data-testid="skill-candidates"]').waitFor()
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/skills\/[^/]+$/)
    found.skillDetail = await latinWords(page, dataWords)

    await page.locator('[data-testid="nav-people"]').click()
    const person = page.locator('[data-testid="self-assessment-person"]')
    await person.selectOption({ index: 1 })
    await page.locator('[data-testid="self-assessment-print"]').click()
    await page.locator('[data-testid="self-assessment-sheet"]').first().waitFor()
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/form\/[^/]+$/)
    found.form = await latinWords(page, dataWords)

    await page.locator('[data-testid="nav-matrix"]').click()
    await waitForGrid(page)
    await page.locator(`${PERSON_CELLS} .ag-cell.lvl-cell`).first().dblclick()
    await page.locator('[data-testid="level-editor"]').waitFor()
    found.levelEditor = await latinWords(page, dataWords)
    await page.keyboard.press('Escape')
    await page.locator('[data-testid="person-add"]').click()
    await page.locator('[data-testid="person-dialog"]').waitFor()
    found.personDialog = await latinWords(page, dataWords)
    await page.keyboard.press('Escape')
    await page.locator('[data-testid="person-dialog"]').waitFor({ state: 'detached' })
    await page.locator('[data-testid="export-menu"]').click()
    await page.locator('[data-testid="export-wide"]').waitFor()
    found.exportMenu = await latinWords(page, dataWords)
    await page.locator('[data-testid="export-menu"]').click()

    // A Russian file with one skill the workspace does not have: the preview shows every part of the wizard.
    const folder = mkdtempSync(join(tmpdir(), 'skillgrid-ru-'))
    const file = join(folder, 'команда.csv')
    writeFileSync(
      file,
      '\uFEFFИмя;Почта;Команда;Должность;Модерация и разрешение конфликтов;Сбор пожертвований\r\n' +
        'Пётр Сидоров;petr@example.org;Ядро;Модератор;3;2\r\nИгорь Волков;;Платформа;Администратор;эксперт;нет\r\n',
    )
    try {
      await page.setInputFiles('[data-testid="import-file"]', file)
      await page.locator('[data-testid="import-preview"]').waitFor()
      await page.locator('[data-testid="import-progress"]').waitFor({ state: 'detached' })
      await page.waitForTimeout(300)
      // The file's name is data too.
      found.importPreview = await latinWords(page, new Set([...dataWords, 'csv']))
      await page.locator('[data-testid="import-cancel"]').click()
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
    expect(found).toEqual({
      skillDetail: [],
      form: [],
      levelEditor: [],
      personDialog: [],
      exportMenu: [],
      importPreview: [],
    })
  })

  it('shows AG Grid’s own texts in Russian: no rows for a filter that matches nobody', async () => {
    const session = await openApp({ locale: 'ru-RU' })
    const { page } = session
    await waitForGrid(page)
    await page.locator('[data-testid="matrix-filter"]').fill('никого-такого-нет')
    await expect
      .poll(() => page.locator('[data-testid="matrix-grid"] .ag-overlay').innerText())
      .toContain('Под фильтр никто не подходит')
  })
})
