import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'

/** Phone-sized windows: the breakpoint base.css uses for phones (40rem of the browser's 16px). */
export const NARROW_QUERY = '(max-width: 40rem)'
/**
 * Where the Team / Title choice is kept in this browser. It would sit with the other keys in
 * db/names.ts, which this change was not to touch.
 */
export const PERSON_COLUMNS_KEY = 'skillgrid.matrix.personColumns'

type Layout = 'narrow' | 'wide'
type PersonColumnsChoice = Partial<Record<Layout, boolean>>

/** A stored choice, or nothing when it is missing or not ours to read. */
function readChoice(): PersonColumnsChoice {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(PERSON_COLUMNS_KEY) ?? '{}')
    if (typeof parsed !== 'object' || parsed === null) return {}
    const { narrow, wide } = parsed as Record<string, unknown>
    return {
      ...(typeof narrow === 'boolean' ? { narrow } : {}),
      ...(typeof wide === 'boolean' ? { wide } : {}),
    }
  } catch {
    return {}
  }
}

/**
 * How this browser lays the matrix out: on a phone the Team and Title columns fold behind the name
 * unless the user shows them; on a wide screen they show unless the user hides them. Each layout
 * remembers its own choice, so hiding them on a phone never hides them on the desktop.
 */
export const useMatrixViewStore = defineStore('matrixView', () => {
  const media = globalThis.matchMedia?.(NARROW_QUERY)
  const narrow = ref(media?.matches ?? false)
  media?.addEventListener('change', (event) => (narrow.value = event.matches))

  const personColumnsChoice = ref<PersonColumnsChoice>(readChoice())
  const layout = computed<Layout>(() => (narrow.value ? 'narrow' : 'wide'))
  const personColumnsShown = computed(() => personColumnsChoice.value[layout.value] ?? !narrow.value)

  function setPersonColumnsShown(shown: boolean) {
    personColumnsChoice.value = { ...personColumnsChoice.value, [layout.value]: shown }
    globalThis.localStorage?.setItem(PERSON_COLUMNS_KEY, JSON.stringify(personColumnsChoice.value))
  }

  return { narrow, personColumnsChoice, personColumnsShown, setPersonColumnsShown }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useMatrixViewStore, import.meta.hot))
