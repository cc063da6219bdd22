import type { Id } from './types'

/** Random id for a new entity; ids never leave the browser, so uniqueness is all they need. */
export function newId(): Id {
  return globalThis.crypto.randomUUID()
}
