// Writes a generated workspace into the app's own IndexedDB (same origin) and makes it the open one.
import { SkillgridDb } from '../../src/db/db'
import { writeMeta } from '../../src/db/metaRepo'
import { META_KEYS } from '../../src/db/names'
import { createWorkspace, deleteWorkspace, listWorkspaces } from '../../src/db/workspaceRepo'
import { generateWorkspace } from '../../tests/fixtures/generate'

declare global {
  interface Window {
    benchSeed: (people: number, skills: number) => Promise<{ workspaceId: string; ms: number }>
  }
}

window.benchSeed = async (people, skills) => {
  const db = new SkillgridDb()
  const started = performance.now()
  for (const workspace of await listWorkspaces(db)) await deleteWorkspace(db, workspace.id)
  const data = generateWorkspace(people, skills)
  await createWorkspace(db, data)
  await writeMeta(db, META_KEYS.lastWorkspaceId, data.workspace.id)
  db.close()
  return { workspaceId: data.workspace.id, ms: performance.now() - started }
}
