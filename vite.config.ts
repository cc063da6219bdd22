import { fileURLToPath } from 'node:url'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import vue from '@vitejs/plugin-vue'
import { defineConfig, type Plugin } from 'vite'
import type { OutputBundle, OutputChunk } from 'rolldown'
import { VitePWA } from 'vite-plugin-pwa'

const messages = fileURLToPath(new URL('./src/i18n/{en,ru}/**', import.meta.url))

/**
 * Only the app's own origin; 'wasm-unsafe-eval' lets the HiGHS solver compile, 'unsafe-inline'
 * styles are AG Grid's injected theme CSS. Production only: the dev server needs its websocket.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'skillgrid-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  }
}

/**
 * The entry (src/main.ts) only starts the early IndexedDB read and imports src/app.ts; these hints
 * let the browser fetch the app's chunks and styles at once, in parallel with that read.
 */
function preloadApp(): Plugin {
  return {
    name: 'skillgrid-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle: OutputBundle | undefined = context.bundle
        if (!bundle) return html
        const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk')
        const app = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/app.ts'))
        if (!app) return html
        const files = new Set<string>()
        const visit = (chunk: OutputChunk) => {
          if (files.has(chunk.fileName)) return
          files.add(chunk.fileName)
          for (const name of chunk.imports) {
            const next = chunks.find((c) => c.fileName === name)
            if (next) visit(next)
          }
        }
        visit(app)
        const css = [...files].flatMap((name) => [
          ...(chunks.find((c) => c.fileName === name)?.viteMetadata?.importedCss ?? []),
        ])
        const tags = [
          ...[...new Set(css)].map((file) => `<link rel="stylesheet" crossorigin href="./${file}">`),
          ...[...files]
            .filter((file) => !html.includes(file))
            .map((file) => `<link rel="modulepreload" crossorigin href="./${file}">`),
        ]
        return html.replace('</head>', `    ${tags.join('\n    ')}\n  </head>`)
      },
    },
  }
}

export default defineConfig({
  plugins: [
    vue(),
    // Messages are compiled at build time, so the runtime ships without vue-i18n's message compiler.
    VueI18nPlugin({
      include: [messages],
      runtimeOnly: true,
      compositionOnly: true,
      fullInstall: false,
      dropMessageCompiler: true,
      strictMessage: true,
    }),
    contentSecurityPolicy(),
    preloadApp(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Skillgrid — skills matrix and coverage planner',
        short_name: 'Skillgrid',
        description:
          'A people-by-skills matrix that shows coverage gaps and plans whom to train and which roles to hire. Your data stays in this browser.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#1f3f7a',
        background_color: '#f6f7fa',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The solver (wasm + its worker) is fetched on the first plan run, then kept for offline use.
        globIgnores: ['**/highs*', '**/solver.worker*'],
        runtimeCaching: [
          {
            urlPattern: ({ url }) => /highs.*\.wasm$|solver\.worker/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'skillgrid-solver', expiration: { maxEntries: 8 } },
          },
        ],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // Relative base so the built app also works from a sub-folder or a file share.
  base: './',
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
})
