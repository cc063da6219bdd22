/**
 * Interest marks after a level in a wide cell: `3+` wants to grow, `3~` open to it,
 * `3-` not interested. `?` stands for "not assessed" before a mark (`?+`).
 * A module of its own: the matrix's copy needs them without loading the CSV reader.
 */
export const INTEREST_MARKS: Readonly<Record<string, number>> = { '+': 2, '~': 1, '-': 0 }
export const MARK_OF_INTEREST = ['-', '~', '+'] as const
export const NOT_ASSESSED_MARK = '?'
