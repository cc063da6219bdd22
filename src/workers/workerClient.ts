/** What the client needs of a Worker (tests pass a fake). */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<unknown>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  postMessage(message: unknown, transfer?: Transferable[]): void
  terminate(): void
}

/** One message from the worker, as the client's `read` makes of it. */
export type WorkerReplyOf<Result, Progress> =
  | { id: number; kind: 'progress'; progress: Progress }
  | { id: number; kind: 'done'; result: Result }
  | { id: number; kind: 'failed'; error: Error }

export interface WorkerClientOptions<Result, Progress> {
  /** Starts a worker: on the first message, and on the first one after a stop. */
  start(): WorkerLike
  /** Reads a message from the worker; null when it is malformed. */
  read(data: unknown): WorkerReplyOf<Result, Progress> | null
  /** The error open requests get for a malformed reply. */
  malformed(): Error
  /** The error open requests get when the worker reports an uncaught error. */
  crashed(event: ErrorEvent): Error
  /**
   * true: a failed request, a malformed reply or a crash terminates the worker (the next request
   * starts a fresh one) and rejects every open request. false: the worker keeps running and only
   * the requests concerned are rejected (all of them on a crash).
   */
  stopOnFailure: boolean
}

export interface WorkerClient<Result, Progress> {
  /** Posts a message that gets no reply, starting the worker if none runs. */
  send(message: unknown, transfer?: Transferable[]): void
  /** Posts the request built for a fresh id; the worker's reply with that id settles it. */
  request(
    build: (id: number) => unknown,
    options?: { onProgress?: (progress: Progress) => void; transfer?: Transferable[] },
  ): Promise<Result>
  /** Whether a request is waiting for its reply. */
  busy(): boolean
  /** Rejects every open request with this error; the worker keeps running. */
  supersede(error: Error): void
  /** Terminates the worker and rejects every open request with this error. */
  stop(error: Error): void
}

interface Pending<Result, Progress> {
  resolve: (result: Result) => void
  reject: (error: Error) => void
  onProgress?: (progress: Progress) => void
}

/** Request/reply over a worker: ids, the requests waiting for their reply, supersede, stop and crash. */
export function createWorkerClient<Result, Progress = never>(
  options: WorkerClientOptions<Result, Progress>,
): WorkerClient<Result, Progress> {
  let worker: WorkerLike | null = null
  let nextId = 1
  const pending = new Map<number, Pending<Result, Progress>>()

  function supersede(error: Error) {
    const open = [...pending.values()]
    pending.clear()
    for (const job of open) job.reject(error)
  }

  function stop(error: Error) {
    worker?.terminate()
    worker = null
    supersede(error)
  }

  function fail(error: Error, id?: number) {
    if (options.stopOnFailure) return stop(error)
    if (id === undefined) return supersede(error)
    const job = pending.get(id)
    pending.delete(id)
    job?.reject(error)
  }

  function running(): WorkerLike {
    if (worker) return worker
    const created = options.start()
    created.onmessage = (event) => {
      if (!pending.size) return
      const reply = options.read(event.data)
      if (!reply) return fail(options.malformed())
      const job = pending.get(reply.id)
      if (!job) return
      if (reply.kind === 'progress') return job.onProgress?.(reply.progress)
      if (reply.kind === 'failed') return fail(reply.error, reply.id)
      pending.delete(reply.id)
      job.resolve(reply.result)
    }
    created.onerror = (event) => fail(options.crashed(event))
    worker = created
    return created
  }

  return {
    send: (message, transfer) => running().postMessage(message, transfer),
    request(build, { onProgress, transfer } = {}) {
      const target = running()
      const id = nextId++
      return new Promise<Result>((resolve, reject) => {
        pending.set(id, { resolve, reject, onProgress })
        target.postMessage(build(id), transfer)
      })
    },
    busy: () => pending.size > 0,
    supersede,
    stop,
  }
}
