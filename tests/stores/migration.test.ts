import Dexie from 'dexie'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { memberBlockOf } from '../../src/db/converters/memberBlock'
import { readEarly } from '../../src/db/earlyRead'
import {
  categoryToDb,
  memberToDb,
  resourceToDb,
  personToDb,
  ratingsToDb,
  roleToDb,
  skillToDb,
  workspaceToDb,
} from '../../src/db/converters/workspace'
import { SCHEMA_V1, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SkillgridDb, setDbForTests } from '../../src/db/db'
import { DB_NAME, META_KEYS } from '../../src/db/names'
import { deleteWorkspace, loadWorkspace, writeDelta } from '../../src/db/workspaceRepo'
import type { WorkspaceData } from '../../src/domain/types'
import { useMatrixStore } from '../../src/stores/matrix'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { demoWorkspace } from '../fixtures/demo'
import frameworkJson from '../../src/assets/community-skills-framework.json'
import catalogueJson from '../../src/assets/learning-resources.json'
import { parseFramework } from '../../src/domain/framework'

let name = ''

/** The database opened as the old version it must still be after a refused upgrade (checked). */
async function openStillAt(version: number, stores: Record<string, string | null>): Promise<Dexie> {
  const old = new Dexie(name)
  old.version(version).stores(stores)
  await old.open()
  expect(old.verno).toBe(version)
  return old
}

/** People in the member blocks of every workspace (schema v8 on). */
async function storedMemberCount(db: SkillgridDb): Promise<number> {
  return (await db.memberBlocks.toArray()).reduce((sum, block) => sum + block.people.length, 0)
}

/** A database exactly as schema v1 wrote it: people and ratings in two tables. */
async function writeV1(data: WorkspaceData, tweak?: (rows: { ratings: unknown[] }) => void): Promise<void> {
  const v1 = new Dexie(name)
  v1.version(1).stores(SCHEMA_V1)
  const id = data.workspace.id
  const rows = { ratings: [...data.ratings.values()].map((r): unknown => ratingsToDb(r, id)) }
  tweak?.(rows)
  await v1.table('workspaces').put(workspaceToDb(data.workspace))
  await v1.table('categories').bulkPut(data.categories.map((c) => categoryToDb(c, id)))
  await v1.table('skills').bulkPut(data.skills.map((s) => skillToDb(s, id)))
  await v1.table('people').bulkPut(data.people.map((p) => personToDb(p, id)))
  await v1.table('roles').bulkPut(data.roles.map((r) => roleToDb(r, id)))
  await v1.table('ratings').bulkPut(rows.ratings)
  await v1.table('meta').put({ key: META_KEYS.lastWorkspaceId, value: id })
  v1.close()
}

beforeEach(() => {
  name = `migration-${Math.random()}`
  localStorage.clear()
})

afterEach(() => vi.restoreAllMocks())

