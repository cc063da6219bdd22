import { createI18n } from 'vue-i18n'
import type { Locale } from '../domain/text'
import enCommon from './en/common'
import enCoverage from './en/coverage'
import enImportExport from './en/importExport'
import enMatrix from './en/matrix'
import enPeople from './en/people'
import enPlanner from './en/planner'
import enSkills from './en/skills'
import ruCommon from './ru/common'
import ruCoverage from './ru/coverage'
import ruImportExport from './ru/importExport'
import ruMatrix from './ru/matrix'
import ruPeople from './ru/people'
import ruPlanner from './ru/planner'
import ruSkills from './ru/skills'

type Tree = { [key: string]: string | Tree }

/** Merges area files key by key, so an area can add to a shared group (`edit`, `undo.action`). */
function merge<A extends Tree, B extends Tree>(a: A, b: B): A & B {
  const result: Tree = { ...a }
  for (const [key, value] of Object.entries(b)) {
    const existing = result[key]
    result[key] = typeof existing === 'object' && typeof value === 'object' ? merge(existing, value) : value
  }
  return result as A & B
}

// One file per area and language keeps features from colliding in one big message file.
export const messages = {
  en: merge(merge(merge(merge(merge(merge(enCommon, enMatrix), enCoverage), enSkills), enPeople), enPlanner), enImportExport),
  ru: merge(merge(merge(merge(merge(merge(ruCommon, ruMatrix), ruCoverage), ruSkills), ruPeople), ruPlanner), ruImportExport),
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
