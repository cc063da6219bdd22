import { describe, expect, it } from 'vitest'
import { nextInterest, skillCellKeyAction } from '../../src/grid/keys'

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
})

describe('skillCellKeyAction', () => {
  it.each(['0', '1', '2', '3', '4'])('sets level %s at once when the digit is typed', (digit) => {
    expect(skillCellKeyAction(key(digit))).toEqual({ kind: 'level', level: Number(digit) })
  })

  it.each(['5', '9', 'a', ' '])('ignores "%s", which is not a level', (k) => {
    expect(skillCellKeyAction(key(k))).toBeNull()
  })

  it.each(['Delete', 'Backspace'])('clears the cell with %s', (k) => {
    expect(skillCellKeyAction(key(k))).toEqual({ kind: 'clear' })
  })

  it.each(['i', 'I', 'ш'])('cycles interest with "%s" (same key on EN and RU layouts)', (k) => {
    expect(skillCellKeyAction(key(k))).toEqual({ kind: 'cycleInterest' })
  })

  it('leaves shortcuts with Ctrl to the app (Ctrl+1 is not a level)', () => {
    expect(skillCellKeyAction(key('1', { ctrlKey: true }))).toBeNull()
  })
})

describe('nextInterest', () => {
  it('cycles unset → open → wants to grow → not interested → unset', () => {
    expect([null, 1, 2, 0].map(nextInterest)).toEqual([1, 2, 0, null])
  })
})
