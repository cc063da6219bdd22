import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { coverageSummary } from './support/coverageSummary'
import { cellOf, revealColumn, skillColumnByName, waitForGrid } from './support/matrixGrid'
import { openApp, type AppSession } from './support/session'

let session: AppSession | null = null

afterEach(async () => {
  await session?.close()
  session = null
})

async function nav(page: Page, to: string) {
  await page.locator(`[data-testid="nav-${to}"]`).click()
}

/** The shown level of a cell, and its classes (where the source markers are). */
async function cellState(page: Page, person: string, colId: string) {
  await revealColumn(page, colId)
  const cell = cellOf(page, person, colId)
  return { text: (await cell.innerText()).trim(), classes: (await cell.getAttribute('class')) ?? '' }
}

/** Sets a person's own level in the cell editor (the lead's is the default source). */
async function setSelfLevel(page: Page, person: string, colId: string, level: number) {
  await revealColumn(page, colId)
  await cellOf(page, person, colId).dblclick()
  await page.locator('[data-testid="level-editor"]').waitFor()
  await page.locator('[data-testid="editor-source-self"]').click()
  await page.locator(`[data-testid="level-editor"] [data-level="${level}"]`).click()
  await page.locator('[data-testid="level-editor"]').waitFor({ state: 'detached' })
}

describe('self-assessment by file', () => {
  it('exports a form, reads back three changed levels from another program’s CSV, and stores them as self ratings', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    const person = 'Igor Volkov'
    const skills = ['Community Strategy Development', 'Roadmap Development', 'Consulting']
    const columns = await Promise.all(skills.map((name) => skillColumnByName(page, name)))
    const lead: string[] = []
    for (const colId of columns) lead.push((await cellState(page, person, colId)).text)
    // One skill already has a self rating: its change goes from 1, the others from "not assessed".
    await setSelfLevel(page, person, columns[2]!, 1)

    await nav(page, 'people')
    await page.locator('[data-testid="self-assessment-person"]').selectOption({ label: person })
    // This lead shows her current level on the form (hidden unless she unticks this).
    await expect(page.locator('[data-testid="self-assessment-hide-level"]').isChecked()).resolves.toBe(true)
    await page.locator('[data-testid="self-assessment-hide-level"]').uncheck()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="self-assessment-export"]').click(),
    ])
    const form = readFileSync(await download.path(), 'utf8')
    expect(form.startsWith('\uFEFF')).toBe(true)
    const rows = Papa.parse<string[]>(form.slice(1), { skipEmptyLines: false }).data
    const header = rows.findIndex((row) => row[0] === 'Name' && row.includes('Your level'))
    const yourLevel = rows[header]!.indexOf('Your level')
    expect(rows[header]).toEqual([
      'Name',
      'Email',
      'Category',
      'Skill',
      'Current level',
      'Current interest',
      'Your level',
      'Your interest',
    ])
    expect(rows.slice(header + 1).filter((row) => row[0] === person)).toHaveLength(48)
    // The person fills in three levels, and the spreadsheet saves with semicolons and a BOM.
    const wanted = new Map([
      [skills[0]!, '4'],
      [skills[1]!, 'Expert'],
      [skills[2]!, '3'],
    ])
    for (const row of rows.slice(header + 1))
      if (wanted.has(row[3] ?? '')) row[yourLevel] = wanted.get(row[3] ?? '') ?? ''
    const filled = join(tmpdir(), `self-assessment-${Date.now()}.csv`)
    writeFileSync(filled, `\uFEFF${Papa.unparse(rows, { delimiter: ';', newline: '\r\n' })}`)

    await nav(page, 'matrix')
    await page.setInputFiles('[data-testid="import-file"]', filled)
    await page.locator('[data-testid="import-preview"]').waitFor()
    await page.locator('[data-testid="import-progress"]').waitFor({ state: 'detached' })
    await expect(page.locator('[data-testid="import-format"]').inputValue()).resolves.toBe('self')
    await expect(page.locator('[data-testid="import-delimiter"]').inputValue()).resolves.toBe(';')
    const changes = page.locator('[data-testid="import-change"]')
    await expect.poll(() => changes.count()).toBe(3)
    const listed = await changes.evaluateAll((items) =>
      items.map((el) => [
        el.getAttribute('data-person'),
        el.getAttribute('data-skill'),
        el.getAttribute('data-from'),
        el.getAttribute('data-to'),
      ]),
    )
    expect(listed).toEqual([
      [person, skills[0], '', '4'],
      [person, skills[1], '', '4'],
      [person, skills[2], '1', '3'],
    ])
    await page.locator('[data-testid="import-commit"]').click()
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' })

    // The lead's levels are what the cells show, untouched; each cell now carries a self-rating marker.
    for (const [i, colId] of columns.entries()) {
      const state = await cellState(page, person, colId)
      expect(state.text).toBe(lead[i])
      expect(state.classes).toMatch(/src-(differs|discuss)/)
    }
    await cellOf(page, person, columns[1]!).dblclick()
    await expect(page.locator('[data-testid="editor-source-self"]').innerText()).resolves.toContain('4')
    await expect(page.locator('[data-testid="editor-source-lead"]').innerText()).resolves.toContain(lead[1]!)
    await page.keyboard.press('Escape')
  })

  it('prints a form with the scale and every skill of the person', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    await nav(page, 'people')
    await page.locator('[data-testid="self-assessment-person"]').selectOption({ label: 'Alex Chen' })
    await page.locator('[data-testid="self-assessment-print"]').click()
    const sheet = page.locator('[data-testid="self-assessment-sheet"]')
    await sheet.waitFor()
    await expect(sheet.getAttribute('data-person')).resolves.toBe('Alex Chen')
    await expect(sheet.locator('tbody tr').count()).resolves.toBe(48)
    await expect(page.locator('[data-testid="self-assessment-form"]').innerText()).resolves.toContain(
      'Leads it and teaches others',
    )
  })
})

