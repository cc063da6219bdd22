// Dev helper: opens a URL of the built app in headless Chromium and saves screenshots.
// usage: node scripts/shoot.mjs <url> <out.png> [hash-route ...]
import { chromium } from 'playwright-core'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const [url, out, ...routes] = process.argv.slice(2)
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sg-shot-')), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1440, height: 900 },
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
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
