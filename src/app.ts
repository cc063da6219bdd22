import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createAppI18n } from './i18n'
import { createAppRouter } from './router'
import { useSettingsStore } from './stores/settings'
import './styles/base.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
const settings = useSettingsStore(pinia)
app.use(createAppI18n(settings.locale))
app.use(createAppRouter())
app.mount('#app')

if (new URLSearchParams(location.search).has('bench')) {
  void import('./benchHooks').then(({ installBenchHooks }) => installBenchHooks(pinia))
}
