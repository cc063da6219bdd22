import { defineAsyncComponent, type Component } from 'vue'
import { loadAreas } from '../i18n'
import type { MessageArea } from '../i18n/areas'
import MatrixPage from '../pages/MatrixPage.vue'

export interface RouteDef {
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
  { pattern: '/learning', component: lazy(() => import('../pages/LearningPage.vue'), ['skills']) },
  { pattern: '/history', component: lazy(() => import('../pages/HistoryPage.vue'), ['history']) },
  { pattern: '/form/:personId', component: lazy(() => import('../pages/SelfAssessmentPage.vue'), ['people']) },
]

/** Where an empty or unknown path lands. */
export const HOME = '/matrix'

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
