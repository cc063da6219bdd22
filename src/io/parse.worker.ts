/// <reference lib="webworker" />
import { createImportSession, type ImportSession } from './importSession'
import type { WorkerReply, WorkerRequest } from './workerProtocol'

declare const self: DedicatedWorkerGlobalScope

let session: ImportSession | null = null

function reply(message: WorkerReply, transfer: Transferable[] = []) {
  self.postMessage(message, transfer)
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const message = event.data
  if (message.kind === 'open') {
    session = createImportSession(new Uint8Array(message.bytes))
    return
  }
  const { id } = message
  try {
    if (!session) throw new Error('No file opened')
    const draft = await session.draft(message.request, (progress) => reply({ kind: 'progress', id, progress }))
    const buffers = [draft.levels.buffer, draft.interest.buffer, ...(draft.self ? [draft.self.buffer] : [])]
    reply({ kind: 'draft', id, draft }, buffers)
  } catch (error) {
    reply({ kind: 'failed', id, message: error instanceof Error ? error.message : String(error) })
  }
}
