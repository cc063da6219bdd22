import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import {
  addResource,
  deleteResource,
  duplicateResource,
  EditError,
  mergeResources,
  updateResource,
  validResourceFields,
  type ResourceFields,
} from '../domain/edits'
import { newId } from '../domain/ids'
import type { LocalText } from '../domain/text'
import { csvExportSettings, type Id } from '../domain/types'
import type { ResourceCsvProblem } from '../io/resourcesCsv'
import { MAX_IMPORT_BYTES } from '../io/limits'
import { useSettingsStore } from './settings'
import { useStorageStatusStore } from './storageStatus'
import { useWorkspaceStore } from './workspace'

/** Why a field set cannot be saved: a message key and what fills it in. */
export interface ResourceProblem {
  code: string
  params: Record<string, string | number>
}

/** A problem of a resources CSV: where it is, or a refused value the form rules catch. */
export type ResourceImportProblem = ResourceCsvProblem | ({ row: number } & ResourceProblem)

/** The catalogue of learning resources: each edit one change, one transaction, one undo step. */
export const useLearningStore = defineStore('learning', () => {
  const workspace = useWorkspaceStore()
  const settings = useSettingsStore()
  const storage = useStorageStatusStore()
  /** What the last resources CSV could not take, row by row (nothing was imported then). */
  const importProblems = ref<ResourceImportProblem[]>([])
  /** How many resources the last import added or changed. */
  const lastImported = ref<number | null>(null)

  /** The first reason `fields` cannot be saved, or null: the form shows it at once. */
  function problem(fields: ResourceFields): ResourceProblem | null {
    const data = workspace.data
    if (!data) return null
    try {
      validResourceFields(data, fields)
      return null
    } catch (error) {
      if (error instanceof EditError) return { code: error.code, params: error.params }
      throw error
    }
  }

  function add(fields: ResourceFields): Id | null {
    const id = newId()
    return workspace.edit((data) => addResource(data, fields, id)) ? id : null
  }

  function update(id: Id, fields: ResourceFields): boolean {
    return workspace.edit((data) => updateResource(data, id, fields))
  }

  function duplicate(sourceId: Id, title: LocalText): Id | null {
    const id = newId()
    return workspace.edit((data) => duplicateResource(data, sourceId, title, id)) ? id : null
  }

  function remove(id: Id): boolean {
    return workspace.edit((data) => deleteResource(data, id))
  }

  /** The catalogue as a CSV file, with the workspace's delimiter. */
  async function exportCsv(): Promise<{ name: string; type: string; text: string } | null> {
    const data = workspace.data
    if (!data) return null
    const [{ exportResourcesCsv }, { exportFileName }] = await Promise.all([
      import('../io/resourcesCsv'),
      import('../io/exportCsv'),
    ])
    storage.recordExport()
    return {
      name: exportFileName(data.workspace.name, 'learning-resources', 'csv'),
      type: 'text/csv;charset=utf-8',
      text: exportResourcesCsv(data, csvExportSettings(data.workspace, settings.locale).delimiter),
    }
  }

  /**
   * Merges a resources CSV into the catalogue as one undoable change, or imports nothing and lists
   * every problem by row and column.
   */
  async function importCsv(file: Blob): Promise<boolean> {
    importProblems.value = []
    lastImported.value = null
    const data = workspace.data
    if (!data) return false
    if (file.size > MAX_IMPORT_BYTES) {
      importProblems.value = [{ code: 'edit.resourceFileTooLarge', row: 0, params: { size: file.size } }]
      return false
    }
    const { readResourcesCsv } = await import('../io/resourcesCsv')
    const read = readResourcesCsv(new Uint8Array(await file.arrayBuffer()), data.skills)
    const problems: ResourceImportProblem[] = [...read.problems]
    for (const row of read.rows) {
      const found = problem(row.fields)
      if (found) problems.push({ row: row.row, ...found })
    }
    if (problems.length) {
      importProblems.value = problems
      return false
    }
    let count = 0
    const done = workspace.edit((current) => {
      const change = mergeResources(current, read.rows, newId)
      count = change?.forward.resources?.put?.length ?? 0
      return change
    })
    if (done) lastImported.value = count
    return done
  }

  return { importProblems, lastImported, problem, add, update, duplicate, remove, exportCsv, importCsv }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useLearningStore, import.meta.hot))
