import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { inject } from 'vitest'
import type { PlannerInput } from '../../src/domain/planner/types'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface AppSession {
  context: BrowserContext
  page: Page
  baseUrl: string
  /** Requests that went anywhere but the app's own origin. */
  foreignRequests: string[]
  /** console.error messages and uncaught page errors. */
  consoleErrors: string[]
  /** Opens a second tab of the same profile. */
  newPage: () => Promise<Page>
  close: () => Promise<void>
}

function watch(page: Page, origin: string, session: Pick<AppSession, 'foreignRequests' | 'consoleErrors'>) {
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) session.foreignRequests.push(url)
  })
  page.on('console', (message) => {
    if (message.type() === 'error') session.consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => session.consoleErrors.push(`pageerror: ${error.message}`))
}

/** A fresh Chromium profile (empty IndexedDB) on the built app. */
export async function openApp(options: { path?: string; viewport?: { width: number; height: number }; baseUrl?: string } = {}): Promise<AppSession> {
  const baseUrl = options.baseUrl ?? inject('baseUrl')
  const origin = new URL(baseUrl).origin
  const profile = mkdtempSync(join(tmpdir(), 'skillgrid-e2e-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: options.viewport ?? { width: 1400, height: 900 },
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
  })
  const session: AppSession = {
    context,
    page: context.pages()[0] ?? (await context.newPage()),
    baseUrl,
    foreignRequests: [],
    consoleErrors: [],
    newPage: async () => {
      const page = await context.newPage()
      watch(page, origin, session)
      return page
    },
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
  watch(session.page, origin, session)
  await session.page.goto(`${baseUrl}#${options.path ?? '/matrix'}`)
  return session
}

/** People's rows: the pinned coverage summary row ("Holders / target") is not a person. */
const PERSON_ROWS = '[data-testid="matrix-grid"] .ag-row[row-index]:not(.ag-row-pinned)'

/** Waits until the matrix grid shows rows (AG Grid 36 renders one .ag-row per row, pinned cells inside it). */
export async function waitForGrid(page: Page) {
  await page.locator(PERSON_ROWS).first().waitFor({ timeout: 20_000 })
}

/** Names in the grid's rows as displayed. */
export async function rowNames(page: Page): Promise<string[]> {
  const names = await page.locator(`${PERSON_ROWS} .ag-cell[col-id="person.name"]`).allInnerTexts()
  return names.map((name) => name.trim())
}

/** The cell of a person (by name) in a column (by col-id). */
export function cellOf(page: Page, personName: string, colId: string) {
  const row = page.locator('[data-testid="matrix-grid"] .ag-row[row-index]', {
    has: page.locator('.ag-cell[col-id="person.name"]', { hasText: personName }),
  })
  return row.locator(`.ag-cell[col-id="${colId}"]`)
}

/** Every column header the grid shows, scrolling horizontally through the virtualised columns. */
export async function allHeaders(page: Page): Promise<Map<string, string>> {
  const headers = new Map<string, string>()
  const viewport = page.locator('[data-testid="matrix-grid"] .ag-body-horizontal-scroll-viewport')
  const collect = async () => {
    const seen = await page
      .locator('[data-testid="matrix-grid"] .ag-header-row-column .ag-header-cell[col-id]')
      .evaluateAll((cells) => cells.map((c) => [c.getAttribute('col-id') ?? '', c.textContent?.trim() ?? ''] as const))
    for (const [id, text] of seen) headers.set(id, text)
  }
  await viewport.evaluate((el) => (el.scrollLeft = 0))
  await collect()
  // Step right until the scroll position stops moving; the width is read again at every step
  // because a grid whose columns were just rebuilt is still growing.
  for (let step = 0; step < 200; step++) {
    const before = await viewport.evaluate((el) => el.scrollLeft)
    await viewport.evaluate((el) => (el.scrollLeft += 500))
    await page.waitForTimeout(60)
    await collect()
    if ((await viewport.evaluate((el) => el.scrollLeft)) === before) break
  }
  await viewport.evaluate((el) => (el.scrollLeft = 0))
  return headers
}

/** Runs axe-core in the page and returns serious and critical violations, described. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
  // Runtime.evaluate is not subject to the page's CSP, unlike an injected script tag.
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)
}

/** Scrolls the matrix sideways until a column is rendered, then brings it into view. */
export async function revealColumn(page: Page, colId: string) {
  const viewport = page.locator('[data-testid="matrix-grid"] .ag-body-horizontal-scroll-viewport')
  const header = page.locator(`[data-testid="matrix-grid"] .ag-header-cell[col-id="${colId}"]`)
  const width = await viewport.evaluate((el) => el.scrollWidth)
  for (let left = 0; left <= width + 600; left += 500) {
    if (await header.count()) break
    await viewport.evaluate((el, x) => (el.scrollLeft = x), left)
    await page.waitForTimeout(60)
  }
  await header.scrollIntoViewIfNeeded()
  return header
}

/** The col-id of the skill column whose header text is exactly `name`. */
export async function skillColumnByName(page: Page, name: string): Promise<string> {
  // A sweep can miss a column whose header was being rebuilt as the sweep passed it (seen once
  // with other browsers loading the machine), so a missing name is looked for twice more.
  for (let sweep = 0; sweep < 3; sweep++) {
    const found = [...(await allHeaders(page))].find(([, text]) => text === name)
    if (found) return found[0]
    await page.waitForTimeout(250)
  }
  throw new Error(`No skill column named ${name}`)
}

/** The coverage badge of a skill column's header: its status and its text (kept in a shadow root). */
export async function headerStatus(page: Page, colId: string): Promise<{ status: string | null; text: string }> {
  const badge = page.locator(`[data-testid="matrix-grid"] .ag-header-cell[col-id="${colId}"] .skill-status`)
  return badge.evaluate((el) => ({ status: el.getAttribute('data-status'), text: el.shadowRoot?.textContent?.trim() ?? '' }))
}

/** The cell of a skill column in the pinned coverage summary row. */
export function summaryCellOf(page: Page, colId: string) {
  return page.locator(`[data-testid="matrix-grid"] .ag-row-pinned .ag-cell[col-id="${colId}"]`)
}

/** The coverage summary numbers shown on the page (Coverage or People page). */
export async function coverageSummary(page: Page): Promise<Record<'covered' | 'at-risk' | 'uncovered' | 'deficit', number>> {
  const summary = page.locator('[data-testid="coverage-summary"]')
  const read = async (key: string) => Number((await summary.locator(`[data-testid="coverage-${key}"]`).innerText()).trim())
  return { covered: await read('covered'), 'at-risk': await read('at-risk'), uncovered: await read('uncovered'), deficit: await read('deficit') }
}

/** The built solver worker's URL (hashed name under dist/assets), for driving it directly. */
export function solverWorkerUrl(baseUrl: string): string {
  const file = readdirSync('dist/assets').find((name) => /^solver\.worker-.*\.js$/.test(name))
  if (!file) throw new Error('No solver worker in dist/assets: build first')
  return new URL(`assets/${file}`, baseUrl).href
}

/** A planner input as plain JSON-able data (page.evaluate cannot pass a Map of Uint8Arrays). */
export interface PlainPlannerInput {
  input: Omit<PlannerInput, 'ratings'>
  ratings: [string, number[], number[]][]
}

export function plainPlannerInput(input: PlannerInput): PlainPlannerInput {
  const { ratings, ...rest } = input
  return { input: rest, ratings: [...ratings.values()].map((r) => [r.personId, [...r.levels], [...r.interest]]) }
}

export interface WorkerTiming {
  /** First plan: loads HiGHS (wasm fetch, compile, warm-up) and plans a tiny team. */
  firstMs: number
  /** Post → reply of the real plan, once HiGHS is loaded. */
  roundTripMs: number
  /** Largest delay of a 10 ms main-thread timer while the worker planned: is the page responsive? */
  maxGapMs: number
  result: unknown
}

/** Plans `plain` in the built solver worker inside the page and times it. */
export async function timeWorkerPlan(page: Page, url: string, warmUp: PlainPlannerInput, plain: PlainPlannerInput): Promise<WorkerTiming> {
  return page.evaluate(
    async ({ url, warmUp, plain }) => {
      const worker = new Worker(url, { type: 'module' })
      let id = 0
      const input = (data: typeof plain) => ({
        ...data.input,
        ratings: new Map(data.ratings.map(([personId, levels, interest]) => [personId, { personId, levels: Uint8Array.from(levels), interest: Uint8Array.from(interest), updatedAt: 0 }])),
      })
      const plan = (request: ReturnType<typeof input>) =>
        new Promise<{ result?: unknown }>((resolve) => {
          worker.onmessage = (event) => resolve(event.data)
          worker.postMessage({ type: 'plan', id: ++id, input: request })
        })
      let started = performance.now()
      await plan(input(warmUp))
      const firstMs = performance.now() - started
      // Unpacked before the clock starts: the app holds its data in this shape already.
      const request = input(plain)
      let last = performance.now()
      let maxGapMs = 0
      const ticker = setInterval(() => {
        const now = performance.now()
        maxGapMs = Math.max(maxGapMs, now - last)
        last = now
      }, 10)
      started = performance.now()
      const reply = await plan(request)
      const roundTripMs = performance.now() - started
      clearInterval(ticker)
      worker.terminate()
      return { firstMs, roundTripMs, maxGapMs, result: reply.result }
    },
    { url, warmUp, plain },
  )
}
