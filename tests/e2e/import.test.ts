import { readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { allHeaders, cellOf, revealColumn, rowNames, skillColumnByName, waitForGrid } from './support/matrixGrid'
import { openApp, type AppSession } from './support/session'

let session: AppSession | null = null

afterEach(async () => {
  await session?.close()
  session = null
})

const fixture = (...parts: string[]) => join(import.meta.dirname, '../fixtures', ...parts)

async function importFile(page: Page, path: string) {
  await page.setInputFiles('[data-testid="import-file"]', path)
  await page.locator('[data-testid="import-preview"]').waitFor()
  // The preview is final once the reading stage is over.
  await page.locator('[data-testid="import-progress"]').waitFor({ state: 'detached' })
}

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  await page.locator('[data-testid="export-menu"]').click()
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid="${testId}"]`).click()])
  const path = await file.path()
  return { name: file.suggestedFilename(), bytes: readFileSync(path) }
}

const csvText = (bytes: Buffer) => bytes.toString('utf8')

describe('import and export in the browser', () => {
  it('previews a Google Sheets file, commits it as one undoable step, and exports wide and long', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    await importFile(page, fixture('csv', 'google-sheets-categories.csv'))
    const preview = page.locator('[data-testid="import-preview"]')
    await expect(preview.locator('[data-testid="import-encoding"]').inputValue()).resolves.toBe('utf-8')
    await expect(preview.locator('[data-testid="import-new-skills"]').innerText()).resolves.toContain(
      'Grant writing → Fundraising (new category)',
    )
    await expect(preview.locator('[data-testid="import-added"]').innerText()).resolves.toContain('Smith, Anna')
    await expect(page.locator('[data-testid="import-problem"]').count()).resolves.toBe(0)
    await page.locator('[data-testid="import-commit"]').click()
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' })

    await expect.poll(() => rowNames(page)).toContain('Smith, Anna')
    const headers = [...(await allHeaders(page)).values()]
    expect(headers).toContain('Grant writing')

    const wide = await download(page, 'export-wide')
    expect(wide.name).toBe('skillgrid-Demo-community-team-wide.csv')
    expect([...wide.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const [categoryRow, headerRow] = csvText(wide.bytes).slice(1).split('\r\n')
    expect(categoryRow?.startsWith(',,,,Strategy,')).toBe(true)
    expect(headerRow?.startsWith('Name,Email,Team,Title,')).toBe(true)
    expect(headerRow).toContain('Grant writing')

    const long = await download(page, 'export-long')
    expect(long.name).toBe('skillgrid-Demo-community-team-long.csv')
    const longText = csvText(long.bytes)
    expect(longText.startsWith('\uFEFFperson,email,team,category,skill,level,interest\r\n')).toBe(true)
    expect(longText).toContain('"Smith, Anna",anna@example.org,"Core, EMEA",Fundraising,Grant writing,3,')

    // The whole import is one undo step.
    await page.locator('body').press('Control+z')
    await expect.poll(() => rowNames(page)).not.toContain('Smith, Anna')
  })

  it('refuses a file with bad values, lists every problem, and leaves the grid unchanged', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    const before = await rowNames(page)
    await importFile(page, fixture('csv', 'bad-values.csv'))
    const problems = await page.locator('[data-testid="import-problem"]').allInnerTexts()
    expect(problems).toEqual([
      'Row 2, column D “Writing”: “expertt” is not a level (use 0–4 or a word such as Aware or Expert).',
      'Row 3, column A “Name”: the name is empty (value “”).',
      'Row 4, column D “Writing”: “7” is not on the 0–4 scale.',
      'Row 5, column B “Email”: “alex.chen@example.org” is already in row 2.',
      'Row 6, column E “SEO”: “-1” is not on the 0–4 scale.',
      'Row 6, column F “Consulting”: “x” is not a level (use 0–4 or a word such as Aware or Expert).',
    ])
    await expect(page.locator('[data-testid="import-commit"]').isDisabled()).resolves.toBe(true)
    await page.locator('[data-testid="import-skip"]').check()
    // The skip list names the person of each row.
    await expect(page.locator('[data-testid="import-skipped"]').innerText()).resolves.toBe(
      'These rows are skipped: 2 (Alex Chen), 3 (no name), 4 (Priya Patel), 5 (Alex Chen), 6 (Sam Green)',
    )
    // Every row has a problem: skipping leaves nobody, so there is still nothing to commit.
    await expect(page.locator('[data-testid="import-commit"]').isDisabled()).resolves.toBe(true)
    await page.locator('[data-testid="import-cancel"]').click()
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' })
    expect(await rowNames(page)).toEqual(before)
    await page.reload()
    await waitForGrid(page)
    expect(await rowNames(page)).toEqual(before)
  })

  it('refuses a file over 50 MB at once, saying which file and how big, and imports the next file normally', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    // A sparse 57 MB file: big on paper, nothing written to disk.
    const huge = join(tmpdir(), `skillgrid-huge-${process.pid}.log`)
    writeFileSync(huge, '')
    truncateSync(huge, 57 * 1024 * 1024)
    await page.setInputFiles('[data-testid="import-file"]', huge)
    await expect(page.locator('[data-testid="import-failure"]').innerText()).resolves.toBe(
      'The file “' +
        huge.split('/').pop() +
        '” is 57 MB: Skillgrid imports files up to 50 MB (about 150,000 people × 100 skills). Is it the right file?',
    )
    await expect(page.locator('[data-testid="import-commit"]').isDisabled()).resolves.toBe(true)
    await page.locator('[data-testid="import-cancel"]').click()
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' })
    rmSync(huge)
    await importFile(page, fixture('csv', 'google-sheets-categories.csv'))
    await expect(page.locator('[data-testid="import-failure"]').count()).resolves.toBe(0)
  })

  it('shows HTML and formula names as text, runs no script, and exports them with the formula guard', async () => {
    session = await openApp()
    const { page } = session
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await waitForGrid(page)
    await importFile(page, fixture('csv', 'html-formula-names.csv'))
    await expect(page.locator('[data-testid="import-added"]').innerText()).resolves.toContain(
      '<img src=x onerror=alert(1)>',
    )
    await page.locator('[data-testid="import-commit"]').click()
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' })
    const name = cellOf(page, '<img src=x onerror=alert(1)>', 'person.name')
    await expect.poll(async () => (await name.innerText()).trim()).toBe('<img src=x onerror=alert(1)>')
    await expect(page.locator('[data-testid="matrix-grid"] img').count()).resolves.toBe(0)
    // The import scrolled the grid to its skill column (Writing, far right): back to the Team column.
    await revealColumn(page, 'person.team')
    await expect(cellOf(page, '=HYPERLINK', 'person.team').innerText()).resolves.toContain('=1+1')

    const wide = csvText((await download(page, 'export-wide')).bytes)
    expect(wide).toContain(`"'=HYPERLINK(""http://example.com"",""click"")",formula@example.org,'=1+1,`)
    expect(wide).toContain("'@SUM(A1),at@example.org,'+team,")
    expect(wide).toContain('<img src=x onerror=alert(1)>,img@example.org,<b>bold</b>,')
    expect(dialogs).toEqual([])
  })

  it('detects a Windows-1251 file with semicolons and Russian level words', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    await importFile(page, fixture('csv', 'ru-1251-semicolon.csv'))
    await expect(page.locator('[data-testid="import-encoding"]').inputValue()).resolves.toBe('windows-1251')
    await expect(page.locator('[data-testid="import-delimiter"]').inputValue()).resolves.toBe(';')
    await expect(page.locator('[data-testid="import-updated"]').innerText()).resolves.toContain(
      'Иванова Мария: found by email',
    )
    await page.locator('[data-testid="import-commit"]').click()
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' })
    await expect.poll(() => rowNames(page)).toContain('Пётр Сидоров')
  })

  it('parses a bigger file in the worker and replaces the team with it', async () => {
    const skills = Array.from({ length: 40 }, (_, i) => `Generated skill ${i}`)
    const rows = Array.from({ length: 1500 }, (_, p) =>
      [
        `Person ${p}`,
        `p${p}@example.org`,
        `Team ${p % 7}`,
        'Member',
        ...skills.map((_, k) => String((p + k) % 5)),
      ].join(','),
    )
    const path = join(tmpdir(), `skillgrid-big-${process.pid}.csv`)
    writeFileSync(path, `Name,Email,Team,Title,${skills.join(',')}\n${rows.join('\n')}\n`)
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    await importFile(page, path)
    await expect(page.locator('[data-testid="import-preview"]').getAttribute('data-engine')).resolves.toBe('worker')
    await page.locator('[data-testid="import-mode-replace"]').check()
    await expect(page.locator('[data-testid="import-removed"]').innerText()).resolves.toContain(
      'People removed (not in the file): 16',
    )
    // Every people count shown while the change is written and the grid catches up is a true one.
    await page.locator('[data-testid="matrix-count"]').evaluate((count) => {
      const seen: string[] = ((window as unknown as { countsSeen: string[] }).countsSeen = [count.textContent ?? ''])
      new MutationObserver(() => seen.push(count.textContent ?? '')).observe(count, {
        childList: true,
        subtree: true,
        characterData: true,
      })
    })
    await page.locator('[data-testid="import-commit"]').click()
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' })
    await expect.poll(() => page.locator('[data-testid="matrix-count"]').innerText()).toBe('1500 of 1500 people')
    expect(new Set(await page.evaluate(() => (window as unknown as { countsSeen: string[] }).countsSeen))).toEqual(
      new Set(['16 of 16 people', '1500 of 1500 people']),
    )
  })

  it('takes a big import of the same people in place and keeps a filtered matrix true to it', async () => {
    const skills = Array.from({ length: 5 }, (_, i) => `Generated skill ${i}`)
    /** The team of 1,500 as a CSV: P-0000…, the levels shifted by `shift`, the team from `teamOf`. */
    const teamFile = (name: string, shift: number, teamOf: (p: number) => string) => {
      const rows = Array.from({ length: 1500 }, (_, p) =>
        [
          `P-${String(p).padStart(4, '0')}`,
          `p${p}@example.org`,
          teamOf(p),
          'Member',
          ...skills.map((_, k) => String((p + k + shift) % 5)),
        ].join(','),
      )
      const path = join(tmpdir(), `skillgrid-${name}-${process.pid}.csv`)
      writeFileSync(path, `Name,Email,Team,Title,${skills.join(',')}\n${rows.join('\n')}\n`)
      return path
    }
    const commit = async (page: Page, path: string, mode: 'merge' | 'replace') => {
      await importFile(page, path)
      await page.locator(`[data-testid="import-mode-${mode}"]`).check()
      await page.locator('[data-testid="import-commit"]').click()
      await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' })
    }
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    await commit(
      page,
      teamFile('first', 0, (p) => `Team ${p % 7}`),
      'replace',
    )
    await expect.poll(() => page.locator('[data-testid="matrix-count"]').innerText()).toBe('1500 of 1500 people')
    await page.locator('[data-testid="matrix-filter"]').fill('Team 3')
    // 1,500 people, every seventh from the fourth in Team 3.
    await expect.poll(() => page.locator('[data-testid="matrix-count"]').innerText()).toBe('214 of 1500 people')
    const colId = await skillColumnByName(page, 'Generated skill 0')
    const level = async (person: string) => {
      await revealColumn(page, colId)
      return (await cellOf(page, person, colId).innerText()).trim()
    }
    expect(await level('P-0003')).toBe('3')

    // New levels, nothing the filter reads changed: the rows take them in place, the filter holds.
    await commit(
      page,
      teamFile('levels', 1, (p) => `Team ${p % 7}`),
      'merge',
    )
    await expect.poll(() => level('P-0003')).toBe('4')
    expect(await level('P-0010')).toBe('1')
    await expect(page.locator('[data-testid="matrix-count"]').innerText()).resolves.toBe('214 of 1500 people')

    // Teams changed: the filter sees it (the first 70 of Team 3 leave it, P-0000…P-0069 of other teams join).
    await commit(
      page,
      teamFile('teams', 1, (p) => (p < 70 ? (p % 7 === 3 ? 'Team 8' : 'Team 3') : `Team ${p % 7}`)),
      'replace',
    )
    await expect.poll(() => page.locator('[data-testid="matrix-count"]').innerText()).toBe('264 of 1500 people')
    await expect.poll(() => rowNames(page)).toContain('P-0000')
    expect(await rowNames(page)).not.toContain('P-0003')
    expect(await level('P-0000')).toBe('1')
  })

  it('opens the wizard for a file dropped on the page', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    await page.evaluate(() => {
      const transfer = new DataTransfer()
      transfer.items.add(new File(['Name,Writing\nDropped Person,3\n'], 'dropped.csv', { type: 'text/csv' }))
      document
        .querySelector('.matrix-page')
        ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
    })
    await page.locator('[data-testid="import-preview"]').waitFor()
    await expect(page.locator('[data-testid="import-added"]').innerText()).resolves.toContain('Dropped Person')
    await page.locator('[data-testid="import-cancel"]').click()
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' })
    expect(await rowNames(page)).not.toContain('Dropped Person')
  })

  it('backs up, restores the backup after a change, and refuses a corrupt one naming the path', async () => {
    session = await openApp()
    const { page } = session
    await waitForGrid(page)
    const before = await rowNames(page)
    const backup = await download(page, 'export-backup')
    expect(backup.name).toBe('skillgrid-Demo-community-team-backup.json')
    const backupPath = join(tmpdir(), `skillgrid-backup-${process.pid}.json`)
    writeFileSync(backupPath, backup.bytes)

    await importFile(page, fixture('csv', 'google-sheets-categories.csv'))
    await page.locator('[data-testid="import-commit"]').click()
    await expect.poll(() => rowNames(page)).toContain('Smith, Anna')

    await page.setInputFiles('[data-testid="import-backup"]', backupPath)
    await page.locator('[data-testid="confirm-ok"]').click()
    await waitForGrid(page)
    await expect.poll(async () => (await rowNames(page)).sort()).toEqual([...before].sort())

    const corrupt = JSON.parse(csvText(backup.bytes))
    corrupt.people[1].active = 'sometimes'
    const corruptPath = join(tmpdir(), `skillgrid-corrupt-${process.pid}.json`)
    writeFileSync(corruptPath, JSON.stringify(corrupt))
    await page.setInputFiles('[data-testid="import-backup"]', corruptPath)
    // The refusal is its own notice (the restore's success notice may still be showing).
    const refusal = page.locator('[data-testid="notice"]', { hasText: 'The backup was refused' })
    await refusal.waitFor()
    await expect(refusal.innerText()).resolves.toContain('“people[1].active” is not true or false')
    expect((await rowNames(page)).sort()).toEqual([...before].sort())
  })
})
