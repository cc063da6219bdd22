// Everything of storage that needs Dexie, behind one lazily loaded entry (see lazyStorage.ts).
export { getDb } from './db'
export { watchConnection } from './connection'
export { readMeta, writeMeta } from './metaRepo'
export { deletePlan, listPlans, savePlan } from './planRepo'
export { deleteSnapshot, listSnapshots, readSnapshotContent, saveSnapshot } from './snapshotRepo'
export { journalPosition, watchOtherTabs } from './tabSync'
export {
  createWorkspace,
  deleteWorkspace,
  listWorkspaces,
  loadWorkspace,
  readPeopleRecords,
  replaceWorkspace,
  writeDelta,
} from './workspaceRepo'
