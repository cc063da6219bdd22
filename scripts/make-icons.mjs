// Renders public/favicon.svg to the PNG icons the web app manifest needs (run once; output committed).
import { chromium } from 'playwright-core'
import { CHROMIUM_PATH } from './chromium.mjs'
import { readFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const svg = readFileSync('public/favicon.svg', 'utf8')
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'icons-')), {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
})
const page = context.pages()[0] ?? (await context.newPage())
for (const [size, file, padding] of [
  [192, 'public/icon-192.png', 0],
  [512, 'public/icon-512.png', 0],
  [512, 'public/icon-maskable-512.png', 56],
  [180, 'public/apple-touch-icon.png', 0],
]) {
  await page.setViewportSize({ width: size, height: size })
  const inner = size - padding * 2
  await page.setContent(
    `<body style="margin:0;background:#1f3f7a;display:grid;place-items:center;width:${size}px;height:${size}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</body>`,
  )
  await page.screenshot({ path: file, omitBackground: false })
  console.log('wrote', file)
}
await context.close()
