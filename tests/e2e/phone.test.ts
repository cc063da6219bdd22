import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { cellOf, waitForGrid } from './support/matrixGrid'
import { openApp, type AppSession } from './support/session'

const PHONE = { width: 390, height: 844 }
const PAGES = ['matrix', 'skills', 'coverage', 'people', 'plan', 'roles', 'history'] as const
const PERSON_ROWS = '[data-testid="matrix-grid"] .ag-row[row-index]:not(.ag-row-pinned)'

let session: AppSession | null = null

afterEach(async () => {
  await session?.close()
  session = null
})

/** The matching elements that are not wholly inside the window, or are hidden there (clipped, covered). */
async function outsideWindow(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.flatMap((el) => {
      const box = el.getBoundingClientRect()
      const inside = box.left >= 0 && box.top >= 0 && box.right <= window.innerWidth && box.bottom <= window.innerHeight
      const shown = el.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2))
      return inside && shown ? [] : [`${el.textContent?.trim()} at ${Math.round(box.left)},${Math.round(box.top)}`]
    }),
  )
}

async function isInView(page: Page, selector: string): Promise<boolean> {
  return (await outsideWindow(page, selector)).length === 0
}

/** Whether the page, or its scrolling main area, scrolls sideways. */
async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const main = document.querySelector('main')
    const root = document.documentElement
    return root.scrollWidth > root.clientWidth || (!!main && main.scrollWidth > main.clientWidth)
  })
}

