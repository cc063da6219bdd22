import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { coverageSummary } from './support/coverageSummary'
import {
  allHeaders,
  cellOf,
  headerStatus,
  revealColumn,
  skillColumnByName,
  summaryCellOf,
  waitForGrid,
} from './support/matrixGrid'
import { openApp, type AppSession } from './support/session'

let session: AppSession | null = null

afterEach(async () => {
  await session?.close()
  session = null
})

describe('coverage in the matrix', () => {
  it('flips a skill to uncovered in its header and pinned row when its only holder drops below the target', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    const colId = await skillColumnByName(page, 'Platform architecture & integration')
    await revealColumn(page, colId)
    expect(await headerStatus(page, colId)).toEqual({ status: 'at-risk', text: '! 1/2 At risk' })
    await expect.poll(async () => (await summaryCellOf(page, colId).innerText()).trim()).toBe('! 1/2')
    const igor = cellOf(page, 'Igor Volkov', colId)
    expect(await igor.getAttribute('class')).toContain('sole-holder')

    await igor.click()
    await page.keyboard.press('1')
    await expect.poll(() => headerStatus(page, colId)).toEqual({ status: 'uncovered', text: '✕ 0/2 Uncovered' })
    await expect.poll(async () => (await summaryCellOf(page, colId).innerText()).trim()).toBe('✕ 0/2')
    await expect.poll(() => summaryCellOf(page, colId).getAttribute('class')).toContain('status-uncovered')
    await page.locator(`[data-testid="matrix-grid"] .ag-header-cell[col-id="${colId}"] .skill-header-name`).hover()
    await expect
      .poll(() => page.locator('.ag-tooltip').innerText())
      .toContain('0/2 = holders at level 3+ / target people\nUncovered: nobody holds it at level 3 or above')
    await expect.poll(() => igor.getAttribute('class')).not.toContain('sole-holder')

    await page.locator('[data-testid="nav-coverage"]').click()
    const item = page.locator('[data-testid="coverage-skill"][data-skill="Platform architecture & integration"]')
    await expect.poll(() => item.getAttribute('data-status')).toBe('uncovered')
    expect(await item.getAttribute('data-holders')).toBe('0')
    expect(await item.getAttribute('data-target')).toBe('2')
  })

  it('marks the remaining holder as the only one when the other holder drops, and undo takes it back', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    const colId = await skillColumnByName(page, 'Roadmap Development')
    await revealColumn(page, colId)
    const maria = cellOf(page, 'Мария Иванова', colId)
    const alex = cellOf(page, 'Alex Chen', colId)
    expect(await headerStatus(page, colId)).toMatchObject({ status: 'covered' })
    expect(await maria.getAttribute('class')).not.toContain('sole-holder')

    await alex.click()
    await page.keyboard.press('2')
    await expect.poll(() => maria.getAttribute('class')).toContain('sole-holder')
    await expect.poll(() => headerStatus(page, colId)).toEqual({ status: 'at-risk', text: '! 1/2 At risk' })
    await maria.hover()
    await expect.poll(() => page.locator('.ag-tooltip').innerText()).toContain('Only holder')

    await page.keyboard.press('Control+z')
    await expect.poll(() => maria.getAttribute('class')).not.toContain('sole-holder')
    await expect.poll(() => headerStatus(page, colId)).toMatchObject({ status: 'covered' })
  })
})

describe('cell tooltips', () => {
  it("shows a person's name with their email, a skill cell's level and note, and the summary cell's coverage", async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    const tooltip = page.locator('.ag-tooltip')
    await cellOf(page, 'Alex Chen', 'person.name').hover()
    await expect.poll(() => tooltip.innerText()).toBe('Alex Chen · alex.chen@example.org')

    const colId = await skillColumnByName(page, 'Platform architecture & integration')
    await revealColumn(page, colId)
    await page.mouse.move(0, 0)
    await tooltip.waitFor({ state: 'detached' })
    await cellOf(page, 'Igor Volkov', colId).hover()
    await expect
      .poll(() => tooltip.innerText())
      .toBe(
        'Igor Volkov · Platform architecture & integration: 4 · Expert — Leads it and teaches others\nOnly holder of this skill: if Igor Volkov leaves, nobody holds it',
      )

    await page.mouse.move(0, 0)
    await tooltip.waitFor({ state: 'detached' })
    await summaryCellOf(page, colId).hover()
    await expect
      .poll(() => tooltip.innerText())
      .toBe('1/2 = holders at level 3+ / target people\nAt risk: 1 of the 2 people wanted')
  })
})