describe('history', () => {
  it('compares two snapshots, charts a point per snapshot, restores the earlier matrix and undoes the restore', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    const colId = await skillColumnByName(page, 'Roadmap Development')
    expect((await cellState(page, 'Мария Иванова', colId)).text).toBe('4')

    await nav(page, 'history')
    await page.locator('[data-testid="history-empty"]').waitFor()
    await page.locator('[data-testid="snapshot-label"]').fill('Before')
    await page.locator('[data-testid="snapshot-save"]').click()
    await expect.poll(() => page.locator('[data-testid="history-entry"]').count()).toBe(1)

    await nav(page, 'matrix')
    await waitForGrid(page)
    await revealColumn(page, colId)
    await cellOf(page, 'Мария Иванова', colId).click()
    await page.keyboard.press('1')
    await expect.poll(async () => (await cellState(page, 'Мария Иванова', colId)).text).toBe('1')

    await nav(page, 'history')
    await page.locator('[data-testid="snapshot-label"]').fill('After')
    await page.locator('[data-testid="snapshot-save"]').click()
    const entries = page.locator('[data-testid="history-entry"]')
    await expect.poll(() => entries.count()).toBeGreaterThanOrEqual(2)
    // The daily automatic snapshot may join at any moment: points and entries must match all the same.
    const points = page.locator('[data-testid="trend-point"]')
    await expect.poll(async () => (await points.count()) === (await entries.count())).toBe(true)

    const before = entries.filter({ hasText: 'Before' })
    const after = entries.filter({ hasText: 'After' })
    await page.locator('[data-testid="compare-from"]').selectOption((await before.getAttribute('data-snapshot')) ?? '')
    await page.locator('[data-testid="compare-to"]').selectOption((await after.getAttribute('data-snapshot')) ?? '')
    await page.locator('[data-testid="compare-run"]').click()
    const diff = page.locator('[data-testid="snapshot-diff"]')
    await diff.waitFor()
    await expect(diff.locator('[data-testid="diff-declined"]').allInnerTexts()).resolves.toEqual([
      'Мария Иванова — Roadmap Development: 4 · Expert → 1 · Aware',
    ])
    await expect(diff.locator('[data-testid="diff-opened"]').allInnerTexts()).resolves.toEqual([
      'Roadmap Development: ✓ Covered → ! At risk',
    ])
    await expect(diff.locator('[data-testid="diff-grew"]').count()).resolves.toBe(0)

    await before.locator('[data-testid="snapshot-restore"]').click()
    await page.locator('[data-testid="confirm-dialog"]').waitFor()
    await page.locator('[data-testid="confirm-ok"]').click()
    await nav(page, 'matrix')
    await waitForGrid(page)
    await expect.poll(async () => (await cellState(page, 'Мария Иванова', colId)).text).toBe('4')
    await page.locator('[data-testid="undo"]').click()
    await expect.poll(async () => (await cellState(page, 'Мария Иванова', colId)).text).toBe('1')
    await page.locator('[data-testid="redo"]').click()
    await expect.poll(async () => (await cellState(page, 'Мария Иванова', colId)).text).toBe('4')
  })

  it('leaves a snapshot with every import', async () => {
    session = await openApp({ path: '/history' })
    const { page } = session
    await page.locator('[data-testid="history-empty"]').waitFor()
    const file = join(tmpdir(), `one-person-${Date.now()}.csv`)
    writeFileSync(file, 'Name,Moderation & conflict facilitation\nZoe New,3\n')
    await nav(page, 'matrix')
    await waitForGrid(page)
    await page.setInputFiles('[data-testid="import-file"]', file)
    await page.locator('[data-testid="import-commit"]:not([disabled])').click()
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' })
    await nav(page, 'history')
    await expect.poll(() => page.locator('[data-testid="history-entry"][data-kind="import"]').count()).toBe(1)
  })
})

