import { readFileSync } from 'node:fs'
import type { Page, Route } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { openApp, type AppSession } from './support/session'

let session: AppSession | null = null

afterEach(async () => {
  await session?.close()
  session = null
})

/**
 * A fresh profile whose every network fetch (from the first one) is logged, opened on `path`.
 * A page request answered by the service worker is not a fetch: the worker's own fetch is.
 */
async function openLogged(path: string): Promise<{ page: Page; requests: string[] }> {
  session = await openApp()
  const requests: string[] = []
  session.context.on('requestfinished', async (request) => {
    // A request that finishes as the test closes the profile has no response left to read.
    const response = await request.response().catch(() => null)
    if (response && !response.fromServiceWorker()) requests.push(request.url())
  })
  const page = await session.newPage()
  await page.goto(`${session.baseUrl}#${path}`)
  return { page, requests }
}

async function runPlan(page: Page): Promise<string> {
  await page.locator('[data-testid="plan-run"]').click()
  const status = page.locator('[data-testid="plan-status"]')
  await status.waitFor({ timeout: 30_000 })
  return (await status.innerText()).trim()
}

const numberIn = (text: string) => Number(/-?\d+(\.\d+)?/.exec(text)?.[0])

describe('plan page on the demo workspace', () => {
  it('loads the solver only on the first run and gives an optimal plan, each action with its reason', async () => {
    const { page, requests } = await openLogged('/plan')
    await page.locator('[data-testid="plan-run"]').waitFor()
    await page.locator('[data-testid="nav-roles"]').click()
    await page.locator('[data-testid="nav-plan"]').click()
    await page.locator('[data-testid="plan-run"]').waitFor()
    expect(
      requests.filter((url) => url.endsWith('.wasm') || url.includes('solver.worker') || url.includes('/highs')),
    ).toEqual([])

    expect(await runPlan(page)).toBe('optimal')
    expect(requests.filter((url) => url.endsWith('.wasm'))).toHaveLength(1)

    const actions = page.locator('[data-testid="plan-action"]')
    const count = await actions.count()
    expect(count).toBeGreaterThan(0)
    const kinds = await actions.evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')))
    expect(kinds).toContain('train')
    expect(kinds).toContain('mentor')
    const reasons = await page
      .locator('[data-testid="plan-action"]:not([data-kind="course"]) [data-testid="plan-action-reason"]')
      .allInnerTexts()
    expect(reasons.every((reason) => /missing holder/.test(reason))).toBe(true)
    const train = actions.filter({ has: page.locator('[data-testid="plan-action-levels"]') }).first()
    expect(await train.innerText()).toMatch(/Train .+ in .+[\s\S]*level .+ → 3 · /)

    // The total is a plain number: the sum of the actions' costs.
    const costs = (await page.locator('[data-testid="plan-action-cost"]').allInnerTexts()).map(numberIn)
    expect(Number(await page.locator('[data-testid="plan-total-cost"]').innerText())).toBe(
      costs.reduce((a, b) => a + b, 0),
    )

    // The demo's gaps can all be closed: nothing stays uncovered or short.
    expect(await page.locator('[data-testid="plan-coverage-uncovered"] [data-testid="before"]').innerText()).toBe('9')
    expect(await page.locator('[data-testid="plan-coverage-uncovered"] [data-testid="after"]').innerText()).toBe('0')
    expect(await page.locator('[data-testid="plan-unclosed"]').count()).toBe(0)
    expect(await page.locator('[data-testid="plan-coverage-skill"][data-status-after="uncovered"]').count()).toBe(0)

    // A second run reuses the loaded solver.
    expect(await runPlan(page)).toBe('optimal')
    expect(requests.filter((url) => url.endsWith('.wasm'))).toHaveLength(1)
  })

  it('plans within a budget (partial), saves scenarios, compares and deletes them, and exports CSV', async () => {
    session = await openApp({ path: '/plan' })
    const { page } = session
    expect(await runPlan(page)).toBe('optimal')
    await page.locator('[data-testid="plan-save-name"]').fill('no limits')
    await page.locator('[data-testid="plan-save"]').click()
    await page.locator('[data-testid="plan-saved"][data-name="no limits"]').waitFor()

    await page.locator('[data-testid="limit-budget"]').fill('20')
    await page.locator('[data-testid="limit-budget"]').press('Tab')
    await page.locator('[data-testid="limit-hires"]').fill('0')
    await page.locator('[data-testid="limit-hires"]').press('Tab')
    await expect.poll(() => runPlan(page)).toBe('partial')
    expect(Number(await page.locator('[data-testid="plan-total-cost"]').innerText())).toBeLessThanOrEqual(20)
    expect(await page.locator('[data-testid="plan-action"][data-kind="hire"]').count()).toBe(0)
    expect(await page.locator('[data-testid="plan-unclosed"]').first().innerText()).toMatch(
      /budget exhausted \(limit 20\)/,
    )

    const download = page.waitForEvent('download')
    await page.locator('[data-testid="plan-export"]').click()
    const file = readFileSync(await (await download).path())
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = file.toString('utf8').slice(1)
    expect(csv.split('\r\n')[0]).toBe('Action,Who,Skill,From level,To level,Cost,Reason,Mentor,Course,Sessions × seats')
    expect(csv).toContain('partial')
    // A mentorship names its mentor in its own column.
    const mentorRows = csv.split('\r\n').filter((line) => line.startsWith('Mentor,'))
    expect(mentorRows.length).toBe(await page.locator('[data-testid="plan-action"][data-kind="mentor"]').count())
    expect(mentorRows.every((line) => line.split(',').at(-3) !== '')).toBe(true)

    await page.locator('[data-testid="plan-save-name"]').fill('budget 20')
    await page.locator('[data-testid="plan-save"]').click()
    const compare = page.locator('[data-testid="plan-compare"]')
    await compare.waitFor()
    expect(await compare.locator('[data-testid="plan-compare-left"]').innerText()).toBe('no limits')
    expect(await compare.locator('[data-testid="plan-compare-right"]').innerText()).toBe('budget 20')
    expect(await compare.locator('tr[data-row="status"]').innerText()).toMatch(/optimal\s+partial/)

    // Saved scenarios survive a reload; deleting one asks first.
    await page.reload()
    const saved = page.locator('[data-testid="plan-saved"]')
    await expect.poll(() => saved.count()).toBe(2)
    await saved.filter({ hasText: 'no limits' }).locator('[data-testid="plan-saved-delete"]').click()
    await page.locator('[data-testid="confirm-cancel"]').click()
    expect(await saved.count()).toBe(2)
    await saved.filter({ hasText: 'no limits' }).locator('[data-testid="plan-saved-delete"]').click()
    await page.locator('[data-testid="confirm-ok"]').click()
    await expect.poll(() => saved.count()).toBe(1)
  })

  it('respects availability for training and edits the cost model, restoring the defaults', async () => {
    session = await openApp({ path: '/plan' })
    const { page } = session
    await runPlan(page)
    const firstTrainee = (
      await page.locator('[data-testid="plan-action"][data-kind="train"] strong').first().innerText()
    ).replace(/^Train (.+) in .+$/, '$1')
    await page.locator(`[data-testid="plan-available"][data-person="${firstTrainee}"]`).uncheck()
    await page.locator('[data-testid="plan-stale"]').waitFor()
    await page.locator('[data-testid="cost-step"]').fill('3')
    await page.locator('[data-testid="cost-step"]').press('Tab')
    await runPlan(page)
    await expect.poll(() => page.locator('[data-testid="plan-stale"]').count()).toBe(0)
    const trainees = await page.locator('[data-testid="plan-action"][data-kind="train"] strong').allInnerTexts()
    expect(trainees.some((text) => text.startsWith(`Train ${firstTrainee} in`))).toBe(false)
    await page.locator('[data-testid="cost-defaults"]').click()
    await expect.poll(() => page.locator('[data-testid="cost-step"]').inputValue()).toBe('2')
  })
})

