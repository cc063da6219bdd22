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

/** NUL and the other control characters (tab and line breaks aside): never part of a name, an email or a label. */
const isControl = (code: number): boolean =>
  code <= 0x08 || code === 0x0b || code === 0x0c || (code >= 0x0e && code <= 0x1f) || (code >= 0x7f && code <= 0x9f)

export function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return true
  return false
}

/** A text as typed or imported, with its control characters removed. */
export function withoutControlCharacters(text: string): string {
  if (!hasControlCharacters(text)) return text
  let clean = ''
  for (let i = 0; i < text.length; i++) if (!isControl(text.charCodeAt(i))) clean += text[i]
  return clean
}
