import type { GetLocaleTextParams } from 'ag-grid-community'

/** What the grid needs of vue-i18n: whether a key exists and its text in the current language. */
export interface GridTranslator {
  has(key: string): boolean
  text(key: string): string
}

/**
 * AG Grid's `getLocaleText`: its own texts ("No Rows To Show", "Loading...") from our messages
 * under `grid.<AG Grid key>`, read at call time so a language switch applies to the next render.
 */
export function gridLocaleText(translator: GridTranslator) {
  return ({ key, defaultValue }: GetLocaleTextParams): string => {
    const id = `grid.${key}`
    return translator.has(id) ? translator.text(id) : defaultValue
  }
}
