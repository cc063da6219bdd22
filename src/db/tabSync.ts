import type { Id } from '../domain/types'
import { DB_NAME } from './names'

/** What one tab tells the others after a successful write. */
export interface TabMessage {
  workspaceId: Id
  /** People whose person or ratings records changed. */
  personIds: Id[]
  /** Skills, categories, roles or the workspace record changed: reload everything. */
  structural: boolean
}

function isTabMessage(value: unknown): value is TabMessage {
  if (typeof value !== 'object' || value === null) return false
  const message = value as Record<string, unknown>
  return typeof message.workspaceId === 'string' && Array.isArray(message.personIds) && message.personIds.every((id) => typeof id === 'string') && typeof message.structural === 'boolean'
}

/** A BroadcastChannel between tabs of this origin; a no-op where the API is missing. */
export function openTabChannel(onMessage: (message: TabMessage) => void): { post: (message: TabMessage) => void; close: () => void } {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} }
  const channel = new BroadcastChannel(`${DB_NAME}-changes`)
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isTabMessage(event.data)) onMessage(event.data)
  }
  return { post: (message) => channel.postMessage(message), close: () => channel.close() }
}
