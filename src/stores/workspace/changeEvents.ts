import type { ListName } from '../../db/tabSync'
import type { Delta } from '../../domain/changes'
import { nextTask } from '../../platform/nextTask'

/** What happened to the workspace in memory: one delta, or a wholesale reload (reset, switch). */
export type WorkspaceEvent = { kind: 'delta'; delta: Delta } | { kind: 'reload' }
/** Hears an event; a returned promise means it is still taking it in (in slices), and later events wait. */
type Listener = (event: WorkspaceEvent) => unknown
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

  /** Tells every listener; a promise when one is still taking the event in. */
  function tell(event: WorkspaceEvent): Promise<void> | undefined {
    const busy: Promise<unknown>[] = []
    for (const listener of listeners) {
      const taking = listener(event)
      if (taking instanceof Promise) busy.push(taking)
    }
    return busy.length ? Promise.all(busy).then(() => undefined) : undefined
  }

  /** Runs `step` after every event held back so far; later events wait for it to settle. */
  function after(step: () => void | Promise<void>) {
    // A listener that threw for an earlier event must not hold back the later ones.
    const before = heldEvents?.catch(() => undefined) ?? Promise.resolve()
    const chain: Promise<void> = before.then(step).finally(() => {
      if (heldEvents === chain) heldEvents = null
    })
    heldEvents = chain
  }

  /**
   * Tells listeners once `ready` settles, after every event held back before it. With `ownTasks`
   * each listener hears it in a task of its own: a big change's recount and grid update are then
   * short tasks, not one long one (issue 16).
   */
  function emitWhen(ready: Promise<unknown>, event: WorkspaceEvent, ownTasks = false) {
    after(async () => {
      await ready
      if (!ownTasks) return tell(event)
      for (const listener of [...listeners]) {
        await nextTask()
        await listener(event)
      }
    })
  }

  /** Tells listeners at once, or behind the events still held back. */
  function emitInOrder(event: WorkspaceEvent) {
    if (heldEvents) return after(() => tell(event))
    const busy = tell(event)
    if (busy) after(() => busy)
  }

  function emitListChanged(list: ListName) {
    for (const listener of listListeners) listener(list)
  }

  return { onChange, onListChanged, emitWhen, emitInOrder, emitListChanged }
}

export type ChangeEvents = ReturnType<typeof createChangeEvents>
