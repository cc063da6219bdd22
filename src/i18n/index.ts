import { createI18n } from 'vue-i18n'
import type { Locale } from '../domain/text'
import { loadArea, type MessageArea } from './areas'
import type { MessageTree } from './merge'

// Only the language in use is loaded: each locale's messages are their own chunk.
const loaders: Record<Locale, () => Promise<{ default: MessageTree }>> = {
  en: () => import('./locales/en'),
  ru: () => import('./locales/ru'),
}

export async function loadMessages(locale: Locale): Promise<MessageTree> {
  return (await loaders[locale]()).default
}

interface LocaleHost {
  availableLocales: string[]
  locale: { value: string }
  setLocaleMessage: (locale: Locale, messages: MessageTree) => void
  mergeLocaleMessage: (locale: Locale, messages: MessageTree) => void
}

let host: LocaleHost | null = null
const loadedAreas = new Set<MessageArea>()

/** The running app's i18n, for the loaders below. */
export function bindI18n(target: LocaleHost) {
  host = target
}

/** Loads a language's messages (and the page areas already in use) once, before switching to it. */
export async function ensureLocale(target: LocaleHost, locale: Locale): Promise<void> {
  if (target.availableLocales.includes(locale)) return
  const [base, ...areas] = await Promise.all([
    loadMessages(locale),
    ...[...loadedAreas].map((area) => loadArea(area, locale)),
  ])
  target.setLocaleMessage(locale, base as MessageTree)
  for (const area of areas) target.mergeLocaleMessage(locale, area)
}

/** Loads a page's message areas into every language loaded so far. */
export async function loadAreas(areas: MessageArea[]): Promise<void> {
  const target = host
  if (!target) return
  const missing = areas.filter((area) => !loadedAreas.has(area))
  const locales = target.availableLocales as Locale[]
  const loaded = await Promise.all(
    missing.flatMap((area) =>
      locales.map(async (locale) => ({ area, locale, messages: await loadArea(area, locale) })),
    ),
  )
  for (const { area, locale, messages } of loaded) {
    target.mergeLocaleMessage(locale, messages)
    loadedAreas.add(area)
  }
}

/** Russian plural forms: 1 человек, 2 человека, 5 человек. */
function russianPlural(choice: number, choicesLength: number): number {
  if (choicesLength < 3) return choice === 1 ? 0 : 1
  const mod10 = choice % 10
  const mod100 = choice % 100
  if (mod10 === 1 && mod100 !== 11) return 0
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 10 || mod100 >= 20)) return 1
  return 2
}

/** Named number formats for `n(value, name)`; the locale decides the separators ("0,4" in Russian). */
const NUMBER_FORMATS = {
  percent: { style: 'percent', maximumFractionDigits: 0 },
  percentTenths: { style: 'percent', maximumFractionDigits: 1 },
  integer: { maximumFractionDigits: 0 },
  decimal: { maximumFractionDigits: 1 },
  seconds: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
} as const

/** Named date formats for `d(date, name)`: every date on screen goes through one of these. */
const DATETIME_FORMATS = {
  short: { year: 'numeric', month: 'short', day: 'numeric' },
  long: { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' },
  dateLong: { year: 'numeric', month: 'long', day: 'numeric' },
  dateTime: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
  dateTimeShort: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' },
  dayMonth: { day: 'numeric', month: 'short' },
} as const

export function createAppI18n(locale: Locale, messages: Partial<Record<Locale, MessageTree>>) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages,
    pluralRules: { ru: russianPlural },
    numberFormats: { en: NUMBER_FORMATS, ru: NUMBER_FORMATS },
    datetimeFormats: { en: DATETIME_FORMATS, ru: DATETIME_FORMATS },
    missingWarn: import.meta.env.DEV,
    fallbackWarn: false,
  })
}
