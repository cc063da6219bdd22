import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { waitForGrid } from './support/matrixGrid'
import { openApp, type AppSession } from './support/session'

let session: AppSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

const dist = join(import.meta.dirname, '../../dist')

describe('the matrix page on a return visit', () => {
  it('loads under 350 KiB of JS (gzip) and none of the importer, the planner, the workbook library or the catalogue', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    // When the first person's row is in the page: scripts fetched later (on idle) do not count.
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[data-testid="matrix-grid"] .ag-row[row-index]')) return
        Object.assign(window, { firstRowAt: performance.now() })
        observer.disconnect()
      })
      observer.observe(document, { childList: true, subtree: true })
    })
    // The first visit seeds the demo workspace (the catalogue comes with it), and a reload before that
    // write is done reads through Dexie, which brings its schema upgrades: a settled return visit counts.
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor()
    await page.reload()
    await waitForGrid(page)
    await page.waitForTimeout(500)
    await page.reload()
    await waitForGrid(page)
    const scripts = await page.evaluate(() => {
      const firstRowAt = (window as unknown as { firstRowAt: number }).firstRowAt
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime < firstRowAt)
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.endsWith('.js'))
    })
    const files = [...new Set(scripts)]
    const lazy = files.filter((path) =>
      /learning-resources|highs|solver|exceljs|parse\.worker|importEngine|ImportDialog|PlanPage|usePlanText/.test(path),
    )
    expect(lazy).toEqual([])
    const gzipKiB = files.reduce((sum, path) => sum + gzipSync(readFileSync(join(dist, path))).length, 0) / 1024
    expect(gzipKiB).toBeGreaterThan(100)
    expect(gzipKiB).toBeLessThan(350)
  })
})
