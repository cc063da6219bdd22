import { onBeforeUnmount, onMounted } from 'vue'
import { useWorkspaceStore } from '../stores/workspace'

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/** Ctrl+Z undo, Ctrl+Y / Ctrl+Shift+Z redo (⌘ on a Mac), by physical key so any layout works. */
export function useUndoShortcuts() {
  const workspace = useWorkspaceStore()

  function onKeydown(event: KeyboardEvent) {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return
    // A text field keeps its own undo of typing.
    if (isTextField(event.target)) return
    const isZ = event.code === 'KeyZ' || event.key.toLowerCase() === 'z'
    const isY = event.code === 'KeyY' || event.key.toLowerCase() === 'y'
    if (isZ && !event.shiftKey) {
      event.preventDefault()
      workspace.undo()
    } else if (isY || (isZ && event.shiftKey)) {
      event.preventDefault()
      workspace.redo()
    }
  }

  onMounted(() => window.addEventListener('keydown', onKeydown, true))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown, true))
}
