import { afterEach, describe, expect, it } from 'vitest'
import { cellOf, waitForGrid } from './support/matrixGrid'
import { openApp, type AppSession } from './support/session'

let session: AppSession | null = null

afterEach(async () => {
  await session?.close()
  session = null
})

async function headerColId(session: AppSession, text: string) {
  const colId = await session.page
    .locator('[data-testid="matrix-grid"] .ag-header-cell', { hasText: text })
    .first()
    .getAttribute('col-id')
  if (!colId) throw new Error(`no column ${text}`)
  return colId
}

const cellText = async (locator: ReturnType<typeof cellOf>) => (await locator.innerText()).trim()

/** Types a new level into one cell, reloads as soon as it shows, and expects it still there. */
async function editThenReloadAtOnce(page: AppSession['page'], colId: string) {
  const cell = cellOf(page, 'James Wilson', colId)
  await cell.click()
  const next = (await cellText(cell)) === '4' ? '2' : '4'
  await page.keyboard.press(next)
  await expect.poll(() => cellText(cell)).toBe(next)
  // Reload at once: the write is one small transaction that commits before the page goes.
  await page.reload()
  await waitForGrid(page)
  await expect.poll(() => cellText(cellOf(page, 'James Wilson', colId))).toBe(next)
}

describe('storage safety (RELIABILITY.md)', () => {
  it('#1 a full quota shows "not saved", keeps the edit on screen, and saves it once space is back', async () => {
    session = await openApp()
    // Each failed save is logged as an error.
    session.allowConsole(/^error: Skillgrid could not save a change:/)
    const { page } = session
    // CDP Storage.overrideQuotaForOrigin is not enforced for IndexedDB by this Chromium (2 MB of
    // random bytes still committed with quota = usage + 1 KB), so IndexedDB itself is made to
    // refuse writes the way a full disk does, with a real QuotaExceededError.
    await page.addInitScript(() => {
      const flags = window as unknown as { storageFull: boolean }
      flags.storageFull = false
      for (const method of ['put', 'add'] as const) {
        const original = IDBObjectStore.prototype[method]
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
          if (flags.storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
          return original.apply(this, args)
        }
      }
    })
    await page.reload()
    await waitForGrid(page)
    await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = true))
    const colId = await headerColId(session, 'Roadmap')
    const cell = cellOf(page, 'Laura Martinez', colId)
    await cell.click()
    await page.keyboard.press('4')
    await expect.poll(() => cellText(cell)).toBe('4')
    await page.locator('[data-testid="storage-banner"]').waitFor()
    await expect(page.locator('[data-testid="storage-banner"]').innerText()).resolves.toContain('NOT saved')
    await expect.poll(() => page.locator('[data-testid="save-status"]').getAttribute('data-state')).toBe('unsaved')
    // A second edit while full is kept too, in order.
    const consulting = await headerColId(session, 'Consulting')
    const second = cellOf(page, 'Laura Martinez', consulting)
    await second.click()
    await page.keyboard.press('3')
    await expect.poll(() => page.locator('[data-testid="save-status"]').getAttribute('data-pending')).toBe('2')
    // That edit tries to save both changes at once; let the attempt fail before space comes back
    // (otherwise it succeeds on its own and there is nothing left to retry).
    await page.waitForTimeout(500)
    await expect.poll(() => page.locator('[data-testid="save-status"]').getAttribute('data-state')).toBe('unsaved')
    expect(await page.locator('[data-testid="save-status"]').getAttribute('data-pending')).toBe('2')

    await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = false))
    await page.locator('[data-testid="storage-retry"]').click()
    await expect.poll(() => page.locator('[data-testid="save-status"]').getAttribute('data-state')).toBe('saved')
    await page.reload()
    await waitForGrid(page)
    await expect.poll(() => cellText(cellOf(page, 'Laura Martinez', colId))).toBe('4')
    await expect.poll(() => cellText(cellOf(page, 'Laura Martinez', consulting))).toBe('3')
  })

  it('#7 an edit acknowledged on screen survives an immediate reload', async () => {
    session = await openApp()
    await waitForGrid(session.page)
    await editThenReloadAtOnce(session.page, await headerColId(session, 'Consulting'))
  })

  it('#7b after a reload (matrix from the early read, Dexie not loaded yet), an edit at once survives another reload', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    const colId = await headerColId(session, 'Consulting')
    await page.reload()
    await waitForGrid(page)
    await editThenReloadAtOnce(page, colId)
  })

  it('#8 tells "the browser cleared your data" apart from a first run', async () => {
    session = await openApp()
    const { page, context, baseUrl } = session
    await waitForGrid(page)
    expect(await page.locator('[data-testid="storage-cleared"]').count()).toBe(0)
    const cdp = await context.newCDPSession(page)
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseUrl).origin, storageTypes: 'indexeddb' })
    await page.reload()
    await waitForGrid(page)
    await page.locator('[data-testid="storage-cleared"]').waitFor()
  })

  it('#9 two tabs on one workspace converge, both edits to one person kept', async () => {
    session = await openApp()
    const first = session.page
    await waitForGrid(first)
    const second = await session.newPage()
    await second.goto(`${session.baseUrl}#/matrix`)
    await waitForGrid(second)
    const roadmap = await headerColId(session, 'Roadmap')
    const consulting = await headerColId(session, 'Consulting')
    await cellOf(first, 'Emily Davis', roadmap).click()
    await first.keyboard.press('4')
    await cellOf(second, 'Emily Davis', consulting).click()
    await second.keyboard.press('3')
    for (const page of [first, second]) {
      await expect.poll(() => cellText(cellOf(page, 'Emily Davis', roadmap))).toBe('4')
      await expect.poll(() => cellText(cellOf(page, 'Emily Davis', consulting))).toBe('3')
    }
    await first.reload()
    await waitForGrid(first)
    await expect.poll(() => cellText(cellOf(first, 'Emily Davis', roadmap))).toBe('4')
    await expect.poll(() => cellText(cellOf(first, 'Emily Davis', consulting))).toBe('3')
  })

  it('#9b a skill added in one tab reaches the other, which never reloads the page (the journal asks it to reread)', async () => {
    session = await openApp()
    const first = session.page
    await waitForGrid(first)
    await first.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true))
    const second = await session.newPage()
    await second.goto(`${session.baseUrl}#/skills`)
    const contentOf = (page: typeof first) => page.locator('[data-testid="category-section"][data-category="Content"]')
    await contentOf(second).locator('[data-testid="skill-add-name"]').fill('Podcasting')
    await contentOf(second).locator('[data-testid="skill-add"]').click()
    // The first tab moves to its Skills page in the app (no page load): only its store can know.
    await first.evaluate(() => (window.location.hash = '#/skills'))
    const added = contentOf(first).locator('[data-testid="skill-row"][data-skill="Podcasting"]')
    await expect.poll(() => added.count(), { timeout: 10_000 }).toBe(1)
    expect(await first.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true)
  })

  it('#9c a snapshot taken in one tab appears in the history the other tab shows', async () => {
    session = await openApp({ path: '/history' })
    const watching = session.page
    await watching.locator('[data-testid="history-empty"]').waitFor()
    const taking = await session.newPage()
    await taking.goto(`${session.baseUrl}#/history`)
    await taking.locator('[data-testid="snapshot-label"]').fill('Before the retreat')
    await taking.locator('[data-testid="snapshot-save"]').click()
    const labels = () => watching.locator('[data-testid="history-entry-label"]').allInnerTexts()
    await expect
      .poll(async () => (await labels()).some((label) => label.includes('Before the retreat')), { timeout: 10_000 })
      .toBe(true)
  })

  it('#11 persistent storage denied: says the browser may clear the data and suggests export', async () => {
    session = await openApp()
    const { page } = session
    await page.addInitScript(() => {
      Object.defineProperty(navigator.storage, 'persist', { value: () => Promise.resolve(false) })
      Object.defineProperty(navigator.storage, 'persisted', { value: () => Promise.resolve(false) })
    })
    await page.reload()
    await waitForGrid(page)
    await page.locator('[data-testid="workspace-menu"]').click()
    const status = page.locator('[data-testid="storage-status"]')
    await expect.poll(() => status.getAttribute('data-persist')).toBe('not-persisted')
    await expect(status.innerText()).resolves.toContain('Export a backup regularly')
  })

  it('#2 IndexedDB unavailable: says so and keeps working in memory', async () => {
    session = await openApp()
    session.allowConsole(/^warning: Skillgrid storage unavailable, working in memory only:/)
    const { page } = session
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined })
    })
    await page.reload()
    await waitForGrid(page)
    await expect(page.locator('[data-testid="storage-banner"]').innerText()).resolves.toContain(
      'does not let Skillgrid store data',
    )
    const colId = await headerColId(session, 'Consulting')
    const cell = cellOf(page, 'Alex Chen', colId)
    await cell.click()
    await page.keyboard.press('4')
    await expect.poll(() => cellText(cell)).toBe('4')
  })
})
