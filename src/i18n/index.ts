import { createI18n } from 'vue-i18n'
import type { Locale } from '../domain/text'
import enCommon from './en/common'
import enCoverage from './en/coverage'
import enMatrix from './en/matrix'
import enPeople from './en/people'
import enSkills from './en/skills'
import ruCommon from './ru/common'
import ruCoverage from './ru/coverage'
import ruMatrix from './ru/matrix'
import ruPeople from './ru/people'
import ruSkills from './ru/skills'

// One file per area and language keeps features from colliding in one big message file.
export const messages = {
  en: { ...enCommon, ...enMatrix, ...enCoverage, ...enSkills, ...enPeople },
  ru: { ...ruCommon, ...ruMatrix, ...ruCoverage, ...ruSkills, ...ruPeople },
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
    datetimeFormats: {
      en: { short: { year: 'numeric', month: 'short', day: 'numeric' }, long: { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' } },
      ru: { short: { year: 'numeric', month: 'short', day: 'numeric' }, long: { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' } },
    },
    missingWarn: import.meta.env.DEV,
    fallbackWarn: false,
  })
}
