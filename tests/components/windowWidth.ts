import { vi } from 'vitest'

/** Makes the next matrix view store see a phone-sized (narrow) or a wide window. */
export function stubWindowWidth(narrow: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: narrow && query.includes('max-width'),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }))
}
