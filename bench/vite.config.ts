import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const pages = (name: string) => fileURLToPath(new URL(`./pages/${name}.html`, import.meta.url))

/** Bench pages: built like the app (production), served under /bench/ on the app's origin. */
export default defineConfig({
  root: fileURLToPath(new URL('./pages', import.meta.url)),
  base: './',
  logLevel: 'warn',
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('./out/pages', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        seed: pages('seed'),
        bareGrid: pages('bare-grid'),
        compute: pages('compute'),
        writes: pages('writes'),
        io: pages('io'),
        planner: pages('planner'),
      },
    },
  },
})
