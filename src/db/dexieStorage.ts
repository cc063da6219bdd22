// Everything of storage that needs Dexie, behind one lazily loaded entry (see lazyStorage.ts).
export { getDb } from './db'
export { watchConnection } from './connection'
export { readMeta, writeMeta } from './metaRepo'
export { journalPosition, watchOtherTabs } from './tabSync'
export { createWorkspace, listWorkspaces, loadWorkspace, readPeopleRecords, replaceWorkspace, writeDelta } from './workspaceRepo'
