import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { bindI18n, createAppI18n, loadMessages } from './i18n'
import { installRouter } from './router/index'
import { useSettingsStore } from './stores/settings'
import { useStorageStatusStore } from './stores/storageStatus'
import { useWorkspaceStore } from './stores/workspace'
import './styles/base.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
const settings = useSettingsStore(pinia)
// Reading IndexedDB starts now, while the language's messages load alongside.
const workspace = useWorkspaceStore(pinia)
void workspace.init().then(() => {
  if (!workspace.inMemoryOnly) void useStorageStatusStore(pinia).requestPersistence()
})
const i18n = createAppI18n(settings.locale, { [settings.locale]: await loadMessages(settings.locale) })
bindI18n(i18n.global)
app.use(i18n)
installRouter(app)
app.mount('#app')

if (new URLSearchParams(location.search).has('bench')) {
  void import('./benchHooks').then(({ installBenchHooks }) => installBenchHooks(pinia))
}
