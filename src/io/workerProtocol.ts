import type { ImportProgress, ImportRequest } from './importSession'
import type { ImportPlan } from './types'

/** Main thread → parse worker. The file's bytes are transferred once, then planned on request. */
export type WorkerRequest = { kind: 'open'; bytes: ArrayBuffer } | { kind: 'run'; id: number; request: ImportRequest }

/** Parse worker → main thread. A plan's packed arrays are transferred, not copied. */
export type WorkerReply =
  | { kind: 'progress'; id: number; progress: ImportProgress }
  | { kind: 'plan'; id: number; plan: ImportPlan }
  | { kind: 'failed'; id: number; message: string }
