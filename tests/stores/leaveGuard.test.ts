import { beforeEach, describe, expect, it } from 'vitest'
import { guardLeaving } from '../../src/platform/leaveGuard'
import { useMatrixStore } from '../../src/stores/matrix'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { freshPinia, instrumentedDb, quotaError, type InstrumentedDb } from './helpers'

// Issue 14, defect 9: with storage full and changes pending, leaving the page asks first.

let storage: InstrumentedDb

beforeEach(() => {
  freshPinia()
  storage = instrumentedDb()
  localStorage.clear()
})

function leave(target: EventTarget): boolean {
  const event = new Event('beforeunload', { cancelable: true })
  target.dispatchEvent(event)
  return event.defaultPrevented
}

describe('leaving with unsaved changes', () => {
  it('the workspace store has unsaved changes exactly while a write failed and its changes are pending', async () => {
    const workspace = useWorkspaceStore()
    await workspace.init()
    await workspace.whenSaved()
    const page = new EventTarget()
    const stop = guardLeaving(page, () => workspace.hasUnsavedChanges)
    expect(leave(page)).toBe(false)
    storage.failWritesWith(quotaError())
    const [first, second] = workspace.data!.people
    useMatrixStore().editPerson(first!.id, { name: 'Not saved one' })
    useMatrixStore().editPerson(second!.id, { name: 'Not saved two' })
    await workspace.whenSaved().catch(() => undefined)
    expect(workspace.hasUnsavedChanges).toBe(true)
    expect(leave(page)).toBe(true)
    storage.failWritesWith(null)
    await workspace.retrySave()
    await workspace.whenSaved()
    expect(workspace.hasUnsavedChanges).toBe(false)
    expect(leave(page)).toBe(false)
    stop()
  })

  it('stops asking once the guard is removed', () => {
    const page = new EventTarget()
    const stop = guardLeaving(page, () => true)
    expect(leave(page)).toBe(true)
    stop()
    expect(leave(page)).toBe(false)
  })
})
