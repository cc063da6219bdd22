import { describe, expect, it } from 'vitest'
import { createWorkerClient, type WorkerReplyOf } from '../../../src/workers/workerClient'
import { FakeWorker } from '../../fixtures/fakeWorker'

/** Replies in a tiny protocol: { id, progress } | { id, result } | { id, failed } | anything else is malformed. */
function read(data: unknown): WorkerReplyOf<string, number> | null {
  const json = data as { id?: unknown; progress?: number; result?: string; failed?: string }
  if (typeof json.id !== 'number') return null
  if (json.progress !== undefined) return { id: json.id, kind: 'progress', progress: json.progress }
  if (json.result !== undefined) return { id: json.id, kind: 'done', result: json.result }
  if (json.failed !== undefined) return { id: json.id, kind: 'failed', error: new Error(json.failed) }
  return null
}

function setup(stopOnFailure: boolean) {
  const workers: FakeWorker[] = []
  const client = createWorkerClient<string, number>({
    start: () => {
      const worker = new FakeWorker()
      workers.push(worker)
      return worker
    },
    read,
    malformed: () => new Error('malformed'),
    crashed: (event) => {
      event.preventDefault()
      return new Error(`crashed: ${event.message}`)
    },
    stopOnFailure,
  })
  const current = () => {
    const worker = workers.at(-1)
    if (!worker) throw new Error('no worker started')
    return worker
  }
  return { client, workers, current }
}

const ask = (id: number) => ({ ask: id })

describe('createWorkerClient', () => {
  it('starts the worker on the first message, not before', () => {
    const { client, workers } = setup(false)
    expect(workers).toHaveLength(0)
    const buffer = new ArrayBuffer(4)
    client.send({ open: true }, [buffer])
    expect(workers).toHaveLength(1)
    expect(workers[0]!.posted).toEqual([{ message: { open: true }, transfer: [buffer] }])
  })

  it('gives each request a fresh id and settles it with the reply of that id', async () => {
    const { client, current } = setup(false)
    const first = client.request(ask)
    const second = client.request(ask)
    expect(current().posted.map((p) => p.message)).toEqual([{ ask: 1 }, { ask: 2 }])
    current().reply({ id: 2, result: 'two' })
    current().reply({ id: 1, result: 'one' })
    await expect(first).resolves.toBe('one')
    await expect(second).resolves.toBe('two')
    expect(client.busy()).toBe(false)
  })

  it('passes progress to the request it belongs to and ignores replies for no open request', async () => {
    const { client, current } = setup(false)
    const progress: number[] = []
    const running = client.request(ask, { onProgress: (p) => progress.push(p) })
    current().reply({ id: 1, progress: 0.5 })
    current().reply({ id: 7, result: 'stray' })
    expect(client.busy()).toBe(true)
    current().reply({ id: 1, result: 'done' })
    await expect(running).resolves.toBe('done')
    expect(progress).toEqual([0.5])
  })

  it('rejects open requests on supersede and keeps the worker running', async () => {
    const { client, workers } = setup(false)
    const old = client.request(ask)
    client.supersede(new Error('superseded'))
    await expect(old).rejects.toThrow('superseded')
    const next = client.request(ask)
    workers[0]!.reply({ id: 2, result: 'fresh' })
    await expect(next).resolves.toBe('fresh')
    expect(workers).toHaveLength(1)
    expect(workers[0]!.terminated).toBe(false)
  })

  it('terminates the worker on stop, rejects open requests, and starts a fresh worker for the next one', async () => {
    const { client, workers } = setup(false)
    const old = client.request(ask)
    client.stop(new Error('cancelled'))
    await expect(old).rejects.toThrow('cancelled')
    expect(workers[0]!.terminated).toBe(true)
    const next = client.request(ask)
    expect(workers).toHaveLength(2)
    workers[1]!.reply({ id: 2, result: 'again' })
    await expect(next).resolves.toBe('again')
  })

  describe('without stopOnFailure', () => {
    it('rejects only the failed request', async () => {
      const { client, current } = setup(false)
      const failing = client.request(ask)
      const other = client.request(ask)
      current().reply({ id: 1, failed: 'bad file' })
      await expect(failing).rejects.toThrow('bad file')
      expect(client.busy()).toBe(true)
      current().reply({ id: 2, result: 'fine' })
      await expect(other).resolves.toBe('fine')
      expect(current().terminated).toBe(false)
    })

    it('rejects every open request when the worker crashes, and keeps it', async () => {
      const { client, workers } = setup(false)
      const one = client.request(ask)
      const two = client.request(ask)
      expect(workers[0]!.crash('boom')).toBe(true)
      await expect(one).rejects.toThrow('crashed: boom')
      await expect(two).rejects.toThrow('crashed: boom')
      expect(workers[0]!.terminated).toBe(false)
      void client.request(ask)
      expect(workers).toHaveLength(1)
    })
  })

  describe('with stopOnFailure', () => {
    it.each([
      ['a failed request', (worker: FakeWorker) => worker.reply({ id: 1, failed: 'no solver' }), 'no solver'],
      ['a malformed reply', (worker: FakeWorker) => worker.reply({ nonsense: true }), 'malformed'],
      ['a crash', (worker: FakeWorker) => worker.crash('wasm'), 'crashed: wasm'],
    ])('terminates the worker on %s and starts a fresh one for the next request', async (_, happen, message) => {
      const { client, workers } = setup(true)
      const running = client.request(ask)
      happen(workers[0]!)
      await expect(running).rejects.toThrow(message)
      expect(workers[0]!.terminated).toBe(true)
      expect(client.busy()).toBe(false)
      void client.request(ask)
      expect(workers).toHaveLength(2)
    })

    it('ignores messages while no request is open', () => {
      const { client, workers } = setup(true)
      client.send({ warm: true })
      workers[0]!.reply({ nonsense: true })
      expect(workers[0]!.terminated).toBe(false)
    })
  })
})
