import { defineAsyncComponent, shallowRef, type App, type Component } from 'vue'
import { loadAreas } from '../i18n'
import type { MessageArea } from '../i18n/areas'
import MatrixPage from '../pages/MatrixPage.vue'
import RouterLink from './RouterLink'
import RouterView from './RouterView'

/**
 * A small hash router. The app needs links, one view, lazy pages and a path parameter; vue-router
 * cost 7–12 KB gzip of the initial JavaScript, which the 350 KB budget cannot spare.
 * Hash URLs keep the app working from any static host, a file share, and offline.
 */
interface RouteDef {
  pattern: string
  component: Component
}

/** A page loaded on first visit, together with the message areas it needs. */
const lazy = (load: () => Promise<{ default: Component }>, areas: MessageArea[] = []) =>
  defineAsyncComponent(async () => (await Promise.all([load(), loadAreas(areas)]))[0])

export const routes: RouteDef[] = [
  { pattern: '/matrix', component: MatrixPage },
  { pattern: '/skills', component: lazy(() => import('../pages/SkillsPage.vue'), ['skills']) },
  { pattern: '/skills/:skillId', component: lazy(() => import('../pages/SkillDetailPage.vue'), ['planner', 'skills']) },
  { pattern: '/coverage', component: lazy(() => import('../pages/CoveragePage.vue')) },
  { pattern: '/people', component: lazy(() => import('../pages/PeoplePage.vue'), ['people']) },
  { pattern: '/plan', component: lazy(() => import('../pages/PlanPage.vue'), ['planner']) },
  { pattern: '/roles', component: lazy(() => import('../pages/RolesPage.vue'), ['planner']) },
  { pattern: '/history', component: lazy(() => import('../pages/HistoryPage.vue'), ['history']) },
  { pattern: '/form/:personId', component: lazy(() => import('../pages/SelfAssessmentPage.vue'), ['people']) },
]
const HOME = '/matrix'

export interface RouteMatch {
  route: RouteDef
  params: Record<string, string>
}

/** The route for a path, with its `:name` parameters decoded; null when none matches. */
export function matchRoute(path: string): RouteMatch | null {
  const parts = path.split('/').filter(Boolean)
  for (const route of routes) {
    const pattern = route.pattern.split('/').filter(Boolean)
    if (pattern.length !== parts.length) continue
    const params: Record<string, string> = {}
    const matches = pattern.every((segment, i) => {
      const part = parts[i] ?? ''
      if (segment.startsWith(':')) {
        params[segment.slice(1)] = decodeURIComponent(part)
        return true
      }
      return segment === part
    })
    if (matches) return { route, params }
  }
  return null
}

function currentHashPath(): string {
  const path = globalThis.location?.hash.replace(/^#/, '').split('?')[0] ?? ''
  return path.startsWith('/') ? path : HOME
}

/** The path after '#', e.g. '/skills/abc'. */
export const currentPath = shallowRef(HOME)

function sync() {
  const path = currentHashPath()
  if (!matchRoute(path)) {
    // Unknown or empty paths land on the matrix, without a history entry.
    history.replaceState(history.state, '', `#${HOME}`)
    currentPath.value = HOME
  } else currentPath.value = path
}

/** Installs RouterLink and RouterView and follows the location hash. */
export function installRouter(app: App) {
  app.component('RouterLink', RouterLink)
  app.component('RouterView', RouterView)
  sync()
  window.addEventListener('hashchange', sync)
}

export function navigate(path: string) {
  location.hash = path
}

declare module 'vue' {
  export interface GlobalComponents {
    RouterLink: typeof RouterLink
    RouterView: typeof RouterView
  }
}