describe('schema v1 → v2 (one member record per person)', () => {
  it('keeps every person, rating, skill, category and role written by v1', async () => {
    const data = demoWorkspace()
    await writeV1(data)
    const db = new SkillgridDb(name)
    const loaded = await loadWorkspace(db, data.workspace.id)
    expect(loaded?.people).toEqual([...data.people].sort((a, b) => a.order - b.order))
    expect(loaded?.skills.map((s) => s.id).sort()).toEqual(data.skills.map((s) => s.id).sort())
    expect(loaded?.roles).toHaveLength(data.roles.length)
    for (const person of data.people) {
      expect([...(loaded?.ratings.get(person.id)?.levels ?? [])]).toEqual([
        ...(data.ratings.get(person.id)?.levels ?? []),
      ])
      expect([...(loaded?.ratings.get(person.id)?.interest ?? [])]).toEqual([
        ...(data.ratings.get(person.id)?.interest ?? []),
      ])
    }
    expect(await storedMemberCount(db)).toBe(data.people.length)
    expect(db.tables.map((t) => t.name)).not.toContain('ratings')
    expect(db.verno).toBe(9)
    db.close()
  })

  it('gives a person v1 stored without a ratings record empty ratings', async () => {
    const data = demoWorkspace()
    const lonely = data.people[0]!
    await writeV1(data, (rows) => {
      rows.ratings = rows.ratings.filter((r) => (r as { personId: string }).personId !== lonely.id)
    })
    const db = new SkillgridDb(name)
    const loaded = await loadWorkspace(db, data.workspace.id)
    expect(loaded?.people.map((p) => p.id)).toContain(lonely.id)
    expect([...(loaded?.ratings.get(lonely.id)?.levels ?? [])].every((l) => l === 255)).toBe(true)
    db.close()
  })

  it('leaves the v1 database and its data as they were when the upgrade fails', async () => {
    const data = demoWorkspace()
    await writeV1(data, (rows) => {
      // A ratings row the upgrade refuses (levels not packed).
      ;(rows.ratings[0] as { levels: unknown }).levels = [1, 2, 3]
    })
    const db = new SkillgridDb(name)
    await expect(db.open()).rejects.toThrow()
    db.close()
    const v1 = await openStillAt(1, SCHEMA_V1)
    expect(await v1.table('people').count()).toBe(data.people.length)
    expect(await v1.table('ratings').count()).toBe(data.people.length)
    v1.close()
  })

  it('opens a v1 workspace in the app, which then saves edits in the new layout', async () => {
    const data = demoWorkspace()
    await writeV1(data)
    setActivePinia(createPinia())
    setDbForTests(new SkillgridDb(name))
    const store = useWorkspaceStore()
    await store.init()
    expect(store.currentId).toBe(data.workspace.id)
    expect(store.data?.people).toHaveLength(data.people.length)
    const person = store.data!.people.find((p) => p.name === 'Igor Volkov')!
    const skill = store.data!.skills.find((s) => s.frameworkId === 'technical.platform')!
    useMatrixStore().setLevel(person.id, skill.id, 1)
    await store.whenSaved()
    expect(store.saveState).toBe('saved')
    const stored = await loadWorkspace(new SkillgridDb(name), data.workspace.id)
    expect(stored?.ratings.get(person.id)?.levels[skill.slot]).toBe(1)
    store.dispose()
  })
})

/** The stores of schema v3, as that version declared them. */
const SCHEMA_V3_STORES = {
  workspaces: 'id',
  categories: 'id, workspaceId',
  skills: 'id, workspaceId',
  roles: 'id, workspaceId',
  plans: 'id, workspaceId',
  meta: 'key',
  members: '[workspaceId+personId], workspaceId',
}

/** Rows exactly as schema v3 wrote them: no self levels, no rating settings, no learning notes. */
function v3Rows(data: WorkspaceData) {
  const id = data.workspace.id
  const { ratingSource: _source, staleAfterMonths: _months, ...workspace } = workspaceToDb(data.workspace)
  const skills = data.skills.map((s) => {
    const { notes: _notes, ...row } = skillToDb(s, id)
    return row
  })
  const members: Record<string, unknown>[] = data.people.map((p) => {
    const { self: _self, ...row } = memberToDb(p, data.ratings.get(p.id)!, id)
    return row
  })
  return { workspace, skills, members }
}

async function writeV3(data: WorkspaceData, tweak?: (rows: ReturnType<typeof v3Rows>) => void): Promise<void> {
  const v3 = new Dexie(name)
  v3.version(3).stores(SCHEMA_V3_STORES)
  const id = data.workspace.id
  const rows = v3Rows(data)
  tweak?.(rows)
  await v3.table('workspaces').put(rows.workspace)
  await v3.table('categories').bulkPut(data.categories.map((c) => categoryToDb(c, id)))
  await v3.table('skills').bulkPut(rows.skills)
  await v3.table('members').bulkPut(rows.members)
  await v3.table('roles').bulkPut(data.roles.map((r) => roleToDb(r, id)))
  await v3.table('meta').put({ key: META_KEYS.lastWorkspaceId, value: id })
  v3.close()
}

