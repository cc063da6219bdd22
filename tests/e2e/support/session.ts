import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { inject } from 'vitest'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs'

export interface AppSession {
  context: BrowserContext
  page: Page
  baseUrl: string
  /** Requests that went anywhere but the app's own origin. */
  foreignRequests: string[]
  /** console.error and console.warn messages and uncaught page errors, as `error: …`, `warning: …`, `pageerror: …`. */
  consoleMessages: string[]
  /** Declares console messages this test provokes on purpose; any other error or warning still fails it. */
  allowConsole: (...expected: RegExp[]) => void
  /** Opens a second tab of the same profile. */
  newPage: () => Promise<Page>
  close: () => Promise<void>
}

interface Watched {
  session: AppSession
  allowed: RegExp[]
  closed: boolean
}

/** Every session opened and not yet checked: the shared teardown (tests/e2e/setup.ts) checks and closes them. */
const watched = new Set<Watched>()

/** Every request of the profile — its pages, their workers and the service worker — that leaves the origin. */
function watchRequests(context: BrowserContext, origin: string, session: AppSession) {
  context.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      session.foreignRequests.push(url)
  })
}

function watch(page: Page, session: AppSession) {
  page.on('console', (message) => {
    const type = message.type()
    if (type === 'error' || type === 'warning') session.consoleMessages.push(`${type}: ${message.text()}`)
  })
  page.on('pageerror', (error) => session.consoleMessages.push(`pageerror: ${error.message}`))
}

/** A fresh Chromium profile (empty IndexedDB) on the built app. */
export async function openApp(
  options: {
    path?: string
    viewport?: { width: number; height: number }
    baseUrl?: string
    locale?: string
    /** 'block': no service worker, so `page.route` sees every navigation (it cannot see the worker's). */
    serviceWorkers?: 'allow' | 'block'
  } = {},
): Promise<AppSession> {
  const baseUrl = options.baseUrl ?? inject('baseUrl')
  const origin = new URL(baseUrl).origin
  const profile = mkdtempSync(join(tmpdir(), 'skillgrid-e2e-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: options.viewport ?? { width: 1400, height: 900 },
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    // The browser's language: the app opens in Russian for 'ru-RU' (navigator.language).
    locale: options.locale,
    serviceWorkers: options.serviceWorkers ?? 'allow',
  })
  const entry: Watched = { session: null as unknown as AppSession, allowed: [], closed: false }
  const session: AppSession = {
    context,
    page: context.pages()[0] ?? (await context.newPage()),
    baseUrl,
    foreignRequests: [],
    consoleMessages: [],
    allowConsole: (...expected) => void entry.allowed.push(...expected),
    newPage: async () => {
      const page = await context.newPage()
      watch(page, session)
      return page
    },
    close: async () => {
      if (entry.closed) return
      entry.closed = true
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
  entry.session = session
  watched.add(entry)
  watchRequests(context, origin, session)
  watch(session.page, session)
  await session.page.goto(`${baseUrl}#${options.path ?? '/matrix'}`)
  return session
}

/**
 * What the sessions saw since the last check that no test declared: requests off the origin and
 * console errors or warnings. Closed sessions are then forgotten; open ones are checked again next time.
 */
export function uncheckedProblems(): string[] {
  const problems: string[] = []
  for (const entry of watched) {
    const { session, allowed } = entry
    problems.push(...session.foreignRequests.map((url) => `request off the origin: ${url}`))
    problems.push(...session.consoleMessages.filter((text) => !allowed.some((pattern) => pattern.test(text))))
    session.foreignRequests.length = 0
    session.consoleMessages.length = 0
    if (entry.closed) watched.delete(entry)
  }
  return problems
}

/** Closes every session still open (a test that failed before its own close, or forgot it). */
export async function closeAllSessions() {
  for (const entry of watched) await entry.session.close()
}