describe('learning in the plan', () => {
  it('mentors where a colleague at level 4 is cheaper than a training, naming mentor, mentee, levels and cost', async () => {
    session = await openApp({ path: '/plan' })
    const { page } = session
    expect(await runPlan(page)).toBe('optimal')
    const trainStep = Number(await page.locator('[data-testid="cost-step"]').inputValue())
    const mentoringStep = Number(await page.locator('[data-testid="cost-mentoring"]').inputValue())
    expect(mentoringStep).toBeLessThan(trainStep)
    const mentors = page.locator('[data-testid="plan-action"][data-kind="mentor"]')
    expect(await mentors.count()).toBeGreaterThan(0)
    expect(Number(await page.locator('[data-testid="plan-mentorships"]').innerText())).toBe(await mentors.count())
    for (const mentor of await mentors.all()) {
      expect(await mentor.locator('strong').innerText()).toMatch(/^.+ mentors .+ in .+$/)
      const levels = await mentor.locator('[data-testid="plan-action-levels"]').innerText()
      const [, from, to] = /level (\d|not assessed)\D.*→ (\d)/.exec(levels) ?? []
      const steps = Number(to) - (from === 'not assessed' ? 0 : Number(from))
      // The same steps as a training would cost more: that is why the planner chose a mentor.
      const cost = numberIn(await mentor.locator('[data-testid="plan-action-cost"]').innerText())
      expect(cost).toBeLessThan(steps * trainStep)
    }
  })

  it('sends people to a course of the seeded catalogue, named with its attendees and the holders it makes', async () => {
    session = await openApp({ path: '/plan' })
    const { page } = session
    expect(await runPlan(page)).toBe('optimal')
    const courses = page.locator('[data-testid="plan-action"][data-kind="course"]')
    expect(await courses.count()).toBeGreaterThan(0)
    const course = courses.first()
    const resource = await course.locator('[data-testid="plan-course-resource"]').innerText()
    // A resource of the seeded catalogue, by its English title.
    const catalogue = JSON.parse(readFileSync('src/assets/learning-resources.json', 'utf8')) as {
      resources: { title: { en: string } }[]
    }
    expect(catalogue.resources.map((r) => r.title.en)).toContain(resource)
    const attendees = await course.locator('[data-testid="plan-course-attendee"]').allInnerTexts()
    expect(attendees.length).toBeGreaterThan(0)
    const title = await course.locator('strong').first().innerText()
    for (const name of attendees) expect(title).toContain(name)
    expect(await course.locator('[data-testid="plan-action-reason"]').innerText()).toMatch(/^makes \d+ holders? of /)
    const places = await courses.evaluateAll(
      (items) => items.flatMap((item) => [...item.querySelectorAll('[data-testid="plan-course-attendee"]')]).length,
    )
    expect(Number(await page.locator('[data-testid="plan-course-places"]').innerText())).toBe(places)

    // The same plan in Russian names the resource by its Russian title.
    const ruTitle = catalogue.resources.find((r) => r.title.en === resource) as { title: { ru: string } } | undefined
    await page.locator('[data-testid="language-select"]').selectOption('ru')
    await expect.poll(() => course.locator('[data-testid="plan-course-resource"]').innerText()).toBe(ruTitle?.title.ru)
  })

  it('plans a second holder for every skill that can have one when set to no single holder', async () => {
    session = await openApp({ path: '/skills' })
    const { page } = session
    // Targets of one person in a category: the plan for the targets leaves single holders there.
    const content = page.locator('[data-testid="category-section"][data-category="Content"]')
    await content.locator('[data-testid="bulk-people"]').fill('1')
    await content.locator('[data-testid="bulk-apply"]').click()
    await page.locator('[data-testid="nav-plan"]').click()
    expect(await runPlan(page)).toBe('optimal')
    const addable = page.locator('[data-testid="plan-single-holder"][data-can-add-second="true"]')
    expect(await addable.count()).toBeGreaterThan(0)
    await page.locator('[data-testid="plan-single-hint"]').waitFor()

    await page.locator('[data-testid="plan-resilience-no-single-holder"]').check()
    await expect.poll(() => page.locator('[data-testid="plan-stale"]').innerText()).toMatch(/changed the resilience/)
    await page.locator('[data-testid="plan-run"]').click()
    // The shown plan is replaced once the new one is made.
    await expect
      .poll(() => page.locator('[data-testid="plan-result-resilience"]').innerText(), { timeout: 30_000 })
      .toBe('Aim: No single holder')
    expect(await page.locator('[data-testid="plan-status"]').innerText()).toBe('optimal')
    expect(await page.locator('[data-testid="plan-stale"]').count()).toBe(0)
    expect(await addable.count()).toBe(0)
    // Every skill with a target now ends with at least two holders, or nobody could be a second.
    const holdersAfter = await page
      .locator('[data-testid="plan-coverage-skill"] td:nth-child(2)')
      .allInnerTexts()
      .then((cells) => cells.map((cell) => Number(cell.split('→')[1])))
    expect(holdersAfter.filter((n) => n === 1).length).toBe(
      await page.locator('[data-testid="plan-single-holder"][data-can-add-second="false"]').count(),
    )
  })

  it('marks the plan stale when a limit or the cost model changes, and refuses a cost with three decimals', async () => {
    session = await openApp({ path: '/plan' })
    const { page } = session
    expect(await runPlan(page)).toBe('optimal')
    await page.locator('[data-testid="limit-budget"]').fill('30')
    await page.locator('[data-testid="limit-budget"]').press('Tab')
    const stale = page.locator('[data-testid="plan-stale"]')
    await expect.poll(() => stale.innerText()).toBe('Made before you changed the budget: make it again to update it.')
    await page.locator('[data-testid="limit-budget"]').fill('')
    await page.locator('[data-testid="limit-budget"]').press('Tab')
    await expect.poll(() => stale.count()).toBe(0)

    await page.locator('[data-testid="cost-mentoring"]').fill('0.125')
    await page.locator('[data-testid="cost-mentoring"]').press('Tab')
    expect(await page.locator('[data-testid="cost-mentoring-problem"]').innerText()).toBe(
      'At most two decimals (whole cents): 0.125 has more',
    )
    // The refused text stays in the field next to its message.
    expect(await page.locator('[data-testid="cost-mentoring"]').inputValue()).toBe('0.125')
    expect(await stale.count()).toBe(0)
    await page.locator('[data-testid="cost-mentees"]').fill('1')
    await page.locator('[data-testid="cost-mentees"]').press('Tab')
    await expect.poll(() => stale.innerText()).toMatch(/changed the cost model/)
  })
})

