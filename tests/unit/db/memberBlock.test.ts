import { describe, expect, it } from 'vitest'
import {
  MEMBER_BLOCKS,
  memberBlockOf,
  memberBlockToDb,
  membersFromBlock,
  type Member,
} from '../../../src/db/converters/memberBlock'
import { CorruptRecordError } from '../../../src/db/converters/validate'
import { withCells } from '../../../src/domain/ratings'
import { matrix } from '../../fixtures/builders'

/** Members with these levels, all with ids of block `block` (as a stored block holds them). */
function members(rows: (number | null)[][], block = 7): Member[] {
  const data = matrix(rows)
  let next = 0
  return data.people.map((person) => {
    let id = `p${next++}`
    while (memberBlockOf(id) !== block) id = `p${next++}`
    return { person: { ...person, id }, ratings: { ...data.ratings.get(person.id)!, personId: id } }
  })
}

describe('member blocks', () => {
  it('spreads ids over every block, the same id always in the same one', () => {
    const counts = new Array<number>(MEMBER_BLOCKS).fill(0)
    for (let i = 0; i < 25_600; i++) counts[memberBlockOf(`person-${i}`)]!++
    expect(Math.min(...counts)).toBeGreaterThan(50)
    expect(Math.max(...counts)).toBeLessThan(160)
    expect(memberBlockOf('__proto__')).toBe(memberBlockOf('__proto__'))
    expect(memberBlockOf('')).toBeGreaterThanOrEqual(0)
  })

  it('reads back every member exactly, arrays of different lengths included', () => {
    const list = members([[0, 4, null], [2], []])
    list[1]!.ratings = { ...list[1]!.ratings, self: new Uint8Array([3, 255, 1]) }
    const row = memberBlockToDb('w', 7, list)
    expect(row.bytes.length).toBe(list.reduce((n, m) => n + m.ratings.levels.length * 2 + m.ratings.self.length, 0))
    const read = membersFromBlock(structuredClone(row))
    expect(read.map((m) => m.person)).toEqual(list.map((m) => m.person))
    for (const [i, member] of read.entries()) {
      const want = list[i]!.ratings
      expect([member.ratings.levels, member.ratings.self, member.ratings.interest].map((a) => [...a])).toEqual(
        [want.levels, want.self, want.interest].map((a) => [...a]),
      )
    }
  })

  it('hands out views of the block that an edit copies, leaving the neighbours as they were', () => {
    const read = membersFromBlock(
      structuredClone(
        memberBlockToDb(
          'w',
          1,
          members(
            [
              [1, 1],
              [2, 2],
            ],
            1,
          ),
        ),
      ),
    )
    const edited = withCells(read[0]!.ratings, [{ slot: 1, patch: { level: 4 } }], 9)
    expect([...edited.levels]).toEqual([1, 4])
    expect([...read[0]!.ratings.levels]).toEqual([1, 1])
    expect([...read[1]!.ratings.levels]).toEqual([2, 2])
  })

  it.each([
    ['no bytes', (row: Record<string, unknown>) => ({ ...row, bytes: [1, 2] }), 'not a block of members'],
    ['a member without sizes', (row: Record<string, unknown>) => ({ ...row, people: [{ personId: 'x' }] }), 'sizes'],
    ['bytes cut short', (row: Record<string, unknown>) => ({ ...row, bytes: new Uint8Array(1) }), 'cut short'],
    [
      'bytes left over',
      (row: Record<string, unknown>) => ({ ...row, bytes: new Uint8Array([...(row.bytes as Uint8Array), 0]) }),
      'left over',
    ],
    [
      'a level out of range',
      (row: Record<string, unknown>) => ({ ...row, bytes: (row.bytes as Uint8Array).map((b, i) => (i === 0 ? 9 : b)) }),
      'levels[0]',
    ],
    [
      'a member twice',
      (row: Record<string, unknown>) => ({
        ...row,
        people: [...(row.people as unknown[]), ...(row.people as unknown[])],
        bytes: new Uint8Array([...(row.bytes as Uint8Array), ...(row.bytes as Uint8Array)]),
      }),
      'is in it twice',
    ],
    [
      'a member of another block',
      (row: Record<string, unknown>) => ({ ...row, block: ((row.block as number) + 1) % MEMBER_BLOCKS }),
      'belongs to another block',
    ],
  ])('refuses a block with %s, naming what is wrong', (_, corrupt, problem) => {
    const list = members([[1, 2]])
    const row = memberBlockToDb('w', 7, list) as unknown as Record<string, unknown>
    const read = () => membersFromBlock(corrupt(row))
    expect(read).toThrow(CorruptRecordError)
    expect(read).toThrow(problem)
  })
})
