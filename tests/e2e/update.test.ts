import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { waitForGrid } from './support/matrixGrid'
import { openApp, type AppSession } from './support/session'

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
}

/** Serves the built app; `deploy()` changes the service worker's bytes, as a new release would. */
async function releaseServer() {
  let release = 1
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname
    let file = normalize(join('dist', path))
    if (!file.startsWith('dist') || !existsSync(file) || statSync(file).isDirectory()) file = join('dist', 'index.html')
    response.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream')
    response.setHeader('cache-control', 'no-cache')
    if (path === '/sw.js') response.end(`${readFileSync(file, 'utf8')}\n// release ${release}\n`)
    else createReadStream(file).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    deploy: () => void release++,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

let session: AppSession | null = null
let server: Awaited<ReturnType<typeof releaseServer>> | null = null

afterEach(async () => {
  await session?.close()
  await server?.close()
  session = null
  server = null
})

/** The state of the page's service worker registration. */
function workerState(page: AppSession['page']) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration()
    return {
      active: registration?.active?.state ?? null,
      waiting: Boolean(registration?.waiting),
      controlled: Boolean(navigator.serviceWorker.controller),
    }
  })
}

describe('a new release', () => {
  it('is offered with a prompt, not forced, and Reload switches to it', async () => {
    server = await releaseServer()
    session = await openApp({ baseUrl: server.url })
    const { page } = session
    await waitForGrid(page)
    // The first visit installs release 1 (a little after start); the next load runs under it.
    await expect.poll(async () => (await workerState(page)).active, { timeout: 20_000 }).toBe('activated')
    await page.reload()
    await waitForGrid(page)
    expect((await workerState(page)).controlled).toBe(true)
    const prompt = page.locator('[data-testid="update-prompt"]')
    expect(await prompt.count()).toBe(0)

    server.deploy()
    // The app registers its worker a little after start; then the browser checks for an update.
    await expect
      .poll(async () => page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration())), {
        timeout: 20_000,
      })
      .toBe(true)
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
    // Release 2 waits: the open page keeps release 1 until the user chooses.
    await prompt.waitFor({ timeout: 20_000 })
    expect(await workerState(page)).toMatchObject({ waiting: true, controlled: true })
    await waitForGrid(page)

    await prompt.getByRole('button').first().click()
    await page.waitForEvent('load', { timeout: 20_000 })
    await waitForGrid(page)
    await expect
      .poll(() => workerState(page), { timeout: 20_000 })
      .toEqual({ active: 'activated', waiting: false, controlled: true })
    expect(await prompt.count()).toBe(0)
  })
})