describe('staleness, rating source and learning notes', () => {
  it('marks stale people, says how much coverage rests on them, and follows the workspace settings', async () => {
    session = await openApp({ path: '/people' })
    const { page } = session
    const assessed = (name: string) =>
      page.locator(`[data-testid="bus-person"][data-person="${name}"] [data-testid="person-assessed"]`)
    // The demo has Igor assessed 8 months ago and Никита 14 months ago.
    await expect.poll(() => assessed('Igor Volkov').getAttribute('data-freshness')).toBe('stale')
    await expect(assessed('Alex Chen').getAttribute('data-freshness')).resolves.toBe('fresh')
    await page.locator('[data-testid="stale-months"]').fill('12')
    await page.locator('[data-testid="stale-months"]').press('Enter')
    await expect.poll(() => assessed('Igor Volkov').getAttribute('data-freshness')).toBe('fresh')
    await expect(assessed('Никита Соколов').getAttribute('data-freshness')).resolves.toBe('stale')

    await nav(page, 'coverage')
    const note = page.locator('[data-testid="stale-coverage"]')
    await note.waitFor()
    await expect(note.innerText()).resolves.toMatch(/older than 12 months/)

    // "Self only": nobody rated themselves in the demo, so nothing is covered; undo brings it back.
    const covered = (await coverageSummary(page)).covered
    expect(covered).toBeGreaterThan(0)
    await nav(page, 'people')
    await page.locator('[data-testid="rating-source"]').selectOption('self-only')
    await nav(page, 'coverage')
    await expect.poll(async () => (await coverageSummary(page)).covered).toBe(0)
    await page.locator('[data-testid="undo"]').click()
    await expect.poll(async () => (await coverageSummary(page)).covered).toBe(covered)
  })

  it('keeps learning notes and resources on the skill page, opening only http(s) links, in a new tab without an opener', async () => {
    session = await openApp({ path: '/skills' })
    const { page } = session
    const row = page.locator('[data-testid="skill-row"][data-skill="Consulting"]')
    await row.locator('[data-testid="skill-learning-link"]').click()
    await page.locator('[data-testid="skill-detail-name"]').waitFor()
    await page.locator('[data-testid="learning-edit"]').click()
    await page.locator('[data-testid="learning-notes-input"]').fill('Shadow Мария on two client calls.')
    await page.locator('[data-testid="learning-save"]').click()

    const learning = page.locator('[data-testid="skill-learning"]')
    await learning.locator('[data-testid="skill-resource-add"]').click()
    await page.locator('[data-testid="resource-title-en"]').fill('Consulting basics')
    // A link that is not http(s) is refused where it is typed.
    await page.locator('[data-testid="resource-url"]').fill('javascript:alert(1)')
    await expect(page.locator('[data-testid="resource-problem"]').innerText()).resolves.toContain('http')
    await page.locator('[data-testid="resource-url"]').fill('https://example.org/consulting')
    await page.locator('[data-testid="resource-save"]').click()

    await expect(learning.locator('[data-testid="skill-notes"]').innerText()).resolves.toBe(
      'Shadow Мария on two client calls.',
    )
    const link = learning.locator('a[data-testid="resource-title"]', { hasText: 'Consulting basics' })
    await expect(link.getAttribute('href')).resolves.toBe('https://example.org/consulting')
    await expect(link.getAttribute('target')).resolves.toBe('_blank')
    await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer')
    // ProBono Club has no link: its title is text.
    await expect(learning.locator('span[data-testid="resource-title"]').innerText()).resolves.toBe('ProBono Club')
    await expect(learning.locator('a[href^="javascript"]').count()).resolves.toBe(0)

    await expect.poll(() => page.locator('[data-testid="save-status"]').getAttribute('data-state')).toBe('saved')
    await page.reload()
    await expect(page.locator('[data-testid="skill-notes"]').innerText()).resolves.toBe(
      'Shadow Мария on two client calls.',
    )
    await learning.locator('a[data-testid="resource-title"]', { hasText: 'Consulting basics' }).waitFor()
  })
})