describe('a skill nobody is wanted for (target 0)', () => {
  it('is not needed everywhere: never at risk, out of the counts and the covered share, its holder no sole holder', async () => {
    session = await openApp({ path: '/coverage' })
    const { page } = session
    await page.locator('[data-testid="coverage-summary"]').waitFor()
    const before = await coverageSummary(page)
    const share = () => page.locator('.summary-tile[data-status="covered"] .summary-hint').innerText()
    expect(await share()).toContain('of 48 needed skills')

    // Platform architecture has one holder (Igor Volkov): at risk with target 2.
    await page.locator('[data-testid="nav-skills"]').click()
    const row = page.locator('[data-testid="skill-row"][data-skill="Platform architecture & integration"]')
    await expect(row.locator('[data-testid="skill-coverage"]').getAttribute('data-status')).resolves.toBe('at-risk')
    await row.locator('[data-testid="skill-target-people"]').fill('0')
    await row.locator('[data-testid="skill-target-people"]').press('Tab')
    await expect
      .poll(() => row.locator('[data-testid="skill-coverage"]').getAttribute('data-status'))
      .toBe('not-needed')
    expect(await row.locator('[data-testid="skill-coverage"]').innerText()).toContain('Not needed')

    await page.locator('[data-testid="nav-coverage"]').click()
    await page.locator('[data-testid="coverage-summary"]').waitFor()
    await expect
      .poll(() => coverageSummary(page))
      .toEqual({ ...before, 'at-risk': before['at-risk'] - 1, deficit: before.deficit - 1 })
    expect(await share()).toContain('of 47 needed skills')
    expect(await page.locator('[data-testid="coverage-not-needed"]').innerText()).toContain('1 not needed')
    const item = page.locator('[data-testid="coverage-skill"][data-skill="Platform architecture & integration"]')
    expect(await item.getAttribute('data-status')).toBe('not-needed')
    expect(await item.innerText()).not.toContain('only Igor Volkov')
    expect(await page.locator('[data-testid="coverage-legend"] [data-status="at-risk"]').innerText()).toContain(
      'single point of failure',
    )

    await page.locator('[data-testid="nav-people"]').click()
    const igor = page.locator('[data-testid="bus-person"][data-person="Igor Volkov"]')
    await igor.waitFor()
    expect(await igor.locator('.bus-skill').allInnerTexts()).not.toContain('★ Platform architecture & integration')

    await page.locator('[data-testid="nav-matrix"]').click()
    await waitForGrid(page)
    const colId = await skillColumnByName(page, 'Platform architecture & integration')
    await revealColumn(page, colId)
    await expect.poll(() => headerStatus(page, colId)).toEqual({ status: 'not-needed', text: '○ 1/0 Not needed' })
    await expect.poll(async () => (await summaryCellOf(page, colId).innerText()).trim()).toBe('○ 1/0')
    expect(await cellOf(page, 'Igor Volkov', colId).getAttribute('class')).not.toContain('sole-holder')
  })
})

describe('Gaps only', () => {
  it('hides covered skill columns, hides a column as soon as it becomes covered, and shows them all back', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    const all = await allHeaders(page)
    const skillCount = (headers: Map<string, string>) =>
      [...headers.keys()].filter((id) => !id.startsWith('person.')).length
    expect(skillCount(all)).toBe(48)

    await page.locator('[data-testid="gaps-only"]').check()
    const gaps = await allHeaders(page)
    // The demo has 21 covered skills: 27 gaps stay.
    expect(skillCount(gaps)).toBe(27)
    expect([...gaps.values()]).toContain('Platform architecture & integration')
    expect([...gaps.values()]).not.toContain('Roadmap Development')
    for (const id of [...gaps.keys()].filter((key) => !key.startsWith('person.')).slice(0, 6)) {
      expect((await headerStatus(page, id)).status).not.toBe('covered')
    }

    const needs = [...gaps].find(([, text]) => text === 'Needs & competitive analysis')?.[0] ?? ''
    await revealColumn(page, needs)
    await cellOf(page, 'Alex Chen', needs).click()
    await page.keyboard.press('3')
    await expect
      .poll(() => page.locator(`[data-testid="matrix-grid"] .ag-header-cell[col-id="${needs}"]`).count())
      .toBe(0)

    await page.locator('[data-testid="gaps-only"]').uncheck()
    expect(skillCount(await allHeaders(page))).toBe(48)
  })
})

