import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { waitForGrid } from './support/matrixGrid'
import { openApp, uncheckedProblems, type AppSession } from './support/session'

let session: AppSession | null = null

afterEach(async () => {
  await session?.close()
  session = null
})

describe('no data leaves the browser', () => {
  it('walks every page, imports, exports, backs up and plans without one request off the origin', async () => {
    session = await openApp()
    const { page, context, baseUrl } = session
    // Requests of every kind, from every frame and worker of the profile, not only the page's own.
    const everything: string[] = []
    const origin = new URL(baseUrl).origin
    context.on('request', (request) => everything.push(request.url()))
    await waitForGrid(page)

    for (const nav of ['skills', 'coverage', 'people', 'plan', 'roles', 'matrix']) {
      await page.locator(`[data-testid="nav-${nav}"]`).click()
      await page.waitForTimeout(200)
    }

    const csv = join(tmpdir(), `skillgrid-privacy-${process.pid}.csv`)
    writeFileSync(csv, 'Name,Email,Writing,SEO\nNew Person,new.person@example.org,3,2\n')
    await page.setInputFiles('[data-testid="import-file"]', csv)
    await page.locator('[data-testid="import-preview"]').waitFor()
    await page.locator('[data-testid="import-commit"]').click()
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' })

    for (const kind of ['export-wide', 'export-long', 'export-skills', 'export-backup']) {
      await page.locator('[data-testid="export-menu"]').click()
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`[data-testid="${kind}"]`).click(),
      ])
      expect(download.suggestedFilename()).toMatch(/^skillgrid-/)
    }

    await page.locator('[data-testid="nav-plan"]').click()
    await page.locator('[data-testid="plan-run"]').click()
    await expect
      .poll(() => page.locator('[data-testid="plan-status"]').innerText(), { timeout: 30_000 })
      .toBe('optimal')

    const foreign = everything.filter(
      (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
    )
    expect(foreign).toEqual([])
    expect(everything.some((url) => url.endsWith('.wasm'))).toBe(true)
  })

  it('the check every test ends with (tests/e2e/setup.ts) catches a request off the origin', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    // A navigation is not stopped by the Content-Security-Policy: a request off the origin like any other.
    const leak = 'http://192.0.2.1/leak'
    const requested = page.context().waitForEvent('request', (request) => request.url() === leak)
    await page.evaluate((url) => void (window.location.href = url), leak)
    await requested
    await session.close()
    expect(uncheckedProblems()).toContain(`request off the origin: ${leak}`)
  })
})