describe('when the solver cannot load', () => {
  it('answers with the greedy plan, labelled approximate, that still keeps every limit', async () => {
    session = await openApp({ path: '/plan' })
    const { page, context } = session
    await context.route('**/*.wasm', (route) => route.abort())
    await page.locator('[data-testid="limit-hires"]').fill('1')
    await page.locator('[data-testid="limit-hires"]').press('Tab')
    expect(await runPlan(page)).toBe('approximate')
    expect(await page.locator('[data-testid="plan-summary"]').innerText()).toMatch(/exact solver could not be loaded/)
    expect(await page.locator('[data-testid="plan-action"]').count()).toBeGreaterThan(0)
    expect(await page.locator('[data-testid="plan-action"][data-kind="hire"]').count()).toBeLessThanOrEqual(1)
  })
})

describe('a slow run', () => {
  it('shows the elapsed time, cancels by stopping the worker, and runs again afterwards', async () => {
    session = await openApp({ path: '/plan' })
    const { page, context } = session
    // Hold the wasm back so the first run takes a while.
    const held = async (route: Route) => {
      await new Promise((resolve) => setTimeout(resolve, 4000))
      await route.continue().catch(() => undefined)
    }
    await context.route('**/*.wasm', held)
    await page.locator('[data-testid="plan-run"]').click()
    const elapsed = page.locator('[data-testid="plan-elapsed"]')
    await expect.poll(async () => numberIn(await elapsed.innerText()), { timeout: 5000 }).toBeGreaterThan(0.2)
    expect(await elapsed.innerText()).toMatch(/^Solving… \d+\.\d s$/)
    await page.locator('[data-testid="plan-cancel"]').click()
    await page.locator('[data-testid="notice"]', { hasText: 'Planning cancelled.' }).waitFor()
    expect(await page.locator('[data-testid="plan-status"]').count()).toBe(0)
    expect(await page.locator('[data-testid="plan-run"]').isEnabled()).toBe(true)

    await context.unroute('**/*.wasm', held)
    expect(await runPlan(page)).toBe('optimal')
  })
})

