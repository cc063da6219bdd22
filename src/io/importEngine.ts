import { createWorkerClient, type WorkerReplyOf } from '../workers/workerClient'
import ParseWorker from './parse.worker?worker'
import { createImportSession, type ImportProgress, type ImportRequest } from './importSession'
import type { ImportDraft } from './types'
import type { WorkerReply, WorkerRequest } from './workerProtocol'

import { sniffFileKind } from './fileKind'

export { sniffFileKind }

/** Files below this size are drafted on the main thread: starting a worker costs more. */
export const INLINE_LIMIT_BYTES = 64 * 1024

export interface ImportEngine {
  readonly kind: 'worker' | 'inline'
  /** Drafts the import of the file with these options; an older run still going is superseded. */
  run(request: ImportRequest, onProgress?: (progress: ImportProgress) => void): Promise<ImportDraft>
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
    run: (request, onProgress) => session.draft(request, onProgress),
    dispose: () => {},
  }
}

/** A parse worker started ahead of time (module loaded, JIT warm), taken by the next import. */
let spare: Worker | null = null

/** Starts a parse worker while the app is idle, so the first import does not wait for one. */
export function prewarmImportWorker(): void {
  if (!spare && typeof Worker !== 'undefined') spare = new ParseWorker()
}

function readReply(data: unknown): WorkerReplyOf<ImportDraft, ImportProgress> {
  // The parse worker is ours and speaks workerProtocol.ts.
  const message = data as WorkerReply
  if (message.kind === 'progress') return { id: message.id, kind: 'progress', progress: message.progress }
  if (message.kind === 'draft') return { id: message.id, kind: 'done', result: message.draft }
  return { id: message.id, kind: 'failed', error: new Error(message.message) }
}

function workerEngine(bytes: Uint8Array): ImportEngine {
  const client = createWorkerClient<ImportDraft, ImportProgress>({
    start: () => {
      const worker = spare ?? new ParseWorker()
      spare = null
      return worker
    },
    read: readReply,
    malformed: () => new Error('The import worker sent a malformed reply'),
    crashed: (event) => new Error(event.message || 'The import worker failed'),
    stopOnFailure: false,
  })
  // The copy goes to the worker; the caller keeps its bytes.
  const copy = bytes.slice().buffer
  client.send({ kind: 'open', bytes: copy } satisfies WorkerRequest, [copy])
  return {
    kind: 'worker',
    run(request, onProgress) {
      client.supersede(new SupersededError())
      return client.request((id) => ({ kind: 'run', id, request }) satisfies WorkerRequest, { onProgress })
    },
    dispose: () => client.stop(new SupersededError()),
  }
}

/** The parse worker for files of some size and for workbooks (the page stays responsive), the main thread otherwise. */
export function openImportEngine(bytes: Uint8Array, options: { worker?: boolean } = {}): ImportEngine {
  // A workbook is always read in the worker: its reader (exceljs) never loads on the main thread.
  const useWorker =
    options.worker ??
    (typeof Worker !== 'undefined' && (bytes.length >= INLINE_LIMIT_BYTES || sniffFileKind(bytes).kind === 'xlsx'))
  return useWorker ? workerEngine(bytes) : inlineEngine(bytes)
}