describe('schema v3 → v4 (self levels, rating settings, learning notes, snapshots)', () => {
  it('keeps every person, rating, skill and role written by v3, adding empty self levels and defaults', async () => {
    const data = demoWorkspace()
    await writeV3(data)
    const db = new SkillgridDb(name)
    const loaded = await loadWorkspace(db, data.workspace.id)
    expect(db.verno).toBe(9)
    expect(loaded?.workspace).toMatchObject({
      ratingSource: 'lead-first',
      staleAfterMonths: 6,
      name: data.workspace.name,
    })
    expect(loaded?.people).toEqual([...data.people].sort((a, b) => a.order - b.order))
    for (const person of data.people) {
      const record = loaded?.ratings.get(person.id)
      expect([...(record?.levels ?? [])]).toEqual([...data.ratings.get(person.id)!.levels])
      expect([...(record?.interest ?? [])]).toEqual([...data.ratings.get(person.id)!.interest])
      expect(record?.self).toBeInstanceOf(Uint8Array)
      expect(record?.self.length).toBe(0)
    }
    expect(loaded?.skills.every((s) => s.notes === '')).toBe(true)
    expect(loaded?.resources).toEqual([])
    expect(loaded?.skills).toHaveLength(data.skills.length)
    expect(loaded?.roles).toHaveLength(data.roles.length)
    expect(await db.snapshots.count()).toBe(0)
    db.close()
  })

  it('leaves the v3 database and its data as they were when the upgrade throws', async () => {
    const data = demoWorkspace()
    await writeV3(data, (rows) => {
      // A member the upgrade refuses (levels not packed).
      rows.members[0]!.levels = [1, 2, 3]
    })
    const db = new SkillgridDb(name)
    await expect(db.open()).rejects.toThrow()
    db.close()
    const v3 = await openStillAt(3, SCHEMA_V3_STORES)
    expect(v3.tables.map((t) => t.name)).not.toContain('snapshots')
    expect(await v3.table('members').count()).toBe(data.people.length)
    const stored = (await v3.table('members').toArray()) as Record<string, unknown>[]
    expect(stored.every((row) => !('self' in row))).toBe(true)
    expect(((await v3.table('workspaces').toArray())[0] as Record<string, unknown>).ratingSource).toBeUndefined()
    v3.close()
  })

  it('opens a v3 workspace in the app, which then saves a self rating in the member record', async () => {
    const data = demoWorkspace()
    await writeV3(data)
    setActivePinia(createPinia())
    setDbForTests(new SkillgridDb(name))
    const store = useWorkspaceStore()
    await store.init()
    const person = store.data!.people[0]!
    const skill = store.data!.skills[0]!
    useMatrixStore().setSelfLevel(person.id, skill.id, 4)
    await store.whenSaved()
    expect(store.saveState).toBe('saved')
    const stored = await loadWorkspace(new SkillgridDb(name), data.workspace.id)
    expect(stored?.ratings.get(person.id)?.self[skill.slot]).toBe(4)
    expect(stored?.ratings.get(person.id)?.levels[skill.slot]).toBe(data.ratings.get(person.id)!.levels[skill.slot])
    store.dispose()
  })
})

/** The stores of schema v4, as that version declared them. */
const SCHEMA_V4_STORES = { ...SCHEMA_V3_STORES, ...SCHEMA_V4 }

/** One workspace's rows as v4 and v5 wrote them (member records, as today), into a raw Dexie. */
async function writeMemberRows(db: Dexie, data: WorkspaceData): Promise<void> {
  const id = data.workspace.id
  await db.table('workspaces').put(workspaceToDb(data.workspace))
  await db.table('categories').bulkPut(data.categories.map((c) => categoryToDb(c, id)))
  await db.table('skills').bulkPut(data.skills.map((s) => skillToDb(s, id)))
  await db.table('members').bulkPut(data.people.map((p) => memberToDb(p, data.ratings.get(p.id)!, id)))
  await db.table('roles').bulkPut(data.roles.map((r) => roleToDb(r, id)))
}

describe('schema v4 → v5 (members lose the unused workspaceId index)', () => {
  it('keeps every member record, drops the index, and still reads and deletes a workspace by its key range', async () => {
    const data = demoWorkspace()
    const other = demoWorkspace()
    const v4 = new Dexie(name)
    v4.version(4).stores(SCHEMA_V4_STORES)
    for (const workspace of [data, other]) await writeMemberRows(v4, workspace)
    expect(v4.table('members').schema.indexes.map((i) => i.name)).toEqual(['workspaceId'])
    v4.close()

    const db = new SkillgridDb(name)
    const loaded = await loadWorkspace(db, data.workspace.id)
    expect(db.verno).toBe(9)
    expect(db.tables.map((t) => t.name)).not.toContain('members')
    expect(loaded?.people).toEqual([...data.people].sort((a, b) => a.order - b.order))
    for (const person of data.people)
      expect([...loaded!.ratings.get(person.id)!.levels]).toEqual([...data.ratings.get(person.id)!.levels])
    await deleteWorkspace(db, data.workspace.id)
    expect(await storedMemberCount(db)).toBe(other.people.length)
    expect((await loadWorkspace(db, other.workspace.id))?.people).toHaveLength(other.people.length)
    db.close()
  })
})

