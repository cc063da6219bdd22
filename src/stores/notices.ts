import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'

export type NoticeKind = 'info' | 'success' | 'warning' | 'error'

export interface Notice {
  id: number
  kind: NoticeKind
  /** i18n message key and its parameters: the store stays language-neutral. */
  key: string
  params: Record<string, string | number>
}

/** Short messages shown at the bottom of the screen (edit refused, import done, …). */
export const useNoticeStore = defineStore('notices', () => {
  const notices = ref<Notice[]>([])
  let nextId = 1

  function show(kind: NoticeKind, key: string, params: Record<string, string | number> = {}, timeoutMs = 6000) {
    const id = nextId++
    notices.value = [...notices.value, { id, kind, key, params }]
    if (timeoutMs > 0) setTimeout(() => dismiss(id), timeoutMs)
    return id
  }

  function dismiss(id: number) {
    notices.value = notices.value.filter((n) => n.id !== id)
  }

  return { notices, show, dismiss }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useNoticeStore, import.meta.hot))
