import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import { SkillgridDb } from '../../src/db/db'
import { CorruptRecordError } from '../../src/db/converters/validate'
import { ratingsFromDb, skillFromDb, workspaceFromDb } from '../../src/db/converters/workspace'
import {
  createWorkspace,
  deleteWorkspace,
  listWorkspaces,
  loadWorkspace,
  STEP_PEOPLE,
  writeDelta,
} from '../../src/db/workspaceRepo'
import { MEMBER_BLOCKS, memberBlockOf } from '../../src/db/converters/memberBlock'
import { applyDelta, type Delta } from '../../src/domain/changes'
import { emptyRatings, levelAt } from '../../src/domain/ratings'
import type { WorkspaceData } from '../../src/domain/types'
import { matrix } from '../fixtures/builders'
import { dumpDb, instrumentedDb, quotaError } from './helpers'

let name = ''
beforeEach(() => {
  name = `db-test-${Math.random()}`
})

describe('workspace repository', () => {
  it('writes a whole workspace and reads back equal data, packed arrays included', async () => {
    const { db } = instrumentedDb(name)
    const data = matrix([
      [0, 4, null],
      [2, null, 1],
    ])
    await createWorkspace(db, data)
    const loaded = await loadWorkspace(db, data.workspace.id)
    expect(loaded?.people.map((p) => p.id).sort()).toEqual(data.people.map((p) => p.id).sort())
    for (const person of data.people) {
      expect([...(loaded?.ratings.get(person.id)?.levels ?? [])]).toEqual([
        ...(data.ratings.get(person.id)?.levels ?? []),
      ])
      expect(loaded?.ratings.get(person.id)?.levels).toBeInstanceOf(Uint8Array)
    }
    expect(await listWorkspaces(db)).toHaveLength(1)
  })

  it('stores members in blocks of many people (the arrays of a block in one buffer), not a record per person or cell', async () => {
    const { db } = instrumentedDb(name)
    const data = matrix(Array.from({ length: 1000 }, (_, i) => [i % 5, 4 - (i % 5), null]))
    await createWorkspace(db, data)
    const blocks = await db.memberBlocks.toArray()
    expect(blocks.length).toBeLessThanOrEqual(MEMBER_BLOCKS)
    expect(blocks.length).toBeGreaterThan(MEMBER_BLOCKS / 2)
    expect(blocks.reduce((sum, block) => sum + block.people.length, 0)).toBe(1000)
    for (const block of blocks) {
      expect(block.bytes).toBeInstanceOf(Uint8Array)
      expect(block.people.every((entry) => memberBlockOf(entry.personId) === block.block)).toBe(true)
    }
    const loaded = await loadWorkspace(db, data.workspace.id)
    for (const person of data.people)
      expect([...loaded!.ratings.get(person.id)!.levels]).toEqual([...data.ratings.get(person.id)!.levels])
  })

  it('deletes a workspace with everything in it and nothing of another workspace', async () => {
    const { db } = instrumentedDb(name)
    const first = matrix([[1]])
    const second = matrix([[2]])
    await createWorkspace(db, first)
    await createWorkspace(db, second)
    await deleteWorkspace(db, first.workspace.id)
    expect(await loadWorkspace(db, first.workspace.id)).toBeNull()
    expect((await loadWorkspace(db, second.workspace.id))?.people).toHaveLength(1)
    expect(await db.memberBlocks.count()).toBe(1)
  })
})

/** A connection whose writes to `memberBlocks` fail with a quota error whenever `fails()` says so. */
function withFailingMemberWrites(db: SkillgridDb, fails: () => boolean): SkillgridDb {
  db.use({
    stack: 'dbcore',
    name: 'fail-member-writes',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName)
        if (tableName !== 'memberBlocks') return table
        return { ...table, mutate: (request) => (fails() ? Promise.reject(quotaError()) : table.mutate(request)) }
      },
    }),
  })
  return db
}

