import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousA11yViolations } from './support/a11y'
import { waitForGrid } from './support/matrixGrid'
import { openApp, type AppSession } from './support/session'

let session: AppSession

beforeAll(async () => {
  session = await openApp()
  await waitForGrid(session.page)
})

afterAll(async () => {
  await session.close()
})

describe('accessibility (axe-core): no serious or critical violations', () => {
  it.each(['matrix', 'skills', 'coverage', 'people', 'plan', 'roles', 'history'])('on the %s page', async (page) => {
    await session.page.locator(`[data-testid="nav-${page}"]`).click()
    await session.page.waitForTimeout(400)
    expect(await seriousA11yViolations(session.page)).toEqual([])
  })

  it('on the history page with snapshots, the chart and a comparison', async () => {
    const { page } = session
    await page.locator('[data-testid="nav-history"]').click()
    await page.locator('[data-testid="snapshot-save"]').click()
    await page.locator('[data-testid="snapshot-save"]').click()
    await page.locator('[data-testid="trend-chart"]').waitFor()
    await page.locator('[data-testid="compare-run"]').click()
    await page.locator('[data-testid="snapshot-diff"]').waitFor()
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  it('in the import preview with its change list', async () => {
    const { page } = session
    await page.locator('[data-testid="nav-matrix"]').click()
    await waitForGrid(page)
    await page.setInputFiles('[data-testid="import-file"]', {
      name: 'change.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Name,Email,Consulting,Roadmap Development\nAlex Chen,alex.chen@example.org,4,0\n'),
    })
    await page.locator('[data-testid="import-change"]').first().waitFor()
    expect(await seriousA11yViolations(page)).toEqual([])
    await page.locator('[data-testid="import-cancel"]').click()
  })

  it('with the workspace menu open and in a dialog', async () => {
    const { page } = session
    await page.locator('[data-testid="nav-matrix"]').click()
    await page.locator('[data-testid="workspace-menu"]').click()
    expect(await seriousA11yViolations(page)).toEqual([])
    await page.locator('[data-testid="workspace-rename"]').click()
    await page.locator('[data-testid="confirm-dialog"]').waitFor()
    expect(await seriousA11yViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
  })

  it('in Russian', async () => {
    const { page } = session
    await page.locator('[data-testid="language-select"]').selectOption('ru')
    await page.locator('[data-testid="nav-matrix"]').click()
    await expect.poll(() => page.locator('[data-testid="nav-matrix"]').innerText()).toBe('Матрица')
    await waitForGrid(page)
    expect(await seriousA11yViolations(page)).toEqual([])
    await page.locator('[data-testid="language-select"]').selectOption('en')
  })

  it('reaches the grid and the header by keyboard alone, with a visible focus', async () => {
    const { page } = session
    await page.reload()
    await waitForGrid(page)
    const seen = new Set<string>()
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab')
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null
        if (!el) return null
        const style = getComputedStyle(el)
        return {
          id: el.getAttribute('data-testid') ?? el.getAttribute('col-id') ?? el.tagName,
          visibleFocus: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
        }
      })
      if (info) {
        seen.add(info.id)
        expect(info.visibleFocus, `focus on ${info.id} is visible`).toBe(true)
      }
    }
    expect(seen).toContain('nav-coverage')
    expect(seen).toContain('matrix-filter')
    expect([...seen].some((id) => id.startsWith('person.') || id.length > 30)).toBe(true)
  })
})
