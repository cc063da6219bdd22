import { afterEach, describe, expect, it } from 'vitest'
import { cellOf, revealColumn, rowNames, skillColumnByName, waitForGrid } from './support/matrixGrid'
import { openApp, type AppSession } from './support/session'

let session: AppSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

/**
 * Rewrites the app's database as schema v7 stored it (Dexie version 7 = IndexedDB version 70):
 * the same records, but one `members` record per person instead of blocks. Runs in a page of the
 * app's origin that is not the app.
 */
function rewriteAsV7() {
  const read = (name: string) =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name)
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
  const all = (db: IDBDatabase, store: string) =>
    new Promise<Record<string, unknown>[]>((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll()
      request.onsuccess = () => resolve(request.result as Record<string, unknown>[])
      request.onerror = () => reject(request.error)
    })
  return (async () => {
    const current = await read('skillgrid')
    // Stores keyed by id with a workspaceId index, as Dexie declared them up to v7.
    const indexed = ['categories', 'skills', 'roles', 'plans', 'resources', 'snapshots', 'snapshotContents']
    const rows: Record<string, Record<string, unknown>[]> = {}
    for (const store of [...indexed, 'workspaces', 'meta']) rows[store] = await all(current, store)
    const members: Record<string, unknown>[] = []
    for (const block of await all(current, 'memberBlocks')) {
      const bytes = block.bytes as Uint8Array
      let offset = 0
      for (const entry of block.people as Record<string, unknown>[]) {
        const { sizes, ...fields } = entry
        const [levels, self, interest] = (sizes as number[]).map((size) => {
          const array = bytes.slice(offset, offset + size)
          offset += size
          return array
        })
        members.push({ ...fields, workspaceId: block.workspaceId, levels, self, interest })
      }
    }
    const version = current.version
    current.close()
    await new Promise((resolve, reject) => {
      const deletion = indexedDB.deleteDatabase('skillgrid')
      deletion.onsuccess = resolve
      deletion.onerror = () => reject(deletion.error)
    })
    const v7 = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('skillgrid', 70)
      open.onupgradeneeded = () => {
        const db = open.result
        for (const store of indexed)
          db.createObjectStore(store, { keyPath: 'id' }).createIndex('workspaceId', 'workspaceId')
        db.createObjectStore('workspaces', { keyPath: 'id' })
        db.createObjectStore('meta', { keyPath: 'key' })
        db.createObjectStore('members', { keyPath: ['workspaceId', 'personId'] })
        db.createObjectStore('tabJournal', { keyPath: 'seq', autoIncrement: true })
      }
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    const stores = [...Object.keys(rows), 'members']
    const tx = v7.transaction(stores, 'readwrite')
    for (const [store, list] of Object.entries({ ...rows, members }))
      for (const row of list) tx.objectStore(store).put(row)
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve
      tx.onerror = () => reject(tx.error)
    })
    v7.close()
    return { before: version, members: members.length }
  })()
}

/** The database's version, stores and how many people its blocks hold, read raw. */
function describeDatabase() {
  return new Promise<{ version: number; stores: string[]; people: number }>((resolve, reject) => {
    const open = indexedDB.open('skillgrid')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const db = open.result
      const stores = [...db.objectStoreNames]
      const request = db.transaction('memberBlocks').objectStore('memberBlocks').getAll()
      request.onsuccess = () => {
        const people = (request.result as { people: unknown[] }[]).reduce((sum, b) => sum + b.people.length, 0)
        db.close()
        resolve({ version: db.version, stores, people })
      }
    }
  })
}

describe('a database written by the previous schema (v7, one record per person)', () => {
  it('is upgraded in Chromium to member blocks on the next visit, every person and level kept, and edits then persist', async () => {
    session = await openApp({ serviceWorkers: 'block' })
    session.allowConsole(/^warning: Service Worker registration blocked by Playwright/)
    const { page, baseUrl } = session
    await waitForGrid(page)
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor()
    const names = await rowNames(page)
    const colId = await skillColumnByName(page, 'Roadmap Development')
    await revealColumn(page, colId)
    const levelBefore = (await cellOf(page, names[0]!, colId).innerText()).trim()

    // Leave the app (its connection closes), then put the same data back the v7 way.
    await page.route('**/blank', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html>' }))
    await page.goto(`${baseUrl}blank`)
    const written = await page.evaluate(rewriteAsV7)
    expect(written.before).toBe(90)
    expect(written.members).toBe(names.length)

    await page.goto(`${baseUrl}#/matrix`)
    await waitForGrid(page)
    expect(await rowNames(page)).toEqual(names)
    await revealColumn(page, colId)
    expect((await cellOf(page, names[0]!, colId).innerText()).trim()).toBe(levelBefore)
    const next = levelBefore === '4' ? '2' : '4'
    await cellOf(page, names[0]!, colId).click()
    await page.keyboard.press(next)
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor()
    await page.reload()
    await waitForGrid(page)
    await revealColumn(page, colId)
    await expect.poll(async () => (await cellOf(page, names[0]!, colId).innerText()).trim()).toBe(next)

    await page.goto(`${baseUrl}blank`)
    const after = await page.evaluate(describeDatabase)
    expect(after.version).toBe(90)
    expect(after.stores).toContain('memberBlocks')
    expect(after.stores).not.toContain('members')
    expect(after.people).toBe(names.length)
  })
})
