import { fileURLToPath } from 'node:url'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

const messages = fileURLToPath(new URL('./src/i18n/{en,ru}/**', import.meta.url))

export default defineConfig({
  plugins: [
    vue(),
    // Messages are compiled at build time, so the runtime ships without vue-i18n's message compiler.
    VueI18nPlugin({ include: [messages], runtimeOnly: true, compositionOnly: true, fullInstall: false, dropMessageCompiler: true, strictMessage: true }),
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
