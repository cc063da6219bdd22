/** Entities ordered by their `order`, ties by name, without mutating the input. */
export function byOrder<T extends { order: number; name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
}

/** Resources ordered by their `order`, ties by title (English first, as stored). */
export function resourcesByOrder<T extends { order: number; title: { en: string; ru: string } }>(
  items: readonly T[],
): T[] {
  const title = (item: T) => item.title.en || item.title.ru
  return [...items].sort((a, b) => a.order - b.order || title(a).localeCompare(title(b)))
}

/** Next `order` value after every existing one. */
export function nextOrder(items: readonly { order: number }[]): number {
  return items.reduce((max, item) => Math.max(max, item.order + 1), 0)
}

/** Moves the item at `from` to index `to`; returns a new array. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items]
  const [moved] = copy.splice(from, 1)
  if (moved === undefined) return copy
  copy.splice(Math.max(0, Math.min(to, copy.length)), 0, moved)
  return copy
}
