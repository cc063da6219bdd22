/** What went wrong with storage, in the terms the UI explains to the user. */
export type StorageProblem = 'quota' | 'unavailable' | 'closed' | 'version' | 'blocked' | 'unknown'

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string'
    ? error.name
    : ''
}

/** Dexie often wraps the real cause (an AbortError whose `inner` is the QuotaExceededError). */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = []
  let current: unknown = error
  for (let depth = 0; current && depth < 5; depth++) {
    chain.push(current)
    const next = typeof current === 'object' && current !== null && 'inner' in current ? current.inner : undefined
    current = next
  }
  return chain
}

export function classifyStorageError(error: unknown): StorageProblem {
  const names = causes(error).map(errorName)
  if (names.some((n) => n === 'QuotaExceededError')) return 'quota'
  if (names.some((n) => n === 'MissingAPIError' || n === 'InvalidStateError' || n === 'SecurityError'))
    return 'unavailable'
  if (names.some((n) => n === 'DatabaseClosedError')) return 'closed'
  if (names.some((n) => n === 'VersionError' || n === 'UpgradeError')) return 'version'
  if (names.some((n) => n === 'BlockedError')) return 'blocked'
  return 'unknown'
}
