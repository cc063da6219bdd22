import { existsSync } from 'node:fs'
import { build, preview, type PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'

let server: PreviewServer | null = null

/** Serves the production build (building it first if needed) on a free localhost port. */
export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html') || process.env.E2E_REBUILD === '1') await build({ logLevel: 'warn' })
  server = await preview({ preview: { port: 0, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('vite preview did not report a URL')
  project.provide('baseUrl', url)
}

export async function teardown() {
  await server?.close()
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}