describe('skill page', () => {
  it('ranks who could grow into a skill, with their training load in the last plan', async () => {
    session = await openApp({ path: '/plan' })
    const { page } = session
    await runPlan(page)
    const action = page.locator('[data-testid="plan-action"][data-kind="train"]').first()
    const title = await action.locator('strong').innerText()
    const [, person, skill] = /^Train (.+) in (.+)$/.exec(title) ?? []
    await page.locator('[data-testid="plan-coverage-skill"] a', { hasText: skill! }).first().click()
    await page.locator('[data-testid="skill-detail-name"]').waitFor()
    expect(await page.locator('[data-testid="skill-detail-name"]').innerText()).toBe(skill)
    const candidate = page.locator(`[data-testid="skill-candidate"][data-person="${person}"]`)
    expect(await candidate.locator('[data-testid="skill-candidate-planned"]').count()).toBe(1)
    expect(Number(await candidate.locator('[data-testid="skill-candidate-load"]').innerText())).toBeGreaterThanOrEqual(
      1,
    )
    const costs = (await page.locator('[data-testid="skill-candidate-cost"]').allInnerTexts()).map(Number)
    expect(costs).toEqual([...costs].sort((a, b) => a - b))
  })
})

describe('roles page', () => {
  it("edits a role's cost and requirements, duplicates and deletes roles with undo, and keeps them after reload", async () => {
    session = await openApp({ path: '/roles' })
    const { page } = session
    const items = page.locator('[data-testid="role-item"]')
    await items.first().waitFor()
    expect(await items.count()).toBe(9)
    await items.filter({ hasText: 'Community Manager' }).first().click()
    await page.locator('[data-testid="role-cost"]').fill('11')
    await page.locator('[data-testid="role-cost"]').press('Tab')
    await page.locator('[data-testid="role-req-skill"]').selectOption({ label: 'SEO' })
    await page.locator('[data-testid="role-req-new-level"]').selectOption('4')
    await page.locator('[data-testid="role-req-add"]').click()
    await page.locator('[data-testid="role-req"][data-skill="SEO"]').waitFor()

    await page.locator('[data-testid="role-duplicate"]').click()
    await expect.poll(() => items.count()).toBe(10)
    expect(await page.locator('[data-testid="role-name"]').inputValue()).toBe('Community Manager (copy)')
    expect(await page.locator('[data-testid="role-cost"]').inputValue()).toBe('11')

    await page.locator('[data-testid="role-delete"]').click()
    await page.locator('[data-testid="confirm-ok"]').click()
    await expect.poll(() => items.count()).toBe(9)
    await page.keyboard.press('Control+z')
    await expect.poll(() => items.count()).toBe(10)

    await expect.poll(() => page.locator('[data-testid="save-status"]').getAttribute('data-state')).toBe('saved')
    await page.reload()
    await items.first().waitFor()
    expect(await items.count()).toBe(10)
    await items.filter({ hasText: 'Community Manager' }).first().click()
    expect(await page.locator('[data-testid="role-cost"]').inputValue()).toBe('11')
    expect(
      await page.locator('[data-testid="role-req"][data-skill="SEO"] [data-testid="role-req-level"]').inputValue(),
    ).toBe('4')
  })
})
