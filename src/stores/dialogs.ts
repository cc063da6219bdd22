import { acceptHMRUpdate, defineStore } from 'pinia'
import { shallowRef } from 'vue'

export interface ConfirmRequest {
  title: string
  body: string
  confirmLabel: string
  /** Destructive actions get a red button. */
  danger: boolean
}

interface OpenConfirm extends ConfirmRequest {
  resolve: (confirmed: boolean) => void
}

/** One app-wide confirmation dialog: `await ask({...})` resolves true when confirmed. */
export const useDialogStore = defineStore('dialogs', () => {
  const confirm = shallowRef<OpenConfirm | null>(null)

  function ask(request: ConfirmRequest): Promise<boolean> {
    confirm.value?.resolve(false)
    return new Promise((resolve) => {
      confirm.value = { ...request, resolve }
    })
  }

  function answer(confirmed: boolean) {
    const open = confirm.value
    confirm.value = null
    open?.resolve(confirmed)
  }

  return { confirm, ask, answer }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useDialogStore, import.meta.hot))
