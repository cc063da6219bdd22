import type { Page } from 'playwright-core'

/** The coverage summary numbers shown on the page (Coverage or People page). */
export async function coverageSummary(
  page: Page,
): Promise<Record<'covered' | 'at-risk' | 'uncovered' | 'deficit', number>> {
  const summary = page.locator('[data-testid="coverage-summary"]')
  const read = async (key: string) =>
    Number((await summary.locator(`[data-testid="coverage-${key}"]`).innerText()).trim())
  return {
    covered: await read('covered'),
    'at-risk': await read('at-risk'),
    uncovered: await read('uncovered'),
    deficit: await read('deficit'),
  }
}
