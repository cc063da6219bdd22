import { createI18n } from 'vue-i18n'
import type { Locale } from '../domain/text'
import enCommon from './en/common'
import enImportExport from './en/importExport'
import enMatrix from './en/matrix'
import ruCommon from './ru/common'
import ruImportExport from './ru/importExport'
import ruMatrix from './ru/matrix'

type Messages = { [key: string]: string | Messages }

/** Deep merge, so an area file can add keys to a shared group (e.g. `undo.action`). */
function merged<A extends Messages, B extends Messages>(a: A, b: B): A & B {
  const result: Messages = { ...a }
  for (const [key, value] of Object.entries(b)) {
    const existing = result[key]
    result[key] = typeof existing === 'object' && typeof value === 'object' ? merged(existing, value) : value
  }
  return result as A & B
}

// One file per area and language keeps features from colliding in one big message file.
export const messages = {
  en: merged(merged(enCommon, enMatrix), enImportExport),
  ru: merged(merged(ruCommon, ruMatrix), ruImportExport),
}

export type MessageSchema = typeof messages.en

/** Russian plural forms: 1 человек, 2 человека, 5 человек. */
function russianPlural(choice: number, choicesLength: number): number {
  if (choicesLength < 3) return choice === 1 ? 0 : 1
  const mod10 = choice % 10
  const mod100 = choice % 100
  if (mod10 === 1 && mod100 !== 11) return 0
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 10 || mod100 >= 20)) return 1
  return 2
}

export function createAppI18n(locale: Locale) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages,
    pluralRules: { ru: russianPlural },
    missingWarn: import.meta.env.DEV,
    fallbackWarn: false,
  })
}
