import type { ImportProgress, ImportRequest } from './importSession'
import type { ImportDraft } from './types'

/** Main thread → parse worker. The file's bytes are transferred once, then drafted on request. */
export type WorkerRequest = { kind: 'open'; bytes: ArrayBuffer } | { kind: 'run'; id: number; request: ImportRequest }

/** Parse worker → main thread. A draft's packed arrays are transferred, not copied. */
export type WorkerReply =
  | { kind: 'progress'; id: number; progress: ImportProgress }
  | { kind: 'draft'; id: number; draft: ImportDraft }
  | { kind: 'failed'; id: number; message: string }