describe('writeDelta', () => {
  it('keeps both edits when two tabs edit different cells of one person', async () => {
    const tabA = new SkillgridDb(name)
    const tabB = new SkillgridDb(name)
    const data = matrix([[1, 1]])
    const personId = data.people[0]!.id
    await createWorkspace(tabA, data)
    await Promise.all([
      writeDelta(tabA, data.workspace.id, { ratings: { cells: [{ personId, slot: 0, level: 4 }] } }, 1),
      writeDelta(tabB, data.workspace.id, { ratings: { cells: [{ personId, slot: 1, level: 3, interest: 2 }] } }, 2),
    ])
    const stored = await loadWorkspace(tabA, data.workspace.id)
    expect(levelAt(stored?.ratings.get(personId), 0)).toBe(4)
    expect(levelAt(stored?.ratings.get(personId), 1)).toBe(3)
    expect(stored?.ratings.get(personId)?.interest[1]).toBe(2)
    tabA.close()
    tabB.close()
  })

  it('keeps both edits when two tabs edit two people of the same block at once', async () => {
    const tabA = new SkillgridDb(name)
    const tabB = new SkillgridDb(name)
    const data = matrix(Array.from({ length: 600 }, () => [1]))
    const byBlock = new Map<number, string[]>()
    for (const p of data.people) byBlock.set(memberBlockOf(p.id), [...(byBlock.get(memberBlockOf(p.id)) ?? []), p.id])
    const [first, second] = [...byBlock.values()].find((ids) => ids.length >= 2)!
    await createWorkspace(tabA, data)
    await Promise.all([
      writeDelta(tabA, data.workspace.id, { ratings: { cells: [{ personId: first!, slot: 0, level: 4 }] } }, 1),
      writeDelta(tabB, data.workspace.id, { ratings: { cells: [{ personId: second!, slot: 0, level: 3 }] } }, 2),
    ])
    const stored = await loadWorkspace(tabA, data.workspace.id)
    expect(levelAt(stored?.ratings.get(first!), 0)).toBe(4)
    expect(levelAt(stored?.ratings.get(second!), 0)).toBe(3)
    expect(stored?.people).toHaveLength(600)
    tabA.close()
    tabB.close()
  })

  it('stores any run of cell edits as the app holds them, written into the block or the block rewritten (issue 16)', async () => {
    const cell = fc.record({
      person: fc.integer({ min: 0, max: 29 }),
      // Slots 3 and 4 are past the stored arrays (3 skills): those people's arrays must grow.
      slot: fc.integer({ min: 0, max: 4 }),
      level: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
      self: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
      interest: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    })
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        async (edits) => {
          const db = new SkillgridDb(`${name}-${Math.random()}`)
          let data: WorkspaceData = matrix(Array.from({ length: 30 }, (_, i) => [i % 5, null, 2]))
          await createWorkspace(db, data)
          for (const [step, cells] of edits.entries()) {
            const delta: Delta = {
              ratings: {
                cells: cells.map(({ person, ...patch }) => ({ ...patch, personId: data.people[person]!.id })),
              },
            }
            await writeDelta(db, data.workspace.id, delta, 100 + step)
            data = applyDelta(data, delta, 100 + step)
          }
          const stored = (await loadWorkspace(db, data.workspace.id))!
          for (const [id, record] of data.ratings) {
            const back = stored.ratings.get(id)!
            for (let slot = 0; slot < 5; slot++) {
              expect([back.levels[slot] ?? 255, back.self[slot] ?? 255, back.interest[slot] ?? 255]).toEqual([
                record.levels[slot] ?? 255,
                record.self[slot] ?? 255,
                record.interest[slot] ?? 255,
              ])
            }
            expect(back.updatedAt).toBe(record.updatedAt)
          }
          expect(stored.people).toEqual(data.people)
          db.close()
        },
      ),
      { numRuns: 25 },
    )
  })

  it('is all or nothing: a failure after the first table leaves every table as it was', async () => {
    const writer = new SkillgridDb(name)
    const data = matrix([[1, 1]])
    await createWorkspace(writer, data)
    const before = await dumpDb(writer)
    writer.close()
    // A second connection whose member writes fail; the workspace write comes first in the same delta.
    const failing = withFailingMemberWrites(new SkillgridDb(name), () => true)
    const person = { ...data.people[0]!, name: 'Renamed' }
    await expect(
      writeDelta(
        failing,
        data.workspace.id,
        {
          workspace: { ...data.workspace, name: 'Renamed too' },
          people: { put: [person] },
          ratings: { cells: [{ personId: person.id, slot: 0, level: 4 }] },
        },
        1,
      ),
    ).rejects.toThrow()
    expect(await dumpDb(failing)).toEqual(before)
    failing.close()
  })

  it('writes more people than one chunk in one transaction, and a failing later chunk leaves nothing', async () => {
    const writer = new SkillgridDb(name)
    const data = matrix([[1]])
    await createWorkspace(writer, data)
    const before = await dumpDb(writer)
    writer.close()
    // More than one step's people: the write goes in steps of a few blocks.
    const people = Array.from({ length: STEP_PEOPLE * 3 }, (_, i) => ({
      ...data.people[0]!,
      id: `p${i}`,
      name: `Person ${i}`,
      email: '',
      order: i + 1,
    }))
    const ratings = people.map((p) => emptyRatings(p.id, 1))
    // The members write fails on the third step, after two steps went through.
    let memberWrites = 0
    const failing = withFailingMemberWrites(new SkillgridDb(name), () => ++memberWrites === 3)
    await expect(
      writeDelta(failing, data.workspace.id, { people: { put: people }, ratings: { put: ratings } }, 1),
    ).rejects.toThrow()
    expect(memberWrites).toBe(3)
    expect(await dumpDb(failing)).toEqual(before)
    failing.close()
    const db = new SkillgridDb(name)
    await writeDelta(db, data.workspace.id, { people: { put: people }, ratings: { put: ratings } }, 1)
    expect((await loadWorkspace(db, data.workspace.id))?.people).toHaveLength(people.length + 1)
    db.close()
  })

  it('never lowers the stored slot counter', async () => {
    const { db } = instrumentedDb(name)
    const data = matrix([[1, 1]])
    await createWorkspace(db, data)
    await writeDelta(db, data.workspace.id, { workspace: { ...data.workspace, nextSlot: 0, name: 'Renamed' } }, 1)
    const stored = await loadWorkspace(db, data.workspace.id)
    expect(stored?.workspace).toMatchObject({ name: 'Renamed', nextSlot: 2 })
  })
})

