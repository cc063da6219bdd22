import type { App } from 'vue'
import { followLocation } from './location'
import RouterLink from './RouterLink'
import RouterView from './RouterView'

/**
 * A small hash router (the route table is routes.ts, the current location location.ts). The app
 * needs links, one view, lazy pages, a path parameter and a query; vue-router would cost about
 * 10 KB gzip of the initial JavaScript for nothing more, out of the 350 KB budget's ~33 KB headroom.
 * Hash URLs keep the app working from any static host, a file share, and offline.
 */

/** Installs RouterLink and RouterView and follows the location hash. */
export function installRouter(app: App) {
  app.component('RouterLink', RouterLink)
  app.component('RouterView', RouterView)
  followLocation()
}

declare module 'vue' {
  export interface GlobalComponents {
    RouterLink: typeof RouterLink
    RouterView: typeof RouterView
  }
}
