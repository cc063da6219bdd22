/**
 * Asks before the page is left (reload, close, navigate away) while `unsaved()` says changes are
 * not stored yet — for example with storage full and changes pending. Gives the function that
 * stops asking. Browsers show their own text; a `returnValue` is still needed by some.
 */
export function guardLeaving(
  target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>,
  unsaved: () => boolean,
): () => void {
  const onBeforeUnload = (event: Event) => {
    if (!unsaved()) return
    event.preventDefault()
    // Older Chromium and Safari ask only when returnValue is set; a plain Event's is read-only.
    if (typeof BeforeUnloadEvent !== 'undefined' && event instanceof BeforeUnloadEvent) event.returnValue = ''
  }
  target.addEventListener('beforeunload', onBeforeUnload)
  return () => target.removeEventListener('beforeunload', onBeforeUnload)
}
