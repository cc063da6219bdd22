import { shallowRef } from 'vue'
import { HOME, matchRoute, type RouteMatch } from './routes'

/** Where the app is: the path after '#' (e.g. '/skills/abc') and its query (`#/plan?x=1`). */
export interface RouteLocation {
  path: string
  query: Record<string, string>
}

/** Splits '/plan?x=1' (a hash without its '#', or a link target) into path and query. */
export function parseLocation(text: string): RouteLocation {
  const at = text.indexOf('?')
  const path = at < 0 ? text : text.slice(0, at)
  const query = at < 0 ? {} : Object.fromEntries(new URLSearchParams(text.slice(at + 1)))
  return { path, query }
}

/** A location hash with the route it shows; null when no route matches (the app then goes home). */
export function resolveHash(hash: string): (RouteLocation & RouteMatch) | null {
  const location = parseLocation(hash.replace(/^#/, ''))
  if (!location.path.startsWith('/')) location.path = HOME
  const match = matchRoute(location.path)
  return match ? { ...location, ...match } : null
}

/** The current location; RouterLink and RouterView read it, pages may read its query. */
export const currentRoute = shallowRef<RouteLocation>({ path: HOME, query: {} })

/** Reads the location hash into `currentRoute`. */
export function syncLocation() {
  const resolved = resolveHash(globalThis.location?.hash ?? '')
  if (!resolved) {
    // Unknown paths land on the matrix, without a history entry.
    history.replaceState(history.state, '', `#${HOME}`)
    currentRoute.value = { path: HOME, query: {} }
  } else currentRoute.value = { path: resolved.path, query: resolved.query }
}

/** Follows the location hash from now on. */
export function followLocation() {
  syncLocation()
  window.addEventListener('hashchange', syncLocation)
}
