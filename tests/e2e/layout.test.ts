import { afterEach, describe, expect, it } from 'vitest'
import { waitForGrid } from './support/matrixGrid'
import { openApp, type AppSession } from './support/session'

let session: AppSession | null = null

afterEach(async () => {
  await session?.close()
  session = null
})

/** Scrolls the page's scroll container to its end and says whether `selector` is then on screen. */
async function visibleAfterScrolling(session: AppSession, selector: string): Promise<boolean> {
  const { page } = session
  await page.locator('main').evaluate((main) => main.scrollTo(0, main.scrollHeight))
  const box = await page.locator(selector).last().boundingBox()
  const height = page.viewportSize()?.height ?? 0
  return box !== null && box.y >= 0 && box.y + box.height <= height
}

describe('layout', () => {
  it('scrolls long pages to their end (coverage list, plan)', async () => {
    session = await openApp({ path: '/coverage', viewport: { width: 1280, height: 700 } })
    await session.page.locator('[data-testid="coverage-skill"]').first().waitFor()
    expect(await visibleAfterScrolling(session, '[data-testid="coverage-skill"]')).toBe(true)
    await session.page.locator('[data-testid="nav-plan"]').click()
    await session.page.locator('[data-testid="plan-run"]').click()
    await session.page.locator('[data-testid="plan-status"]').waitFor({ timeout: 30_000 })
    expect(await visibleAfterScrolling(session, '[data-testid="plan-coverage-skill"]')).toBe(true)
  })

  it('gives the matrix grid the height of the window, not more', async () => {
    session = await openApp({ viewport: { width: 1280, height: 800 } })
    await waitForGrid(session.page)
    const grid = await session.page.locator('[data-testid="matrix-grid"]').boundingBox()
    expect(grid?.height).toBeGreaterThan(400)
    expect((grid?.y ?? 0) + (grid?.height ?? 0)).toBeLessThanOrEqual(800)
  })

  it('fits a phone’s width: no page scrolls sideways, every page link can be reached and used', async () => {
    session = await openApp({ viewport: { width: 390, height: 844 } })
    const { page } = session
    await waitForGrid(page)
    for (const nav of ['matrix', 'skills', 'coverage', 'people', 'plan', 'roles', 'history']) {
      const link = page.locator(`[data-testid="nav-${nav}"]`)
      // The links scroll sideways in their own row when they do not all fit.
      await link.scrollIntoViewIfNeeded()
      await link.click()
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/${nav}`)
      await page.locator('main h1, [data-testid="matrix-grid"]').first().waitFor()
      const widths = await page.evaluate(() => ({
        content: document.documentElement.scrollWidth,
        window: document.documentElement.clientWidth,
      }))
      expect(widths.content, nav).toBeLessThanOrEqual(widths.window)
      const header = await page.locator('.app-header').boundingBox()
      expect(header?.width, nav).toBeLessThanOrEqual(390)
    }
    expect(await page.locator('[data-testid="save-status"]').isVisible()).toBe(true)
  })
})
