import type { ListName } from '../../db/tabSync'
import type { Delta } from '../../domain/changes'

/** What happened to the workspace in memory: one delta, or a wholesale reload (reset, switch). */
export type WorkspaceEvent = { kind: 'delta'; delta: Delta } | { kind: 'reload' }
type Listener = (event: WorkspaceEvent) => void
type ListListener = (list: ListName) => void

/** The workspace store's event bus: change events in order, and lists changed by another tab. */
export function createChangeEvents() {
  const listeners = new Set<Listener>()
  const listListeners = new Set<ListListener>()
  /** Events held back behind a big change, so that listeners still see every change in order. */
  let heldEvents: Promise<void> | null = null

  function onChange(listener: Listener): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }

  /** Hears when another tab changed the open workspace's snapshots or saved plans. */
  function onListChanged(listener: ListListener): () => void {
    listListeners.add(listener)
    return () => listListeners.delete(listener)
  }

  function emit(event: WorkspaceEvent) {
    for (const listener of listeners) listener(event)
  }

  /** Tells listeners once `ready` settles, after every event held back before it. */
  function emitWhen(ready: Promise<unknown>, event: WorkspaceEvent) {
    // A listener that threw for an earlier event must not hold back the later ones.
    const before = heldEvents?.catch(() => undefined) ?? Promise.resolve()
    const chain: Promise<void> = before
      .then(() => ready)
      .then(() => {
        if (heldEvents === chain) heldEvents = null
        emit(event)
      })
    heldEvents = chain
  }

  /** Tells listeners at once, or behind the events still held back. */
  function emitInOrder(event: WorkspaceEvent) {
    if (heldEvents) emitWhen(Promise.resolve(), event)
    else emit(event)
  }

  function emitListChanged(list: ListName) {
    for (const listener of listListeners) listener(list)
  }

  return { onChange, onListChanged, emitWhen, emitInOrder, emitListChanged }
}

export type ChangeEvents = ReturnType<typeof createChangeEvents>