describe('the app on a phone (390 × 844)', () => {
  it('sets a level with the level editor, every button of it inside the window', async () => {
    session = await openApp({ viewport: PHONE })
    const { page } = session
    await waitForGrid(page)
    const skillId = await page.locator(`${PERSON_ROWS} .ag-cell.lvl-cell`).first().getAttribute('col-id')
    const name = (await page.locator(`${PERSON_ROWS} .ag-cell[col-id="person.name"]`).nth(6).innerText()).trim()
    // A row low in the grid: the editor must still not reach past the window.
    const cell = cellOf(page, name, skillId ?? '')
    await cell.dblclick()
    const editor = page.locator('[data-testid="level-editor"]')
    await editor.waitFor()
    expect(await editor.locator('button').count()).toBeGreaterThanOrEqual(10)
    expect(await outsideWindow(page, '[data-testid="level-editor"] button')).toEqual([])
    const before = (await cell.innerText()).trim()
    const level = before === '3' ? '1' : '3'
    await editor.locator(`.level-choice[data-level="${level}"]`).click()
    await editor.waitFor({ state: 'detached' })
    await expect.poll(async () => (await cell.innerText()).trim()).toBe(level)
    // The same from the keyboard on the first row, with the interest set and Apply.
    const first = page.locator(`${PERSON_ROWS} .ag-cell.lvl-cell`).first()
    await first.click()
    await page.keyboard.press('Enter')
    await editor.waitFor()
    expect(await outsideWindow(page, '[data-testid="level-editor"] button')).toEqual([])
    await editor.locator('[data-interest="2"]').click()
    await editor.locator('.level-choice[data-level="2"]').click()
    await expect.poll(async () => (await first.innerText()).trim()).toBe('2')
    await expect.poll(() => first.getAttribute('class')).toContain('int-grow')
  })

  it('keeps the level editor inside a short desktop window too, for a cell low in the grid', async () => {
    const window = { width: 1280, height: 420 }
    session = await openApp({ viewport: window })
    const { page } = session
    await waitForGrid(page)
    const cells = page.locator(`${PERSON_ROWS} .ag-cell.lvl-cell`)
    // The lowest, rightmost cell wholly on screen.
    const boxes = await cells.evaluateAll((all) => all.map((cell) => cell.getBoundingClientRect().toJSON() as DOMRect))
    const index = boxes.findLastIndex((box) => box.bottom <= window.height && box.right <= window.width)
    await cells.nth(index).dblclick()
    await page.locator('[data-testid="level-editor"]').waitFor()
    await page.waitForTimeout(100)
    expect(await outsideWindow(page, '[data-testid="level-editor"] button')).toEqual([])
  })

  it('reaches every page from the nav through its scroll cue, and no page scrolls sideways', async () => {
    session = await openApp({ viewport: PHONE })
    const { page } = session
    await waitForGrid(page)
    // Not every link fits: the cue shows that more are waiting.
    expect(await isInView(page, '[data-testid="nav-history"]')).toBe(false)
    expect(await page.locator('[data-testid="nav-more"]').isVisible()).toBe(true)
    for (const name of PAGES) {
      const link = `[data-testid="nav-${name}"]`
      for (let step = 0; step < 5 && !(await isInView(page, link)); step++) {
        const cue = page.locator('[data-testid="nav-more"]')
        if (await cue.isVisible()) await cue.click()
        else await page.locator('[data-testid="nav-more-before"]').click()
        await page.waitForTimeout(400)
      }
      expect(await isInView(page, link), name).toBe(true)
      await page.locator(link).click()
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/${name}`)
      await page.locator('main h1, [data-testid="matrix-grid"]').first().waitFor()
      await page.waitForTimeout(300)
      expect(await scrollsSideways(page), name).toBe(false)
      // The current page's link stays in view.
      expect(await isInView(page, link), name).toBe(true)
    }
  })

  it('folds Team and Title behind the name and the legend into a button, and remembers the choice', async () => {
    session = await openApp({ viewport: PHONE })
    const { page } = session
    await waitForGrid(page)
    const teamHeader = page.locator('[data-testid="matrix-grid"] .ag-header-cell[col-id="person.team"]')
    expect(await teamHeader.count()).toBe(0)
    const toggle = page.locator('[data-testid="matrix-person-columns"]')
    expect(await toggle.isChecked()).toBe(false)
    await toggle.check()
    await teamHeader.waitFor()
    await page.reload()
    await waitForGrid(page)
    expect(await toggle.isChecked()).toBe(true)
    await teamHeader.waitFor()

    const legend = page.locator('[data-testid="matrix-legend"]')
    expect(await legend.isVisible()).toBe(false)
    await page.locator('[data-testid="legend-toggle"]').click()
    expect(await legend.isVisible()).toBe(true)
  })

  it.each(['en-US', 'ru-RU'])('keeps what next to one line above the grid (%s)', async (locale) => {
    session = await openApp({ viewport: PHONE, locale })
    const { page } = session
    await waitForGrid(page)
    const next = await page.locator('[data-testid="matrix-next"]').boundingBox()
    const grid = await page.locator('[data-testid="matrix-grid"]').boundingBox()
    expect(next!.height).toBeLessThan(22)
    expect(next!.y + next!.height).toBeLessThanOrEqual(grid!.y)
    expect(await outsideWindow(page, '[data-testid="matrix-next"] a')).toEqual([])
  })

  it('draws chart labels at 11 px or more as rendered', async () => {
    session = await openApp({ viewport: PHONE, path: '/coverage' })
    const { page } = session
    await page.locator('[data-testid="level-heatmap"] .heatmap-row').first().waitFor()
    const smallest = () =>
      page.locator('.chart-svg text, .trend-svg text').evaluateAll((texts) =>
        Math.min(
          ...texts.map((text) => {
            const svg = (text as SVGTextElement).ownerSVGElement
            const scale = svg?.getScreenCTM()?.a ?? 1
            return parseFloat(getComputedStyle(text).fontSize) * scale
          }),
        ),
      )
    expect(await smallest()).toBeGreaterThanOrEqual(11)
    await page.locator('[data-testid="nav-more"]').click()
    await page.locator('[data-testid="nav-history"]').click()
    await page.locator('[data-testid="snapshot-save"]').click()
    await page.locator('[data-testid="trend-chart"] .trend-svg text').first().waitFor()
    expect(await smallest()).toBeGreaterThanOrEqual(11)
  })
})
