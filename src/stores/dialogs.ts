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
}

interface OpenConfirm extends ConfirmRequest {
  resolve: (answer: string | null) => void
}

/** One app-wide dialog: `await ask({...})` → confirmed?, `await askText({...})` → the text or null. */
export const useDialogStore = defineStore('dialogs', () => {
  const confirm = shallowRef<OpenConfirm | null>(null)

  function open(request: ConfirmRequest): Promise<string | null> {
    confirm.value?.resolve(null)
    return new Promise((resolve) => {
      confirm.value = { ...request, resolve }
    })
  }

  async function ask(request: ConfirmRequest): Promise<boolean> {
    return (await open(request)) !== null
  }

  function askText(request: ConfirmRequest & { input: { label: string; value: string } }): Promise<string | null> {
    return open(request)
  }

  /** `answer` null cancels; otherwise the typed text ('' for a plain confirmation). */
  function answer(value: string | null) {
    const current = confirm.value
    confirm.value = null
    current?.resolve(value)
  }

  return { confirm, ask, askText, answer }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useDialogStore, import.meta.hot))
