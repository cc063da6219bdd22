import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { openApp, type AppSession } from './support/session'

let session: AppSession | null = null

afterEach(async () => {
  await session?.close()
  session = null
})

const cards = (page: Page) => page.locator('[data-testid="resource-card"]')

async function openLearning(): Promise<Page> {
  session = await openApp()
  const { page } = session
  await page.locator('[data-testid="nav-learning"]').click()
  await cards(page).first().waitFor()
  return page
}

/** Fills the open resource editor: a cheap self-paced course teaching one skill, chosen by its name. */
async function fillResource(page: Page, title: string, skill: string, level: string) {
  const editor = page.locator('[data-testid="resource-editor"]')
  await editor.locator('[data-testid="resource-title-en"]').fill(title)
  await editor.locator('[data-testid="resource-cost-seat"]').fill('0.5')
  await editor.locator('[data-testid="resource-teach-add"]').click()
  await editor.locator('[data-testid="resource-teach-skill"]').last().selectOption({ label: skill })
  await editor.locator('[data-testid="resource-teach-level"]').last().selectOption(level)
}

async function runPlan(page: Page): Promise<string> {
  await page.locator('[data-testid="plan-run"]').click()
  const status = page.locator('[data-testid="plan-status"]')
  await status.waitFor({ timeout: 30_000 })
  return (await status.innerText()).trim()
}

describe('the Learning page', () => {
  it('lists the seeded catalogue, adds a resource (undoable) that the next plan uses after a reload', async () => {
    const page = await openLearning()
    expect(await cards(page).count()).toBe(11)
    expect(await page.locator('[data-testid="resource-count"]').innerText()).toBe('11 resources')

    await page.locator('[data-testid="resource-add"]').click()
    await fillResource(page, 'Budget bootcamp', 'Budget & financial management', '3')
    // Half a cent is refused in the form, before anything is saved.
    await page.locator('[data-testid="resource-cost-seat"]').fill('0.505')
    await expect
      .poll(() => page.locator('[data-testid="resource-problem"]').innerText())
      .toContain('at most two decimals')
    await page.locator('[data-testid="resource-cost-seat"]').fill('0.5')
    await page.locator('[data-testid="resource-save"]').click()
    await expect.poll(() => cards(page).count()).toBe(12)
    const added = cards(page).filter({ hasText: 'Budget bootcamp' })
    expect(await added.locator('[data-testid="resource-cost"]').innerText()).toBe('Self-paced, 0.5 per person')

    // One undo step takes it away, redo brings it back.
    await page.keyboard.press('Control+z')
    await expect.poll(() => cards(page).count()).toBe(11)
    await page.keyboard.press('Control+y')
    await expect.poll(() => cards(page).count()).toBe(12)

    await expect.poll(() => page.locator('[data-testid="save-status"]').getAttribute('data-state')).toBe('saved')
    await page.reload()
    // After a reload the page and its messages load lazily: slow on a busy machine.
    await cards(page).first().waitFor({ timeout: 30_000 })
    expect(await cards(page).count()).toBe(12)

    await page.locator('[data-testid="nav-plan"]').click()
    expect(await runPlan(page)).toBe('optimal')
    const courses = page.locator('[data-testid="plan-action"][data-kind="course"]')
    // The new course is cheaper than any training in Budget: the plan sends someone to it.
    await expect.poll(() => courses.filter({ hasText: 'Budget bootcamp' }).count()).toBe(1)
  })

  it('edits, duplicates and deletes (after asking), each undoable, and finds resources by skill', async () => {
    const page = await openLearning()
    const facilitation = cards(page).filter({ hasText: 'Facilitation master class' })
    await facilitation.locator('[data-testid="resource-edit"]').click()
    await page.locator('[data-testid="resource-seats"]').fill('16')
    await page.locator('[data-testid="resource-save"]').click()
    await expect.poll(() => facilitation.locator('[data-testid="resource-cost"]').innerText()).toContain('16 seats')

    await facilitation.locator('[data-testid="resource-duplicate"]').click()
    await expect.poll(() => cards(page).count()).toBe(12)
    await cards(page).filter({ hasText: 'Facilitation master class (copy)' }).waitFor()

    await facilitation.first().locator('[data-testid="resource-delete"]').click()
    await page.locator('[data-testid="confirm-cancel"]').click()
    expect(await cards(page).count()).toBe(12)
    await facilitation.first().locator('[data-testid="resource-delete"]').click()
    await page.locator('[data-testid="confirm-ok"]').click()
    await expect.poll(() => cards(page).count()).toBe(11)
    await page.keyboard.press('Control+z')
    await expect.poll(() => cards(page).count()).toBe(12)

    await page.locator('[data-testid="resource-filter"]').fill('governance')
    await expect.poll(() => cards(page).count()).toBe(1)
  })

  it('exports the catalogue as CSV and imports it back changed, refusing a file with a bad row', async () => {
    const page = await openLearning()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="resources-export"]').click(),
    ])
    const text = readFileSync((await download.path())!, 'utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const changed = text.replace('Facilitation master class,', 'Facilitation master class (2027),')
    expect(changed).not.toBe(text)

    const bad = `${changed},New course,,https://example.org,course,en,Basket weaving: 3,,1,,\r\n`
    await page.setInputFiles('[data-testid="resources-import-file"]', {
      name: 'resources.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bad),
    })
    const problems = page.locator('[data-testid="resources-import-problem"]')
    await problems.first().waitFor()
    expect(await problems.allInnerTexts()).toEqual([`Row 13, column G: no skill is called “Basket weaving”`])
    expect(await cards(page).filter({ hasText: 'New course' }).count()).toBe(0)

    await page.setInputFiles('[data-testid="resources-import-file"]', {
      name: 'resources.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(changed),
    })
    await page.locator('[data-testid="resources-imported"]').waitFor()
    await cards(page).filter({ hasText: 'Facilitation master class (2027)' }).waitFor()
    expect(await cards(page).count()).toBe(11)
  })
})

describe('a skill’s learning section', () => {
  it('shows the resources that teach the skill and adds one for it at its target level', async () => {
    session = await openApp({ path: '/skills' })
    const { page } = session
    const row = page.locator('[data-testid="skill-row"][data-skill="Moderation & conflict facilitation"]')
    await row.locator('[data-testid="skill-learning-link"]').click()
    const section = page.locator('[data-testid="skill-learning"]')
    await section.locator('[data-testid="resource-card"]').first().waitFor()
    expect(await section.locator('[data-testid="resource-title"]').allInnerTexts()).toEqual([
      'Facilitation master class',
      'Community management basics for the Association of Volunteer Centres (DOBRO.University)',
    ])
    await section.locator('[data-testid="skill-resource-add"]').click()
    await page.locator('[data-testid="resource-title-en"]').fill('Moderators’ school')
    expect(await page.locator('[data-testid="resource-teach-level"]').inputValue()).toBe('3')
    await page.locator('[data-testid="resource-save"]').click()
    await expect.poll(() => section.locator('[data-testid="resource-card"]').count()).toBe(3)
  })
})
