import { withoutControlCharacters } from '../text'

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
