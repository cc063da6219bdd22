import type { Change, EditWarning } from '../changes'
import { hasControlCharacters, withoutControlCharacters } from '../text'

/** A rejected edit: `code` is a message key, `params` fill it in; the UI translates it. */
export class EditError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`)
    this.name = 'EditError'
  }
}

/** A name as entered: control characters (NUL…) removed, edge spaces trimmed; blank is refused. */
export function requireText(value: string, code: string): string {
  const trimmed = withoutControlCharacters(value).trim()
  if (!trimmed) throw new EditError(code)
  return trimmed
}

/** The text fields a typed or pasted value can lose control characters in; each has its own warning (`edit.controlCharacters.<field>`). */
export type TextField =
  'personName' | 'email' | 'team' | 'title' | 'skillName' | 'categoryName' | 'roleName' | 'resourceTitle'

/** How much of the cleaned text a warning quotes. */
const QUOTED_CHARS = 60

function quoted(text: string): string {
  const chars = Array.from(withoutControlCharacters(text).trim())
  return chars.length > QUOTED_CHARS ? `${chars.slice(0, QUOTED_CHARS).join('')}…` : chars.join('')
}

/**
 * The change, with a warning for each entered text that held control characters (NUL…): they are
 * removed as the import removes them, and the user is told in which field, as the import tells.
 */
export function warnOfControlCharacters(change: Change, fields: Partial<Record<TextField, string>>): Change {
  const warnings: EditWarning[] = []
  for (const [field, text] of Object.entries(fields)) {
    if (text !== undefined && hasControlCharacters(text))
      warnings.push({ code: `edit.controlCharacters.${field}`, params: { value: quoted(text) } })
  }
  return warnings.length ? { ...change, warnings: [...(change.warnings ?? []), ...warnings] } : change
}
