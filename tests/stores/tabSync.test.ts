import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SkillgridDb } from '../../src/db/db'
import {
  appendJournal,
  journalPosition,
  JOURNAL_KEEP,
  LISTED_PEOPLE_LIMIT,
  watchOtherTabs,
  type TabMessage,
} from '../../src/db/tabSync'
import { createWorkspace, writeDelta } from '../../src/db/workspaceRepo'
import { matrix } from '../fixtures/builders'

let name = ''
const closers: (() => void)[] = []

beforeEach(() => {
  name = `tabs-${Math.random()}`
})

afterEach(() => {
  for (const close of closers.splice(0)) close()
})

/** The messages a watcher started now hears. */
async function listen(db: SkillgridDb, tab: string) {
  const heard: TabMessage[] = []
  const watcher = watchOtherTabs(db, tab, await journalPosition(db), (message) => heard.push(message))
  closers.push(watcher.close)
  return heard
}

describe('the tab journal (Dexie liveQuery)', () => {
  it('tells another connection which people a saved change touched, and skips its own entries', async () => {
    const tabA = new SkillgridDb(name)
    const tabB = new SkillgridDb(name)
    closers.push(
      () => tabA.close(),
      () => tabB.close(),
    )
    const data = matrix([
      [1, 2],
      [3, 4],
    ])
    await createWorkspace(tabA, data)
    const heardByA = await listen(tabA, 'a')
    const heardByB = await listen(tabB, 'b')
    const personId = data.people[1]!.id
    await writeDelta(tabA, data.workspace.id, { ratings: { cells: [{ personId, slot: 0, level: 0 }] } }, 1, {
      tab: 'a',
      personIds: [personId],
      structural: false,
    })
    await vi.waitFor(() =>
      expect(heardByB).toEqual([{ workspaceId: data.workspace.id, personIds: [personId], structural: false }]),
    )
    expect(heardByA).toEqual([])
  })

  it('writes the entry in the same transaction as the change: a failed write leaves no entry', async () => {
    const db = new SkillgridDb(name)
    closers.push(() => db.close())
    const data = matrix([[1]])
    await createWorkspace(db, data)
    const missing = { ...data.workspace, id: 'not-stored' }
    await expect(
      writeDelta(db, 'not-stored', { workspace: missing }, 1, { tab: 'a', personIds: [], structural: true }),
    ).rejects.toThrow(/not stored/)
    expect(await db.tabJournal.count()).toBe(0)
  })

  it('never shows an entry of a write that aborted, and hears the next tab that writes', async () => {
    const db = new SkillgridDb(name)
    closers.push(() => db.close())
    const heard = await listen(db, 'b')
    await expect(
      db.transaction('rw', db.tabJournal, async () => {
        await appendJournal(db, 'w', { tab: 'a', personIds: ['aborted'], structural: false })
        throw new Error('quota')
      }),
    ).rejects.toThrow('quota')
    await db.transaction('rw', db.tabJournal, () =>
      appendJournal(db, 'w', { tab: 'c', personIds: ['saved'], structural: false }),
    )
    await vi.waitFor(() => expect(heard.flatMap((m) => m.personIds)).toEqual(['saved']))
  })

  it('asks the others to reload instead of listing a very big change', async () => {
    const db = new SkillgridDb(name)
    closers.push(() => db.close())
    const ids = Array.from({ length: LISTED_PEOPLE_LIMIT + 1 }, (_, i) => `p${i}`)
    await db.transaction('rw', db.tabJournal, () =>
      appendJournal(db, 'w', { tab: 'a', personIds: ids, structural: false }),
    )
    const [entry] = await db.tabJournal.toArray()
    expect(entry).toMatchObject({ personIds: [], structural: true })
  })

  it('keeps the journal short, and a tab that fell behind the kept entries reloads', async () => {
    const db = new SkillgridDb(name)
    closers.push(() => db.close())
    const heard = await listen(db, 'b')
    // One transaction of many changes: the watcher sees the pruned journal only after it commits.
    await db.transaction('rw', db.tabJournal, async () => {
      for (let i = 0; i < JOURNAL_KEEP + 50; i++)
        await appendJournal(db, 'w', { tab: 'a', personIds: [`p${i}`], structural: false })
    })
    expect(await db.tabJournal.count()).toBe(JOURNAL_KEEP)
    await vi.waitFor(() => expect(heard[0]).toEqual({ workspaceId: null, personIds: [], structural: true }))
    await vi.waitFor(() => expect(heard).toHaveLength(1 + JOURNAL_KEEP))
    expect(heard.at(-1)?.personIds).toEqual([`p${JOURNAL_KEEP + 49}`])
  })
})

describe('where a tab starts following the journal', () => {
  it('replays a change saved between reading the position and starting to watch', async () => {
    const tabA = new SkillgridDb(name)
    const tabB = new SkillgridDb(name)
    closers.push(
      () => tabA.close(),
      () => tabB.close(),
    )
    const data = matrix([[1]])
    await createWorkspace(tabA, data)
    const since = await journalPosition(tabB)
    const personId = data.people[0]!.id
    await writeDelta(tabA, data.workspace.id, { ratings: { cells: [{ personId, slot: 0, level: 3 }] } }, 1, {
      tab: 'a',
      personIds: [personId],
      structural: false,
    })
    const heard: TabMessage[] = []
    closers.push(watchOtherTabs(tabB, 'b', since, (message) => heard.push(message)).close)
    await vi.waitFor(() => expect(heard.map((m) => m.personIds)).toEqual([[personId]]))
  })
})
