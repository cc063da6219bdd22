import { acceptHMRUpdate, defineStore } from 'pinia'
import { shallowRef } from 'vue'

export interface ConfirmRequest {
  title: string
  body: string
  confirmLabel: string
  /** Destructive actions get a red button. */
  danger: boolean
  /** When set, the dialog asks for a text (a name) and resolves with it. */
  input?: { label: string; value: string }
  /** When set, a second way on beside the confirm button (see `askChoice`). */
  alternativeLabel?: string
}

/** What the user did: confirmed (with the typed text, '' for none), took the alternative, or cancelled (null). */
type Answer = { choice: 'confirm'; text: string } | { choice: 'alternative' } | null

interface OpenConfirm extends ConfirmRequest {
  resolve: (answer: Answer) => void
}

/**
 * One app-wide dialog: `await ask({...})` → confirmed?, `await askText({...})` → the text or null,
 * `await askChoice({...})` → 'confirm', 'alternative' or null.
 */
export const useDialogStore = defineStore('dialogs', () => {
  const confirm = shallowRef<OpenConfirm | null>(null)

  function open(request: ConfirmRequest): Promise<Answer> {
    confirm.value?.resolve(null)
    return new Promise((resolve) => {
      confirm.value = { ...request, resolve }
    })
  }

  async function ask(request: ConfirmRequest): Promise<boolean> {
    return (await open(request))?.choice === 'confirm'
  }

  async function askText(
    request: ConfirmRequest & { input: { label: string; value: string } },
  ): Promise<string | null> {
    const answered = await open(request)
    return answered?.choice === 'confirm' ? answered.text : null
  }

  /** Two ways on and Cancel (delete the skill and its emptied category, or the skill only). */
  async function askChoice(
    request: ConfirmRequest & { alternativeLabel: string },
  ): Promise<'confirm' | 'alternative' | null> {
    return (await open(request))?.choice ?? null
  }

  function close(answered: Answer) {
    const current = confirm.value
    confirm.value = null
    current?.resolve(answered)
  }

  /** `answer` null cancels; otherwise the typed text ('' for a plain confirmation). */
  function answer(value: string | null) {
    close(value === null ? null : { choice: 'confirm', text: value })
  }

  /** The user took the alternative button. */
  function answerAlternative() {
    close({ choice: 'alternative' })
  }

  return { confirm, ask, askText, askChoice, answer, answerAlternative }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useDialogStore, import.meta.hot))
