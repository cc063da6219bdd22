import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import MatrixPage from './pages/MatrixPage.vue'

// Hash history: the app works from any static host or a file share, and offline.
export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/matrix' },
  { path: '/matrix', name: 'matrix', component: MatrixPage },
  { path: '/skills', name: 'skills', component: () => import('./pages/SkillsPage.vue') },
  { path: '/skills/:skillId', name: 'skill', component: () => import('./pages/SkillDetailPage.vue'), props: true },
  { path: '/coverage', name: 'coverage', component: () => import('./pages/CoveragePage.vue') },
  { path: '/people', name: 'people', component: () => import('./pages/PeoplePage.vue') },
  { path: '/plan', name: 'plan', component: () => import('./pages/PlanPage.vue') },
  { path: '/roles', name: 'roles', component: () => import('./pages/RolesPage.vue') },
  { path: '/:pathMatch(.*)*', redirect: '/matrix' },
]

export function createAppRouter() {
  return createRouter({ history: createWebHashHistory(), routes })
}
