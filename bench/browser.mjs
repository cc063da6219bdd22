// What `npm run bench` and `bench/profile-edit.mjs` share: the built app and the bench pages served
// over HTTP, a fresh headless Chromium profile on it with long tasks recorded, and the snapshot count.
import { createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs'

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
}

/** Serves `dist` (the app) and bench/out/pages under /bench/, unknown paths as index.html; resolves to its base URL. */
export async function serveBuilt(dist = 'dist') {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const [root, path] = url.pathname.startsWith('/bench/')
      ? ['bench/out/pages', url.pathname.slice('/bench/'.length)]
      : [dist, url.pathname.slice(1)]
    let file = normalize(join(root, path || 'index.html'))
    if (!file.startsWith(normalize(root)) || !existsSync(file) || statSync(file).isDirectory())
      file = join(root, 'index.html')
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    })
    createReadStream(file).pipe(response)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, base: `http://127.0.0.1:${server.address().port}` }
}

/**
 * Headless Chromium on a fresh profile (no service worker: every load is measured from the
 * network), its first page recording the long tasks (> 50 ms) of every page it opens in
 * `window.__longTasks`.
 */
export async function launchBench(prefix, options = {}) {
  const profile = mkdtempSync(join(tmpdir(), prefix))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1400, height: 900 },
    serviceWorkers: 'block',
    ...options,
    args: CHROMIUM_ARGS,
  })
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (error) => console.error('page error:', error.message))
  await page.addInitScript(() => {
    window.__longTasks = []
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, ms: entry.duration })
      }).observe({ type: 'longtask', buffered: true })
    } catch {
      // No long-task timing in this browser: the counts stay empty.
    }
  })
  return { profile, context, page }
}

/** How many snapshots the app's database holds, read with a connection of its own. */
export function snapshotCount(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('skillgrid')
        open.onsuccess = () => {
          const db = open.result
          const count = db.transaction('snapshots').objectStore('snapshots').count()
          count.onsuccess = () => {
            resolve(count.result)
            db.close()
          }
        }
      }),
  )
}