describe('records read from storage are validated', () => {
  it.each([
    [
      'a skill without a name',
      () =>
        skillFromDb({
          id: 's',
          categoryId: 'c',
          slot: 0,
          nameRu: '',
          aliases: [],
          description: '',
          order: 0,
          target: { level: 3, people: 2 },
          critical: false,
          frameworkId: '',
        }),
      /skill record s: field "name"/,
    ],
    [
      'a skill with target level 7',
      () =>
        skillFromDb({
          id: 's',
          categoryId: 'c',
          slot: 0,
          name: 'X',
          nameRu: '',
          aliases: [],
          description: '',
          order: 0,
          target: { level: 7, people: 2 },
          critical: false,
          frameworkId: '',
        }),
      /target.level/,
    ],
    [
      'ratings stored as plain arrays',
      () => ratingsFromDb({ personId: 'p', levels: [1, 2], interest: [0, 0], updatedAt: 0 }),
      /packed byte arrays/,
    ],
    [
      'a workspace with a broken scale',
      () =>
        workspaceFromDb({
          id: 'w',
          name: 'W',
          createdAt: 0,
          updatedAt: 0,
          nextSlot: 0,
          scale: [{ value: 9 }],
          interestScale: [],
          defaultTarget: { level: 3, people: 2 },
          costModel: {},
        }),
      /scale level/,
    ],
  ])('refuses %s with a message naming the record', (_, read, message) => {
    expect(read).toThrow(CorruptRecordError)
    expect(read).toThrow(message)
  })
})
