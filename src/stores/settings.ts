import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { STORAGE_KEYS } from '../db/names'
import type { Locale } from '../domain/text'

function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEYS.locale)
  if (stored === 'en' || stored === 'ru') return stored
  return globalThis.navigator?.language?.toLowerCase().startsWith('ru') ? 'ru' : 'en'
}

/** Preferences of this browser (not of a workspace). */
export const useSettingsStore = defineStore('settings', () => {
  const locale = ref<Locale>(initialLocale())
  watch(locale, (value) => globalThis.localStorage?.setItem(STORAGE_KEYS.locale, value))

  function setLocale(value: Locale) {
    locale.value = value
  }

  return { locale, setLocale }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSettingsStore, import.meta.hot))
