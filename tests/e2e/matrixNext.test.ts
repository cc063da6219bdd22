import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { coverageSummary } from './support/coverageSummary'
import { summaryCellOf, waitForGrid } from './support/matrixGrid'
import { openApp, type AppSession } from './support/session'

const PERSON_ROWS = '[data-testid="matrix-grid"] .ag-row[row-index]:not(.ag-row-pinned)'

let session: AppSession | null = null

afterEach(async () => {
  await session?.close()
  session = null
})

const fixture = (...parts: string[]) => join(import.meta.dirname, '../fixtures', ...parts)

describe('what next, above the matrix', () => {
  it('counts the uncovered and at-risk skills as the Coverage page does, and links to Coverage and Plan', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    const next = page.locator('[data-testid="matrix-next"]')
    const uncovered = await next.locator('[data-testid="matrix-next-uncovered"]').innerText()
    const atRisk = await next.locator('[data-testid="matrix-next-at-risk"]').innerText()
    // One line above the grid.
    const box = await next.boundingBox()
    const grid = await page.locator('[data-testid="matrix-grid"]').boundingBox()
    expect(box!.height).toBeLessThan(24)
    expect(box!.y + box!.height).toBeLessThanOrEqual(grid!.y)

    await next.locator('[data-testid="matrix-next-coverage"]').click()
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/coverage')
    await page.locator('[data-testid="coverage-summary"]').waitFor()
    const summary = await coverageSummary(page)
    expect(uncovered).toContain(`${summary.uncovered} skills uncovered`)
    expect(atRisk).toContain(`${summary['at-risk']} at risk`)

    await page.locator('[data-testid="nav-matrix"]').click()
    await waitForGrid(page)
    await page.locator('[data-testid="matrix-next-plan"]').click()
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/plan')
    await page.locator('[data-testid="plan-run"]').waitFor()
  })

  it('speaks Russian and follows an edit at once', async () => {
    session = await openApp({ locale: 'ru-RU' })
    const { page } = session
    await waitForGrid(page)
    const next = page.locator('[data-testid="matrix-next"]')
    expect((await next.innerText()).replace(/\s+/g, ' ')).toMatch(
      /^✕ ?\d+ навык(а|ов)? не покрыт(ы|о)? ! ?\d+ под угрозой Покрытие → План →$/,
    )
    const atRisk = async () =>
      Number((await next.locator('[data-testid="matrix-next-at-risk"]').innerText()).match(/\d+/)?.[0])
    const before = await atRisk()
    // The first skill has one holder of the two it needs; a second expert covers it.
    const skillId = (await page.locator(`${PERSON_ROWS} .ag-cell.lvl-cell`).first().getAttribute('col-id')) ?? ''
    expect(await summaryCellOf(page, skillId).innerText()).toMatch(/^!\s*1\/2$/)
    const cells = page.locator(`${PERSON_ROWS} .ag-cell[col-id="${skillId}"]`)
    const values = (await cells.allInnerTexts()).map((text) => text.trim())
    const nonHolder = values.findIndex((value) => value === '' || Number(value) < 3)
    await cells.nth(nonHolder).click()
    await page.keyboard.press('4')
    await expect.poll(atRisk).toBe(before - 1)
  })
})

describe('after an import', () => {
  it('scrolls the grid to the first skill column the import added and marks it for a moment', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    const viewport = page.locator('[data-testid="matrix-grid"] .ag-body-horizontal-scroll-viewport')
    expect(await viewport.evaluate((el) => el.scrollLeft)).toBe(0)
    await page.setInputFiles('[data-testid="import-file"]', fixture('csv', 'google-sheets-categories.csv'))
    await page.locator('[data-testid="import-preview"]').waitFor()
    await page.locator('[data-testid="import-progress"]').waitFor({ state: 'detached' })
    await page.locator('[data-testid="import-commit"]').click()
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' })

    // Grant writing is the one new skill, in a new category after all the others: far to the right.
    const header = page.locator('[data-testid="matrix-grid"] .ag-header-cell.col-spotlight')
    await header.waitFor({ timeout: 5000 })
    expect((await header.innerText()).trim()).toBe('Grant writing')
    expect(await viewport.evaluate((el) => el.scrollLeft)).toBeGreaterThan(1000)
    const gridBox = await page.locator('[data-testid="matrix-grid"]').boundingBox()
    const headerBox = await header.boundingBox()
    expect(headerBox!.x).toBeGreaterThanOrEqual(gridBox!.x)
    expect(headerBox!.x + headerBox!.width).toBeLessThanOrEqual(gridBox!.x + gridBox!.width)
    const colId = await header.getAttribute('col-id')
    expect(
      await page.locator(`[data-testid="matrix-grid"] .ag-cell.col-spotlight[col-id="${colId}"]`).count(),
    ).toBeGreaterThan(0)
    // The mark goes after a moment.
    await page
      .locator('[data-testid="matrix-grid"] .col-spotlight')
      .first()
      .waitFor({ state: 'detached', timeout: 6000 })
  })
})
