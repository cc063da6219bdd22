import { acceptHMRUpdate, defineStore } from 'pinia'
import type { Locale } from '../domain/text'
import type { Id } from '../domain/types'
import type { CsvExportKind } from '../io/exportCsv'
import type { SelfFormLabels } from '../io/selfAssessment'
import { useStorageStatusStore } from './storageStatus'
import { useWorkspaceStore } from './workspace'

/** A file to hand to the browser as a download. */
export interface ExportFile {
  name: string
  type: string
  text: string
}

const CSV_TYPE = 'text/csv;charset=utf-8'

/** The CSV exports of the matrix and the self-assessment forms. Writers load on first use, not with the app. */
export const useExportStore = defineStore('export', () => {
  const workspace = useWorkspaceStore()
  const storage = useStorageStatusStore()

  async function csvFile(kind: CsvExportKind): Promise<ExportFile | null> {
    const data = workspace.data
    if (!data) return null
    const { exportFileName, exportLong, exportSkills, exportWide } = await import('../io/exportCsv')
    const write = { wide: exportWide, long: exportLong, skills: exportSkills }[kind]
    storage.recordExport()
    return { name: exportFileName(data.workspace.name, kind, 'csv'), type: CSV_TYPE, text: write(data) }
  }

  /** A self-assessment form for one person or (null) everyone, in the language of `labels`. */
  async function selfAssessmentFile(personId: Id | null, labels: SelfFormLabels, locale: Locale): Promise<ExportFile | null> {
    const data = workspace.data
    if (!data) return null
    const [{ exportFileName }, { selfAssessmentCsv }] = await Promise.all([import('../io/exportCsv'), import('../io/selfAssessment')])
    const person = personId ? data.people.find((p) => p.id === personId) : null
    if (personId && !person) return null
    const date = new Date().toISOString().slice(0, 10)
    const name = exportFileName(person ? `${data.workspace.name}-${person.name}` : data.workspace.name, 'self-assessment', 'csv')
    return { name, type: CSV_TYPE, text: selfAssessmentCsv(data, personId ? [personId] : null, labels, locale, date) }
  }

  return { csvFile, selfAssessmentFile }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useExportStore, import.meta.hot))
