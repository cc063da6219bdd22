// Takes the README screenshots from a running build: node scripts/screenshots.mjs http://localhost:4173/
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const base = process.argv[2] ?? 'http://localhost:4173/'
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sg-docs-')), {
  executablePath: CHROMIUM_PATH,
  headless: true,
  viewport: { width: 1440, height: 860 },
  serviceWorkers: 'block',
  args: CHROMIUM_ARGS,
})
const page = context.pages()[0] ?? (await context.newPage())
await page.goto(`${base}#/matrix`)
await page.locator('[data-testid="matrix-grid"] .ag-row[row-index]:not(.ag-row-pinned)').first().waitFor()
await page.waitForTimeout(600)
await page.screenshot({ path: 'docs/screenshot-matrix.png' })
await page.goto(`${base}#/coverage`)
await page.locator('[data-testid="coverage-skill"]').first().waitFor()
await page.waitForTimeout(400)
await page.screenshot({ path: 'docs/screenshot-coverage.png' })
await page.goto(`${base}#/plan`)
await page.locator('[data-testid="plan-run"]').click()
await page.locator('[data-testid="plan-status"]').waitFor({ timeout: 30_000 })
await page.waitForTimeout(400)
await page.screenshot({ path: 'docs/screenshot-plan.png' })
await context.close()
console.log('wrote docs/screenshot-{matrix,coverage,plan}.png')
