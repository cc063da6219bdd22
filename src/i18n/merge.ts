export type MessageTree = { [key: string]: string | MessageTree }

/** Merges area files key by key, so an area can add to a shared group (`edit`, `undo.action`). */
export function merge<A extends MessageTree, B extends MessageTree>(a: A, b: B): A & B {
  const result: MessageTree = { ...a }
  for (const [key, value] of Object.entries(b)) {
    const existing = result[key]
    result[key] = typeof existing === 'object' && typeof value === 'object' ? merge(existing, value) : value
  }
  return result as A & B
}