describe('what-if on the People page', () => {
  it('treats a person as gone, shows it live on the People and Coverage pages, and restores it when switched off', async () => {
    session = await openApp({ path: '/people' })
    const { page } = session
    await page.locator('[data-testid="coverage-summary"]').waitFor()
    const before = await coverageSummary(page)
    expect(before).toEqual({ covered: 21, 'at-risk': 18, uncovered: 9, deficit: 36 })
    const igor = page.locator('[data-testid="bus-person"][data-person="Igor Volkov"]')
    await expect(igor.locator('[data-testid="bus-impact"]').innerText()).resolves.toBe(
      'If Igor Volkov leaves, 3 skills become uncovered',
    )

    await page.locator('[data-testid="whatif-toggle"][data-person="Igor Volkov"]').check()
    await expect.poll(() => coverageSummary(page)).toMatchObject({ uncovered: 12 })
    const whatIf = await coverageSummary(page)
    expect(whatIf.deficit).toBeGreaterThan(before.deficit)
    await expect(page.locator('[data-testid="whatif-bar"]').innerText()).resolves.toContain(
      'What-if active: 1 person excluded',
    )
    await expect(page.locator('[data-testid="coverage-uncovered-change"]').innerText()).resolves.toContain('+3')

    await page.locator('[data-testid="nav-coverage"]').click()
    await page.locator('[data-testid="coverage-skill"]').first().waitFor()
    expect(await coverageSummary(page)).toEqual(whatIf)
    await expect(page.locator('[data-testid="whatif-bar"]').isVisible()).resolves.toBe(true)
    await expect(
      page
        .locator('[data-testid="coverage-skill"][data-skill="Platform architecture & integration"]')
        .getAttribute('data-status'),
    ).resolves.toBe('uncovered')

    await page.locator('[data-testid="nav-people"]').click()
    const toggle = page.locator('[data-testid="whatif-toggle"][data-person="Igor Volkov"]')
    expect(await toggle.isChecked()).toBe(true)
    await toggle.uncheck()
    await expect.poll(() => coverageSummary(page)).toEqual(before)
    expect(await page.locator('[data-testid="whatif-bar"]').count()).toBe(0)

    await page.locator('[data-testid="whatif-toggle"][data-person="Мария Иванова"]').check()
    await page.locator('[data-testid="whatif-toggle"][data-person="Igor Volkov"]').check()
    await expect(page.locator('[data-testid="whatif-bar"]').innerText()).resolves.toContain(
      'What-if active: 2 people excluded',
    )
    await page.locator('[data-testid="whatif-reset"]').click()
    await expect.poll(() => coverageSummary(page)).toEqual(before)
  })
})

describe('Skills page', () => {
  it('edits a target and the coverage follows on the Skills page, the Coverage page and the matrix header', async () => {
    session = await openApp({ path: '/skills' })
    const { page } = session
    const row = page.locator('[data-testid="skill-row"][data-skill="SEO"]')
    await expect(row.locator('[data-testid="skill-coverage"]').getAttribute('data-status')).resolves.toBe('uncovered')
    await row.locator('[data-testid="skill-target-level"]').selectOption('2')
    await expect
      .poll(() => row.locator('[data-testid="skill-coverage"]').getAttribute('data-status'))
      .not.toBe('uncovered')

    await page.locator('[data-testid="nav-coverage"]').click()
    const item = page.locator('[data-testid="coverage-skill"][data-skill="SEO"]')
    await expect.poll(() => item.getAttribute('data-status')).not.toBe('uncovered')
    const holders = Number(await item.getAttribute('data-holders'))
    expect(holders).toBeGreaterThanOrEqual(1)
    const status = await item.getAttribute('data-status')

    await page.locator('[data-testid="nav-matrix"]').click()
    await waitForGrid(page)
    const colId = await skillColumnByName(page, 'SEO')
    await revealColumn(page, colId)
    expect(await headerStatus(page, colId)).toMatchObject({ status })
    expect((await headerStatus(page, colId)).text).toContain(`${holders}/2`)

    await page.locator('[data-testid="undo"]').click()
    await expect.poll(() => headerStatus(page, colId)).toMatchObject({ status: 'uncovered' })
  })

  it('bulk-edits a category in one undo step and deletes a category after a confirmation that counts its skills', async () => {
    session = await openApp({ path: '/skills' })
    const { page } = session
    const content = page.locator('[data-testid="category-section"][data-category="Content"]')
    await content.locator('[data-testid="bulk-people"]').fill('1')
    await content.locator('[data-testid="bulk-apply"]').click()
    const people = content.locator('[data-testid="skill-target-people"]')
    await expect
      .poll(async () => new Set(await people.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))))
      .toEqual(new Set(['1']))
    expect(await people.count()).toBe(10)
    await page.locator('[data-testid="undo"]').click()
    await expect
      .poll(async () => new Set(await people.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))))
      .toEqual(new Set(['2']))

    await content.locator('[data-testid="category-delete"]').click()
    const dialog = page.locator('[data-testid="confirm-dialog"]')
    await expect(dialog.innerText()).resolves.toContain('10 skills')
    await page.locator('[data-testid="confirm-ok"]').click()
    await expect.poll(() => content.count()).toBe(0)
    await page.locator('[data-testid="nav-coverage"]').click()
    await expect.poll(() => page.locator('[data-testid="coverage-skill"]').count()).toBe(38)
    await page.locator('[data-testid="undo"]').click()
    await expect.poll(() => page.locator('[data-testid="coverage-skill"]').count()).toBe(48)
  })
})

