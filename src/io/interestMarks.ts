/**
 * Interest marks after a level in a wide cell: `3+` wants to grow, `3~` open to it,
 * `3-` not interested. `?` stands for "not assessed" before a mark (`?+`).
 * A module of its own: the matrix's copy needs them without loading the CSV reader.
 */
export const INTEREST_MARKS: Readonly<Record<string, number>> = { '+': 2, '~': 1, '-': 0 }
export const MARK_OF_INTEREST = ['-', '~', '+'] as const
export const NOT_ASSESSED_MARK = '?'

/**
 * Interest as exports write it, a word a reader understands (import reads these and the marks).
 * Indexed by interest: 0 not interested, 1 open to it, 2 wants to grow.
 */
export const INTEREST_EXPORT_WORDS: Readonly<Record<'en' | 'ru', readonly [string, string, string]>> = {
  en: ['not interested', 'open to it', 'wants to grow'],
  ru: ['не интересно', 'готов попробовать', 'хочет развиваться'],
}
