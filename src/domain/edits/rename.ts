import { withoutControlCharacters, type Locale } from '../text'
import { requireText } from './editError'

interface Named {
  name: string
  nameRu: string
  frameworkId: string
}

/**
 * A rename in the current language: in Russian it sets the Russian name of an entity that has
 * one (every framework entity does) and may clear it; otherwise the stored name, never blank.
 * `checkFree` refuses a name another entity of the kind already uses.
 */
export function renamedInLocale<T extends Named>(
  entity: T,
  name: string,
  locale: Locale,
  checkFree: (name: string) => void,
): T {
  const next = { ...entity }
  if (locale === 'ru' && (entity.nameRu !== '' || entity.frameworkId !== '')) {
    next.nameRu = withoutControlCharacters(name).trim()
    if (next.nameRu) checkFree(next.nameRu)
  } else {
    next.name = requireText(name, 'edit.nameRequired')
    checkFree(next.name)
  }
  return next
}
