/** Every storage name in one place: the IndexedDB database and the localStorage keys. */
export const DB_NAME = 'skillgrid'
export const STORAGE_KEYS = {
  locale: 'skillgrid.locale',
  /** Written with the first workspace: telling "the browser cleared our data" from "first run". */
  hadData: 'skillgrid.hadData',
  lastExportAt: 'skillgrid.lastExportAt',
} as const
export const META_KEYS = {
  lastWorkspaceId: 'lastWorkspaceId',
} as const
