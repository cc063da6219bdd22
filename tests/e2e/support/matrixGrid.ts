import type { Page } from 'playwright-core'

/** People's rows: the pinned coverage summary row ("Holders / target") is not a person. */
const PERSON_ROWS = '[data-testid="matrix-grid"] .ag-row[row-index]:not(.ag-row-pinned)'

/**
 * The element that scrolls the grid's body sideways. Not the fake scrollbar under it: AG Grid ignores
 * the scrollbar for 150 ms after the body scrolled (the import spotlight scrolls it), and setting it
 * again to the same position fires no second event, so the grid could stay where it was.
 */
const SCROLLER = '[data-testid="matrix-grid"] .ag-grid-viewport'

/** Waits until the matrix grid shows rows (AG Grid 36 renders one .ag-row per row, pinned cells inside it). */
export async function waitForGrid(page: Page) {
  await page.locator(PERSON_ROWS).first().waitFor({ timeout: 20_000 })
}

/** Names in the grid's rows as displayed. */
export async function rowNames(page: Page): Promise<string[]> {
  const names = await page.locator(`${PERSON_ROWS} .ag-cell[col-id="person.name"]`).allInnerTexts()
  return names.map((name) => name.trim())
}

/** The cell of a person (by name) in a column (by col-id). */
export function cellOf(page: Page, personName: string, colId: string) {
  const row = page.locator('[data-testid="matrix-grid"] .ag-row[row-index]', {
    has: page.locator('.ag-cell[col-id="person.name"]', { hasText: personName }),
  })
  return row.locator(`.ag-cell[col-id="${colId}"]`)
}

/** Every column header the grid shows, scrolling horizontally through the virtualised columns. */
export async function allHeaders(page: Page): Promise<Map<string, string>> {
  const headers = new Map<string, string>()
  const viewport = page.locator(SCROLLER)
  const collect = async () => {
    const seen = await page
      .locator('[data-testid="matrix-grid"] .ag-header-row-column .ag-header-cell[col-id]')
      .evaluateAll((cells) => cells.map((c) => [c.getAttribute('col-id') ?? '', c.textContent?.trim() ?? ''] as const))
    for (const [id, text] of seen) headers.set(id, text)
  }
  await viewport.evaluate((el) => (el.scrollLeft = 0))
  await collect()
  // Step right until the scroll position stops moving; the width is read again at every step
  // because a grid whose columns were just rebuilt is still growing.
  for (let step = 0; step < 200; step++) {
    const before = await viewport.evaluate((el) => el.scrollLeft)
    await viewport.evaluate((el) => (el.scrollLeft += 500))
    await page.waitForTimeout(60)
    await collect()
    if ((await viewport.evaluate((el) => el.scrollLeft)) === before) break
  }
  await viewport.evaluate((el) => (el.scrollLeft = 0))
  return headers
}

/** Scrolls the matrix sideways until a column is rendered, then brings it into view. */
export async function revealColumn(page: Page, colId: string) {
  const viewport = page.locator(SCROLLER)
  const header = page.locator(`[data-testid="matrix-grid"] .ag-header-cell[col-id="${colId}"]`)
  const width = await viewport.evaluate((el) => el.scrollWidth)
  for (let left = 0; left <= width + 600; left += 500) {
    if (await header.count()) break
    await viewport.evaluate((el, x) => (el.scrollLeft = x), left)
    await page.waitForTimeout(60)
  }
  await header.scrollIntoViewIfNeeded()
  return header
}

/** The col-id of the skill column whose header text is exactly `name`. */
export async function skillColumnByName(page: Page, name: string): Promise<string> {
  // A sweep can miss a column whose header was being rebuilt as the sweep passed it (seen once
  // with other browsers loading the machine), so a missing name is looked for twice more.
  for (let sweep = 0; sweep < 3; sweep++) {
    const found = [...(await allHeaders(page))].find(([, text]) => text === name)
    if (found) return found[0]
    await page.waitForTimeout(250)
  }
  throw new Error(`No skill column named ${name}`)
}

/** The coverage badge of a skill column's header: its status and its text (kept in a shadow root). */
export async function headerStatus(page: Page, colId: string): Promise<{ status: string | null; text: string }> {
  const badge = page.locator(`[data-testid="matrix-grid"] .ag-header-cell[col-id="${colId}"] .skill-status`)
  return badge.evaluate((el) => ({
    status: el.getAttribute('data-status'),
    text: el.shadowRoot?.textContent?.trim() ?? '',
  }))
}

/** The cell of a skill column in the pinned coverage summary row. */
export function summaryCellOf(page: Page, colId: string) {
  return page.locator(`[data-testid="matrix-grid"] .ag-row-pinned .ag-cell[col-id="${colId}"]`)
}
