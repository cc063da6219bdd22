import { afterEach, describe, expect, it } from 'vitest'
import { cellOf, rowNames, skillColumnByName, waitForGrid } from './support/matrixGrid'
import { openApp, type AppSession } from './support/session'

let session: AppSession | null = null

afterEach(async () => {
  await session?.close()
  session = null
})

describe('offline and installable', () => {
  it('serves a web app manifest with icons', async () => {
    session = await openApp()
    const { page, baseUrl } = session
    const href = await page.locator('link[rel="manifest"]').getAttribute('href')
    expect(href).toBeTruthy()
    const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), new URL(href!, baseUrl).href)
    expect(manifest).toMatchObject({ short_name: 'Skillgrid', display: 'standalone' })
    expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    )
  })

  it('loads and works with the network off after the first visit', async () => {
    session = await openApp()
    // Requests made while the network is off fail, and the browser says so.
    session.allowConsole(/ERR_INTERNET_DISCONNECTED/)
    const { page, context } = session
    await waitForGrid(page)
    // The service worker has precached the app once it is active.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready
      return registration.active?.state
    })
    await context.setOffline(true)
    await page.reload()
    await waitForGrid(page)
    expect(await rowNames(page)).toHaveLength(16)
    // An edit offline is saved: the storage code (loaded after the matrix shows) comes from the cache.
    const cell = cellOf(page, 'James Wilson', await skillColumnByName(page, 'Consulting'))
    await cell.click()
    const next = (await cell.innerText()).trim() === '4' ? '2' : '4'
    await page.keyboard.press(next)
    await expect.poll(() => page.locator('[data-testid="save-status"]').getAttribute('data-state')).toBe('saved')
    await page.reload()
    await waitForGrid(page)
    await expect
      .poll(async () =>
        (await cellOf(page, 'James Wilson', await skillColumnByName(page, 'Consulting')).innerText()).trim(),
      )
      .toBe(next)
    await page.locator('[data-testid="nav-coverage"]').click()
    await expect.poll(() => page.locator('main h1').count()).toBeGreaterThan(0)
    await context.setOffline(false)
  })

  it('runs under the Content-Security-Policy without violations', async () => {
    session = await openApp()
    const { page } = session
    const violations: string[] = []
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text))
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        ;(window as unknown as { reportViolation: (t: string) => void }).reportViolation(
          `${event.violatedDirective} ${event.blockedURI}`,
        )
      })
    })
    await page.reload()
    await waitForGrid(page)
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("connect-src 'self'")
    for (const nav of ['skills', 'coverage', 'people', 'plan', 'roles', 'matrix']) {
      await page.locator(`[data-testid="nav-${nav}"]`).click()
      await page.waitForTimeout(150)
    }
    expect(violations).toEqual([])
  })
})