describe('schema v5 → v6 (a journal of saved changes for other tabs)', () => {
  it('keeps the v5 data, starts an empty journal, and the app then journals its edits', async () => {
    const data = demoWorkspace()
    const v5 = new Dexie(name)
    v5.version(5).stores({ ...SCHEMA_V4_STORES, ...SCHEMA_V5 })
    const id = data.workspace.id
    await writeMemberRows(v5, data)
    v5.close()

    const db = new SkillgridDb(name)
    const loaded = await loadWorkspace(db, id)
    expect(db.verno).toBe(9)
    expect(await db.tabJournal.count()).toBe(0)
    expect(loaded?.people).toHaveLength(data.people.length)
    const person = data.people[0]!
    await writeDelta(db, id, { ratings: { cells: [{ personId: person.id, slot: 0, level: 4 }] } }, 1, {
      tab: 't',
      personIds: [person.id],
      structural: false,
    })
    expect(await db.tabJournal.toArray()).toEqual([
      { seq: 1, tab: 't', workspaceId: id, personIds: [person.id], structural: false },
    ])
    db.close()
  })
})

/** One workspace as v6 wrote it: skills with their learning links, no catalogue. */
async function writeV6(data: WorkspaceData, links: Record<number, { title: string; url: string }[] | unknown>) {
  const v6 = new Dexie(name)
  v6.version(6).stores({ ...SCHEMA_V4_STORES, ...SCHEMA_V5, ...SCHEMA_V6 })
  const id = data.workspace.id
  await writeMemberRows(v6, data)
  await v6
    .table('skills')
    .bulkPut(data.skills.map((s, index) => ({ ...skillToDb(s, id), notes: 'n', links: links[index] ?? [] })))
  await v6.table('meta').put({ key: META_KEYS.lastWorkspaceId, value: id })
  v6.close()
}

describe('schema v6 → v7 (the catalogue of learning resources)', () => {
  const catalogue = parseFramework(frameworkJson, catalogueJson).catalogue
  const { resources: _seeded, ...withoutCatalogue } = demoWorkspace()
  const data: WorkspaceData = { ...withoutCatalogue, resources: [] }
  const links = {
    0: [
      { title: 'Strategy guide', url: 'https://example.org/guide' },
      { title: 'Not a web link', url: 'javascript:alert(1)' },
      { title: '', url: '' },
    ],
    1: [{ title: 'The same guide', url: 'https://example.org/guide' }],
  }

  it('seeds the catalogue, turns every learning link into a resource about its skills, and takes the links off the skills', async () => {
    await writeV6(data, links)
    const db = new SkillgridDb(name, undefined, catalogue)
    const loaded = await loadWorkspace(db, data.workspace.id)
    expect(db.verno).toBe(9)
    const [first, second] = data.skills
    const resources = loaded!.resources
    expect(resources).toHaveLength(catalogue.length + 2)
    // The seeded ones, exactly as the catalogue gives them, on the workspace's own skill ids.
    const facilitation = resources.find((r) => r.frameworkId === 'facilitation-masterclass')!
    const moderation = data.skills.find((s) => s.frameworkId === 'engagement.moderation')!
    expect(facilitation).toMatchObject({ seats: 12, costPerSeat: 1, costPerSession: 4, kind: 'workshop' })
    expect(facilitation.teaches[moderation.id]).toBe(3)
    // One resource per address, about both skills that listed it, teaching no level.
    const guide = resources.find((r) => r.url === 'https://example.org/guide')!
    expect(guide).toMatchObject({ title: { en: 'Strategy guide', ru: '' }, kind: 'link', seats: null, costPerSeat: 0 })
    expect({ ...guide.teaches }).toEqual({ [first!.id]: 0, [second!.id]: 0 })
    // An address that is not http(s) is no link: its text stays in the note.
    const script = resources.find((r) => r.title.en === 'Not a web link')!
    expect(script).toMatchObject({ url: null, note: 'javascript:alert(1)' })
    const stored = (await db.skills.toArray()) as unknown as Record<string, unknown>[]
    expect(stored.every((row) => !('links' in row) && row.notes === 'n')).toBe(true)
    expect(loaded?.people).toHaveLength(data.people.length)
    db.close()
  })

  it('leaves the v6 database and its links as they were when the upgrade throws', async () => {
    await writeV6(data, { 0: [{ title: 'Broken', url: 42 }] })
    const db = new SkillgridDb(name, undefined, catalogue)
    await expect(db.open()).rejects.toThrow()
    db.close()
    const v6 = await openStillAt(6, { ...SCHEMA_V4_STORES, ...SCHEMA_V5, ...SCHEMA_V6 })
    expect(v6.tables.map((t) => t.name)).not.toContain('resources')
    const first = (await v6.table('skills').get(data.skills[0]!.id)) as Record<string, unknown>
    expect(first.links).toEqual([{ title: 'Broken', url: 42 }])
    v6.close()
  })

  it('opens an upgraded workspace in the app with its catalogue', async () => {
    await writeV6(data, links)
    setActivePinia(createPinia())
    setDbForTests(new SkillgridDb(name, undefined, catalogue))
    const store = useWorkspaceStore()
    await store.init()
    expect(store.data!.resources).toHaveLength(catalogue.length + 2)
    store.dispose()
  })
})

