import { describe, expect, it } from 'vitest'
import { packTexts, snapshotContentFromDb, snapshotContentToDb } from '../../../src/db/converters/snapshot'
import { CorruptRecordError } from '../../../src/db/converters/validate'
import { takeSnapshot } from '../../../src/domain/snapshots'
import { matrix } from '../../fixtures/builders'

const data = matrix(
  [
    [1, 2],
    [3, null],
    [null, 4],
  ],
  {
    people: [{ name: 'Анна, "Ли"' }, { name: '' }, { name: '😀 emoji', email: 'e@example.org', team: 'Core' }],
  },
)
const { content } = takeSnapshot(data, { id: 's1', takenAt: 1, kind: 'manual', label: '' })

describe('snapshot content rows', () => {
  it('store the people’s text columns as one UTF-8 array each and read them back exactly', () => {
    const row = structuredClone(snapshotContentToDb(content, 'w'))
    expect(row.people.names).toEqual({
      utf8: new TextEncoder().encode(content.people.names.join('')),
      lengths: Uint32Array.from(content.people.names, (n) => n.length),
    })
    expect(snapshotContentFromDb(row).people).toEqual(content.people)
  })

  it('pack a long column in slices to the same bytes as at once', () => {
    const names = Array.from({ length: 25_001 }, (_, i) => (i % 3 ? `Имя ${i}` : i % 2 ? `😀 ${i}` : `n${i}`))
    expect(packTexts(names)).toEqual({
      utf8: new TextEncoder().encode(names.join('')),
      lengths: Uint32Array.from(names, (n) => n.length),
    })
  })

  it('still read rows written before, with plain arrays of texts', () => {
    const row = { ...snapshotContentToDb(content, 'w'), people: { ...content.people } }
    expect(snapshotContentFromDb(structuredClone(row)).people).toEqual(content.people)
  })

  it.each([
    ['lengths that do not add up to the texts', { utf8: Uint8Array.of(97, 98, 99), lengths: Uint32Array.of(1, 1, 0) }],
    ['a count other than the people’s', packTexts(['a', 'b'])],
    ['lengths that are not a Uint32Array', { utf8: Uint8Array.of(97, 98, 99), lengths: [1, 1, 1] }],
    ['texts that are not bytes', { utf8: 'abc', lengths: Uint32Array.of(1, 1, 1) }],
  ])('refuse a column of names with %s', (_, names) => {
    const row = snapshotContentToDb(content, 'w')
    const read = () => snapshotContentFromDb({ ...row, people: { ...row.people, names } })
    expect(read).toThrow(CorruptRecordError)
    expect(read).toThrow('people.names is not 3 texts')
  })
})
