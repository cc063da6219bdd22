import { describe, expect, it, vi } from 'vitest'
import type { Delta } from '../../../src/domain/changes'
import { createChangeEvents, type WorkspaceEvent } from '../../../src/stores/workspace/changeEvents'
import { workspace } from '../../fixtures/builders'

const delta = (name: string): Delta => ({ workspace: workspace({ name }) })
const names = (events: WorkspaceEvent[]) => events.map((e) => (e.kind === 'delta' ? e.delta.workspace?.name : 'reload'))

function recorded() {
  const events = createChangeEvents()
  const heard: WorkspaceEvent[] = []
  const stop = events.onChange((event) => heard.push(event))
  return { events, heard, stop }
}

describe('change events', () => {
  it('tell every listener at once, until it stops listening', () => {
    const { events, heard, stop } = recorded()
    events.emitInOrder({ kind: 'reload' })
    expect(heard).toEqual([{ kind: 'reload' }])
    stop()
    events.emitInOrder({ kind: 'reload' })
    expect(heard).toHaveLength(1)
  })

  it('hold an event back until its write settles, and the events after it behind it, in order', async () => {
    const { events, heard } = recorded()
    let written!: () => void
    events.emitWhen(new Promise<void>((resolve) => (written = resolve)), { kind: 'delta', delta: delta('big') })
    events.emitInOrder({ kind: 'delta', delta: delta('small') })
    await Promise.resolve()
    expect(heard).toEqual([])
    written()
    await vi.waitFor(() => expect(names(heard)).toEqual(['big', 'small']))
    // Nothing is held any more: the next one is told at once.
    events.emitInOrder({ kind: 'reload' })
    expect(names(heard)).toEqual(['big', 'small', 'reload'])
  })

  it('tell each listener a big change in a task of its own, and hold later events until the last has heard it', async () => {
    const events = createChangeEvents()
    const heard: string[] = []
    events.onChange((event) => {
      heard.push(`first ${names([event])[0]}`)
      // A task queued by the first listener runs before the second listener hears the event.
      setTimeout(() => heard.push('a task between'), 0)
    })
    events.onChange((event) => heard.push(`second ${names([event])[0]}`))
    events.emitWhen(Promise.resolve(), { kind: 'delta', delta: delta('big') }, true)
    events.emitInOrder({ kind: 'delta', delta: delta('small') })
    await vi.waitFor(() => expect(heard).toContain('second small'))
    expect(heard.slice(0, 3)).toEqual(['first big', 'a task between', 'second big'])
    expect(heard.indexOf('first small')).toBeGreaterThan(heard.indexOf('second big'))
  })

  it('hold later events while a listener is still taking one in (it returned a promise)', async () => {
    const events = createChangeEvents()
    const heard: string[] = []
    let done!: () => void
    events.onChange((event) => {
      const name = names([event])[0]
      heard.push(`start ${name}`)
      if (name !== 'big') return
      return new Promise<void>((resolve) => (done = resolve)).then(() => void heard.push('end big'))
    })
    events.emitInOrder({ kind: 'delta', delta: delta('big') })
    events.emitInOrder({ kind: 'delta', delta: delta('small') })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(heard).toEqual(['start big'])
    done()
    await vi.waitFor(() => expect(heard).toEqual(['start big', 'end big', 'start small']))
  })

  it('do not let a listener that threw for a held event hold back the later ones', async () => {
    const events = createChangeEvents()
    const heard: string[] = []
    events.onChange((event) => {
      if (event.kind === 'delta' && event.delta.workspace?.name === 'bad') throw new Error('listener failed')
      heard.push(event.kind)
    })
    events.emitWhen(Promise.resolve(), { kind: 'delta', delta: delta('bad') })
    events.emitWhen(Promise.resolve(), { kind: 'reload' })
    await vi.waitFor(() => expect(heard).toEqual(['reload']))
  })
})

describe('list changes', () => {
  it('tell the list listeners which list another tab changed, until they stop listening', () => {
    const events = createChangeEvents()
    const heard: string[] = []
    const stop = events.onListChanged((list) => heard.push(list))
    events.emitListChanged('snapshots')
    events.emitListChanged('plans')
    stop()
    events.emitListChanged('plans')
    expect(heard).toEqual(['snapshots', 'plans'])
  })
})