describe('schema v7 → v9 (members in blocks of many people; the per-person table goes)', () => {
  const V7_STORES = { ...SCHEMA_V4_STORES, ...SCHEMA_V5, ...SCHEMA_V6, ...SCHEMA_V7 }

  async function writeV7(workspaces: WorkspaceData[], tweak?: (db: Dexie) => Promise<void>) {
    const v7 = new Dexie(name)
    v7.version(7).stores(V7_STORES)
    for (const data of workspaces) {
      await writeMemberRows(v7, data)
      await v7.table('resources').bulkPut(data.resources.map((r) => resourceToDb(r, data.workspace.id)))
    }
    await v7.table('meta').put({ key: META_KEYS.lastWorkspaceId, value: workspaces[0]!.workspace.id })
    await tweak?.(v7)
    v7.close()
  }

  it('moves every member of every workspace into its block, arrays and fields unchanged', async () => {
    const data = demoWorkspace()
    const other = demoWorkspace()
    await writeV7([data, other])
    const db = new SkillgridDb(name)
    const loaded = await loadWorkspace(db, data.workspace.id)
    expect(db.verno).toBe(9)
    expect(db.tables.map((t) => t.name)).not.toContain('members')
    expect(await storedMemberCount(db)).toBe(data.people.length + other.people.length)
    for (const block of await db.memberBlocks.toArray())
      expect(block.people.every((entry) => memberBlockOf(entry.personId) === block.block)).toBe(true)
    expect(loaded?.people).toEqual([...data.people].sort((a, b) => a.order - b.order))
    for (const person of data.people) {
      const [want, got] = [data.ratings.get(person.id)!, loaded!.ratings.get(person.id)!]
      expect([got.levels, got.self, got.interest].map((a) => [...a])).toEqual(
        [want.levels, want.self, want.interest].map((a) => [...a]),
      )
      expect(got.updatedAt).toBe(want.updatedAt)
    }
    expect((await loadWorkspace(db, other.workspace.id))?.people).toHaveLength(other.people.length)
    db.close()
  })

  it('leaves the v7 database and its members as they were when one member is corrupt', async () => {
    const data = demoWorkspace()
    const broken = data.people[1]!
    await writeV7([data], async (v7) => {
      await v7.table('members').update([data.workspace.id, broken.id], { levels: new Uint8Array([9]) })
    })
    const db = new SkillgridDb(name)
    await expect(db.open()).rejects.toThrow(broken.id)
    db.close()
    const v7 = await openStillAt(7, V7_STORES)
    expect(v7.tables.map((t) => t.name)).not.toContain('memberBlocks')
    expect(await v7.table('members').count()).toBe(data.people.length)
    v7.close()
  })

  it('is read through Dexie (which upgrades it), not by the early reader, and the app then saves edits in blocks', async () => {
    // The early reader opens the app's own database.
    await new Promise((resolve) => (indexedDB.deleteDatabase(DB_NAME).onsuccess = resolve))
    name = DB_NAME
    const data = demoWorkspace()
    await writeV7([data])
    expect(await readEarly()).toBeNull()
    setActivePinia(createPinia())
    setDbForTests(new SkillgridDb(name))
    const store = useWorkspaceStore()
    await store.init()
    expect(store.data!.people).toHaveLength(data.people.length)
    const person = store.data!.people[0]!
    const skill = store.data!.skills[0]!
    useMatrixStore().setLevel(person.id, skill.id, 4)
    await store.whenSaved()
    expect(store.saveState).toBe('saved')
    const stored = await loadWorkspace(new SkillgridDb(name), data.workspace.id)
    expect(stored?.ratings.get(person.id)?.levels[skill.slot]).toBe(4)
    expect(stored?.people).toHaveLength(data.people.length)
    store.dispose()
  })
})
