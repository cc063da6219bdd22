import ParseWorker from './parse.worker?worker'
import { createImportSession, type ImportProgress, type ImportRequest } from './importSession'
import type { ImportPlan } from './types'
import type { WorkerReply, WorkerRequest } from './workerProtocol'

/** Files below this size are planned on the main thread: starting a worker costs more. */
export const INLINE_LIMIT_BYTES = 64 * 1024

export interface ImportEngine {
  readonly kind: 'worker' | 'inline'
  /** Plans the file with these options; an older run still going is superseded. */
  run(request: ImportRequest, onProgress?: (progress: ImportProgress) => void): Promise<ImportPlan>
  dispose(): void
}

/** Thrown to the caller of a run that a newer run replaced. */
export class SupersededError extends Error {
  constructor() {
    super('superseded')
    this.name = 'SupersededError'
  }
}

function inlineEngine(bytes: Uint8Array): ImportEngine {
  const session = createImportSession(bytes)
  return {
    kind: 'inline',
    run: async (request, onProgress) => session.run(request, onProgress),
    dispose: () => {},
  }
}

/** A parse worker started ahead of time (module loaded, JIT warm), taken by the next import. */
let spare: Worker | null = null

/** Starts a parse worker while the app is idle, so the first import does not wait for one. */
export function prewarmImportWorker(): void {
  if (!spare && typeof Worker !== 'undefined') spare = new ParseWorker()
}

function workerEngine(bytes: Uint8Array): ImportEngine {
  const worker = spare ?? new ParseWorker()
  spare = null
  let nextId = 1
  const waiting = new Map<number, { resolve: (plan: ImportPlan) => void; reject: (error: Error) => void; onProgress?: (progress: ImportProgress) => void }>()
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const message = event.data
    const job = waiting.get(message.id)
    if (!job) return
    if (message.kind === 'progress') job.onProgress?.(message.progress)
    else {
      waiting.delete(message.id)
      if (message.kind === 'plan') job.resolve(message.plan)
      else job.reject(new Error(message.message))
    }
  }
  worker.onerror = (event) => {
    for (const job of waiting.values()) job.reject(new Error(event.message || 'The import worker failed'))
    waiting.clear()
  }
  // The copy goes to the worker; the caller keeps its bytes.
  const copy = bytes.slice().buffer
  worker.postMessage({ kind: 'open', bytes: copy } satisfies WorkerRequest, [copy])
  return {
    kind: 'worker',
    run(request, onProgress) {
      for (const job of waiting.values()) job.reject(new SupersededError())
      waiting.clear()
      const id = nextId++
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject, onProgress })
        worker.postMessage({ kind: 'run', id, request } satisfies WorkerRequest)
      })
    },
    dispose: () => {
      worker.terminate()
      for (const job of waiting.values()) job.reject(new SupersededError())
      waiting.clear()
    },
  }
}

/** The parse worker for files of some size (the page stays responsive), the main thread otherwise. */
export function openImportEngine(bytes: Uint8Array, options: { worker?: boolean } = {}): ImportEngine {
  const useWorker = options.worker ?? (typeof Worker !== 'undefined' && bytes.length >= INLINE_LIMIT_BYTES)
  return useWorker ? workerEngine(bytes) : inlineEngine(bytes)
}
