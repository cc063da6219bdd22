import { afterEach, describe, expect, it } from 'vitest'
import { rowNames, waitForGrid } from './support/matrixGrid'
import { openApp, type AppSession } from './support/session'

let session: AppSession | null = null

afterEach(async () => {
  await session?.close()
  session = null
})

async function openMenu(session: AppSession) {
  await session.page.locator('[data-testid="workspace-menu"]').click()
}

describe('workspace actions', () => {
  it('empties the workspace only after confirmation, and resets to the demo the same way', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    await openMenu(session)
    await page.locator('[data-testid="start-empty"]').click()
    await page.locator('[data-testid="confirm-cancel"]').click()
    expect(await rowNames(page)).toHaveLength(16)

    await openMenu(session)
    await page.locator('[data-testid="start-empty"]').click()
    await expect(page.locator('[data-testid="confirm-dialog"]').innerText()).resolves.toContain('cannot be undone')
    await page.locator('[data-testid="confirm-ok"]').click()
    await page.locator('[data-testid="matrix-empty"]').waitFor()
    expect(await rowNames(page)).toHaveLength(0)

    await openMenu(session)
    await page.locator('[data-testid="reset-demo"]').click()
    await page.locator('[data-testid="confirm-ok"]').click()
    await waitForGrid(page)
    expect(await rowNames(page)).toHaveLength(16)
  })

  it('creates a second workspace, switches between them and reopens the last used one', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    await openMenu(session)
    await page.locator('[data-testid="workspace-new"]').click()
    await page.locator('[data-testid="confirm-input"]').fill('Волонтёры')
    await page.locator('[data-testid="confirm-ok"]').click()
    await page.locator('[data-testid="matrix-empty"]').waitFor()
    await expect(page.locator('[data-testid="workspace-menu"]').innerText()).resolves.toBe('Волонтёры')

    await page.reload()
    await page.locator('[data-testid="matrix-empty"]').waitFor()
    await openMenu(session)
    await page.locator('[data-testid="workspace-switch"][data-workspace="Demo community team"]').click()
    await waitForGrid(page)
    expect(await rowNames(page)).toHaveLength(16)
  })

  it('shows the framework credit in the About box', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    await openMenu(session)
    await page.locator('[data-testid="about-open"]').click()
    await expect(page.locator('[data-testid="framework-credit"]').innerText()).resolves.toContain(
      'The Community Roundtable',
    )
  })

  it('switches the interface, skill and level names to Russian and remembers it', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    await page.locator('[data-testid="language-select"]').selectOption('ru')
    // Russian messages load on first use.
    await expect.poll(() => page.locator('[data-testid="nav-matrix"]').innerText()).toBe('Матрица')
    await expect
      .poll(() =>
        page
          .locator('[data-testid="matrix-grid"] .ag-header-cell-text', { hasText: 'Разработка дорожной карты' })
          .count(),
      )
      .toBeGreaterThan(0)
    await expect(page.locator('[data-testid="matrix-legend"]').innerText()).resolves.toContain('Уверенно')
    await page.reload()
    await waitForGrid(page)
    await expect.poll(() => page.locator('[data-testid="nav-coverage"]').innerText()).toBe('Покрытие')
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ru')
  })
})
