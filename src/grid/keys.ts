import type { Level } from '../domain/scale'

export type CellKeyAction =
  { kind: 'level'; level: Level } | { kind: 'clear' } | { kind: 'cycleInterest' } | { kind: 'enter' }

/**
 * What a key pressed on a focused (not editing) skill cell does.
 * Digits 0–4 set the level at once, Delete/Backspace clear, "i" cycles the interest marker.
 */
export function skillCellKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): CellKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null
  if (/^[0-4]$/.test(event.key)) return { kind: 'level', level: Number(event.key) as Level }
  if (event.key === 'Delete' || event.key === 'Backspace') return { kind: 'clear' }
  // "ш" is the same physical key as "i" on a Russian layout.
  if (event.key === 'i' || event.key === 'I' || event.key === 'ш' || event.key === 'Ш') return { kind: 'cycleInterest' }
  if (event.key === 'Enter') return { kind: 'enter' }
  return null
}

/** Interest order when cycling with "i": unset → open → wants to grow → not interested → unset. */
export function nextInterest(current: number | null): 0 | 1 | 2 | null {
  if (current === null) return 1
  if (current === 1) return 2
  if (current === 2) return 0
  return null
}