describe('managing skills on the Skills page', () => {
  it('adds, renames, moves to another category and deletes a skill, each one undoable step', async () => {
    session = await openApp({ path: '/skills' })
    const { page } = session
    const section = (name: string) => page.locator(`[data-testid="category-section"][data-category="${name}"]`)
    const rowsOf = (name: string) => section(name).locator('[data-testid="skill-row"]')
    const names = (name: string) =>
      rowsOf(name).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-skill')))

    await section('Content').locator('[data-testid="skill-add-name"]').fill('Podcasting')
    await section('Content').locator('[data-testid="skill-add"]').click()
    await expect.poll(() => names('Content')).toContain('Podcasting')
    const added = section('Content').locator('[data-testid="skill-row"][data-skill="Podcasting"]')
    expect(await added.locator('[data-testid="skill-target-level"]').inputValue()).toBe('3')
    expect(await added.locator('[data-testid="skill-target-people"]').inputValue()).toBe('2')
    await expect(added.locator('[data-testid="skill-coverage"]').getAttribute('data-status')).resolves.toBe('uncovered')

    await added.locator('[data-testid="skill-name"]').fill('Podcast production')
    await added.locator('[data-testid="skill-name"]').press('Enter')
    await expect.poll(() => names('Content')).toContain('Podcast production')

    const renamed = page.locator('[data-testid="skill-row"][data-skill="Podcast production"]')
    await renamed.locator('[data-testid="skill-move-up"]').click()
    await expect
      .poll(async () => (await names('Content')).slice(-2))
      .toEqual(['Podcast production', 'Communication planning'])
    await renamed.locator('[data-testid="skill-move-to"]').selectOption({ label: 'Engagement' })
    await expect.poll(() => names('Engagement')).toContain('Podcast production')
    expect(await names('Content')).not.toContain('Podcast production')

    await page.locator('[data-testid="undo"]').click()
    await expect.poll(() => names('Content')).toContain('Podcast production')

    await renamed.locator('[data-testid="skill-delete"]').click()
    await expect(page.locator('[data-testid="confirm-dialog"]').innerText()).resolves.toContain('Podcast production')
    await page.locator('[data-testid="confirm-ok"]').click()
    await expect.poll(() => renamed.count()).toBe(0)
    await page.locator('[data-testid="nav-coverage"]').click()
    await expect.poll(() => page.locator('[data-testid="coverage-skill"]').count()).toBe(48)
  })

  it('refuses a duplicate name with a message and shows the stored name again', async () => {
    session = await openApp({ path: '/skills' })
    const { page } = session
    const seo = page.locator('[data-testid="skill-row"][data-skill="SEO"] [data-testid="skill-name"]')
    await seo.fill('Writing')
    await seo.press('Enter')
    await expect.poll(() => page.locator('.notice').innerText()).toContain('There is already a skill called “Writing”')
    expect(await seo.inputValue()).toBe('SEO')
  })
})

describe('printable coverage report', () => {
  it('prints on A4 without navigation or buttons, rows kept whole', async () => {
    session = await openApp({ path: '/coverage' })
    const { page } = session
    await page.locator('[data-testid="coverage-skill"]').first().waitFor()
    await page.emulateMedia({ media: 'print' })
    const hidden = await page.evaluate(() =>
      ['.app-header', '[data-testid="coverage-print"]'].map((selector) => {
        const element = document.querySelector(selector)
        return element ? getComputedStyle(element).display : 'missing'
      }),
    )
    expect(hidden).toEqual(['none', 'none'])
    const breaks = await page
      .locator('[data-testid="coverage-skill"]')
      .evaluateAll((items) => items.map((i) => getComputedStyle(i).breakInside))
    expect(new Set(breaks)).toEqual(new Set(['avoid']))
    expect(breaks).toHaveLength(48)
    await expect(page.locator('.report-header h1').innerText()).resolves.toBe('Coverage report: Demo community team')

    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    if (process.env.SKILLGRID_PDF_OUT) writeFileSync(process.env.SKILLGRID_PDF_OUT, pdf)
    else writeFileSync(join(tmpdir(), 'skillgrid-coverage-report.pdf'), pdf)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []
    // Summary, two charts and 48 skills: more than one A4 page (nothing clipped to the screen),
    // but a short report, not one page per element.
    expect(pages.length).toBeGreaterThanOrEqual(2)
    expect(pages.length).toBeLessThanOrEqual(4)
  })
})
