export type Locale = 'en' | 'ru'
export const LOCALES: readonly Locale[] = ['en', 'ru']

/** A text the framework gives in both languages. */
export interface LocalText {
  en: string
  ru: string
}

export function pickText(text: LocalText, locale: Locale): string {
  return (locale === 'ru' ? text.ru : text.en) || text.en || text.ru
}

/** Name of an entity that may carry a Russian name next to its stored (primary) name. */
export function displayName(entity: { name: string; nameRu: string }, locale: Locale): string {
  return locale === 'ru' && entity.nameRu ? entity.nameRu : entity.name
}

/** Case- and space-insensitive key: "  Moderation &  conflict " → "moderation & conflict". */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase('en').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim()
}

/** Also ignores punctuation: for header synonyms such as "E-mail" / "Эл. почта". */
export function looseKey(text: string): string {
  return nameKey(text).replace(/[\s\p{P}\p{S}]+/gu, '')
}
