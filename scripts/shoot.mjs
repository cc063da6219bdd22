// Dev helper: opens a URL of the built app in headless Chromium and saves screenshots.
// usage: node scripts/shoot.mjs <url> <out.png> [hash-route ...]
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const [url, out, ...routes] = process.argv.slice(2)
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sg-shot-')), {
  executablePath: CHROMIUM_PATH,
  headless: true,
  viewport: { width: 1440, height: 900 },
  args: CHROMIUM_ARGS,
})
const page = context.pages()[0] ?? (await context.newPage())
page.on('console', (msg) => console.log(`[console.${msg.type()}]`, msg.text()))
page.on('pageerror', (err) => console.log('[pageerror]', err.message))
await page.goto(url)
await page.waitForTimeout(1500)
await page.screenshot({ path: out })
for (const [i, route] of routes.entries()) {
  await page.goto(`${url}#${route}`)
  await page.waitForTimeout(800)
  await page.screenshot({ path: out.replace('.png', `-${i}.png`) })
}
await context.close()
