import { afterEach, describe, expect, it } from 'vitest'
import { DEMO_TEAM } from '../../src/domain/demoTeam'
import { allHeaders, cellOf, rowNames, waitForGrid } from './support/matrixGrid'
import { openApp, type AppSession } from './support/session'

let session: AppSession | null = null

afterEach(async () => {
  await session?.close()
  session = null
})

/** The col-id of a skill column, found by its header text. */
async function skillColumnId(session: AppSession, headerText: string): Promise<string> {
  const header = session.page.locator('[data-testid="matrix-grid"] .ag-header-cell', { hasText: headerText }).first()
  const colId = await header.getAttribute('col-id')
  if (!colId) throw new Error(`No column headed ${headerText}`)
  return colId
}

describe('matrix page, fresh profile', () => {
  it('opens on the seeded grid with every demo person and all 48 skills', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    expect((await rowNames(page)).sort()).toEqual(DEMO_TEAM.map((p) => p.name).sort())
    const headers = await allHeaders(page)
    const skillHeaders = [...headers.keys()].filter((id) => !id.startsWith('person.'))
    expect(skillHeaders).toHaveLength(48)
    expect([...headers.values()]).toContain('Moderation & conflict facilitation')
    await expect(page.locator('[data-testid="matrix-count"]').innerText()).resolves.toContain('16')
  })

  it('sets a level by typing a digit, undoes with Ctrl+Z, redoes with Ctrl+Y and keeps it after reload', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    const colId = await skillColumnId(session, 'Roadmap')
    const cell = cellOf(page, 'Sarah Johnson', colId)
    const before = (await cell.innerText()).trim()
    const typed = before === '4' ? '1' : '4'
    await cell.click()
    await page.keyboard.press(typed)
    await expect.poll(async () => (await cell.innerText()).trim()).toBe(typed)
    await expect.poll(() => cell.getAttribute('class')).toContain(`lvl-${typed}`)

    await page.keyboard.press('Control+z')
    await expect.poll(async () => (await cell.innerText()).trim()).toBe(before)
    await page.keyboard.press('Control+y')
    await expect.poll(async () => (await cell.innerText()).trim()).toBe(typed)
    await page.keyboard.press('Control+Shift+z')
    await expect.poll(async () => (await cell.innerText()).trim()).toBe(typed)

    await expect.poll(() => page.locator('[data-testid="save-status"]').getAttribute('data-state')).toBe('saved')
    await page.reload()
    await waitForGrid(page)
    const reloaded = cellOf(page, 'Sarah Johnson', colId)
    await expect.poll(async () => (await reloaded.innerText()).trim()).toBe(typed)
  })

  it('clears a cell to "not assessed" with Delete, shown differently from an explicit 0', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    const colId = await skillColumnId(session, 'Consulting')
    const cell = cellOf(page, 'Alex Chen', colId)
    await cell.click()
    await page.keyboard.press('0')
    await expect.poll(() => cell.getAttribute('class')).toContain('lvl-0')
    await expect.poll(async () => (await cell.innerText()).trim()).toBe('0')
    await page.keyboard.press('Delete')
    await expect.poll(() => cell.getAttribute('class')).toContain('lvl-na')
    await expect.poll(async () => (await cell.innerText()).trim()).toBe('')
  })

  it('opens the labelled editor with Enter and sets level and interest from it', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    const colId = await skillColumnId(session, 'Consulting')
    const cell = cellOf(page, 'Igor Volkov', colId)
    await cell.click()
    await page.keyboard.press('Enter')
    const editor = page.locator('[data-testid="level-editor"]')
    await editor.waitFor()
    await expect(editor.innerText()).resolves.toContain('Proficient')
    await editor.locator('[data-interest="2"]').click()
    await editor.locator('[data-level="3"]').click()
    await expect.poll(async () => (await cell.innerText()).trim()).toBe('3')
    await expect.poll(() => cell.getAttribute('class')).toContain('int-grow')

    // Double-click opens it too; Escape closes it and changes nothing.
    const other = cellOf(page, 'Pavel Novikov', colId)
    const before = (await other.innerText()).trim()
    await other.dblclick()
    await editor.waitFor()
    await page.keyboard.press('Escape')
    await editor.waitFor({ state: 'detached' })
    expect((await other.innerText()).trim()).toBe(before)
  })
})

describe('copy and paste', () => {
  async function paste(page: AppSession['page'], text: string) {
    await page.evaluate((value) => {
      const data = new DataTransfer()
      data.setData('text/plain', value)
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      )
    }, text)
  }

  it('pastes a block from a spreadsheet as one undoable change, from the focused cell on', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    const roadmap = await skillColumnId(session, 'Roadmap')
    const policy = await skillColumnId(session, 'Policy')
    const cells = [
      cellOf(page, 'Alex Chen', roadmap),
      cellOf(page, 'Alex Chen', policy),
      cellOf(page, 'Ольга Смирнова', roadmap),
      cellOf(page, 'Ольга Смирнова', policy),
    ]
    const before = await Promise.all(cells.map(async (c) => (await c.innerText()).trim()))
    await cells[0]!.click()
    await paste(page, '4\tExpert\r\n0\t\r\n')
    await expect
      .poll(() => Promise.all(cells.map(async (c) => (await c.innerText()).trim())))
      .toEqual(['4', '4', '0', ''])
    await expect.poll(() => page.locator('[data-testid="notice"]').innerText()).toContain('Pasted 4 cells')
    await page.keyboard.press('Control+z')
    await expect.poll(() => Promise.all(cells.map(async (c) => (await c.innerText()).trim()))).toEqual(before)
  })

  it('refuses a block with a word that is not a level and changes nothing', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    const roadmap = await skillColumnId(session, 'Roadmap')
    const cell = cellOf(page, 'Alex Chen', roadmap)
    const before = (await cell.innerText()).trim()
    await cell.click()
    await paste(page, '1\tguru')
    await expect.poll(() => page.locator('[data-testid="notice"]').innerText()).toContain('“guru” is not a level')
    expect((await cell.innerText()).trim()).toBe(before)
    expect(await page.locator('[data-testid="undo"]').isDisabled()).toBe(true)
  })

  it('copies the focused cell as the wide export writes it', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    const colId = await skillColumnId(session, 'Executive coaching')
    await cellOf(page, 'Мария Иванова', colId).click()
    const copied = await page.evaluate(() => {
      const data = new DataTransfer()
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }),
      )
      return data.getData('text/plain')
    })
    // Мария is at level 1 and wants to grow in executive coaching (the demo data).
    expect(copied).toBe('1+')
  })
})
