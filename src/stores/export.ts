import { acceptHMRUpdate, defineStore } from 'pinia'
import type { Locale } from '../domain/text'
import { csvExportSettings, type Id } from '../domain/types'
import { exportFileName, exportLong, exportSkills, exportWide, type CsvExportKind } from '../io/exportCsv'
import { buildPlanCsv } from '../io/planCsv'
import { selfAssessmentCsv, selfFormRows as formRows, type SelfFormLabels, type SelfFormRow } from '../io/selfAssessment'
import { useSettingsStore } from './settings'
import { useStorageStatusStore } from './storageStatus'
import { useWorkspaceStore } from './workspace'

/** A file to hand to the browser as a download. */
export interface ExportFile {
  name: string
  type: string
  text: string
}

const CSV_TYPE = 'text/csv;charset=utf-8'

/**
 * The CSV exports: the matrix, the self-assessment forms (as files and as the printable page's
 * rows) and the plan. This store and its writers load on first use, not with the app.
 */
export const useExportStore = defineStore('export', () => {
  const workspace = useWorkspaceStore()
  const storage = useStorageStatusStore()
  const settings = useSettingsStore()

  /** The delimiter every CSV export is written with: the workspace's choice, else the language's. */
  function delimiter() {
    const data = workspace.data
    return data ? csvExportSettings(data.workspace, settings.locale).delimiter : ','
  }

  function csvFile(kind: CsvExportKind): ExportFile | null {
    const data = workspace.data
    if (!data) return null
    const write = { wide: exportWide, long: exportLong, skills: exportSkills }[kind]
    storage.recordExport()
    return { name: exportFileName(data.workspace.name, kind, 'csv'), type: CSV_TYPE, text: write(data, { delimiter: delimiter() }) }
  }

  /** A self-assessment form for one person or (null) everyone, in the language of `labels`. */
  function selfAssessmentFile(personId: Id | null, labels: SelfFormLabels, locale: Locale): ExportFile | null {
    const data = workspace.data
    if (!data) return null
    const person = personId ? data.people.find((p) => p.id === personId) : null
    if (personId && !person) return null
    const date = new Date().toISOString().slice(0, 10)
    const name = exportFileName(person ? `${data.workspace.name}-${person.name}` : data.workspace.name, 'self-assessment', 'csv')
    return { name, type: CSV_TYPE, text: selfAssessmentCsv(data, personId ? [personId] : null, labels, locale, date, delimiter()) }
  }

  /** The rows of one person's printable self-assessment form. */
  function selfFormRows(personId: Id, locale: Locale): SelfFormRow[] {
    const data = workspace.data
    return data ? formRows(data, [personId], locale) : []
  }

  /** The plan as a CSV file, its cells as the plan page words them. */
  function planFile(header: readonly string[], rows: readonly (readonly (string | number)[])[]): ExportFile {
    return { name: `skillgrid-plan-${new Date().toISOString().slice(0, 10)}.csv`, type: CSV_TYPE, text: buildPlanCsv(header, rows, delimiter()) }
  }

  return { csvFile, selfAssessmentFile, selfFormRows, planFile }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useExportStore, import.meta.hot))
