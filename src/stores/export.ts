import { acceptHMRUpdate, defineStore } from 'pinia'
import type { Locale } from '../domain/text'
import { csvExportSettings, type Id } from '../domain/types'
import { exportFileName, exportLong, exportSkills, exportWide, type CsvExportKind } from '../io/exportCsv'
import type { PlanSheet } from '../io/exportXlsx'
import { buildPlanCsv } from '../io/planCsv'
import {
  personFileNames,
  selfAssessmentCsv,
  selfAssessmentFiles,
  selfFormRows as formRows,
  type SelfFormLabels,
  type SelfFormRow,
} from '../io/selfAssessment'
import { useSettingsStore } from './settings'
import { useStorageStatusStore } from './storageStatus'
import { useWorkspaceStore } from './workspace'

/** A file to hand to the browser as a download. */
export interface ExportFile {
  name: string
  type: string
  text: string
}

/** A binary file (the zip of everyone's self-assessment forms). */
export interface BinaryExportFile {
  name: string
  type: string
  bytes: Uint8Array<ArrayBuffer>
}

/** A self-assessment form as CSV or as a workbook with drop-downs. */
export type SelfFormFormat = 'csv' | 'xlsx'

const CSV_TYPE = 'text/csv;charset=utf-8'
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

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

  /** The matrix exports: English (stored) names and headers, or Russian ones when the workspace says "Names in Russian". */
  function csvFile(kind: CsvExportKind): ExportFile | null {
    const data = workspace.data
    if (!data) return null
    const write = { wide: exportWide, long: exportLong, skills: exportSkills }[kind]
    const { delimiter, localNames } = csvExportSettings(data.workspace, settings.locale)
    storage.recordExport()
    return {
      name: exportFileName(data.workspace.name, kind, 'csv'),
      type: CSV_TYPE,
      text: write(data, { delimiter, names: localNames ? 'ru' : 'en' }),
    }
  }

  /** One person's self-assessment form, in the language of `labels`; the lead's current level left out unless `showCurrentLevel`. */
  function selfAssessmentFile(
    personId: Id,
    labels: SelfFormLabels,
    locale: Locale,
    showCurrentLevel = false,
  ): ExportFile | null {
    const data = workspace.data
    const person = data?.people.find((p) => p.id === personId)
    if (!data || !person) return null
    const date = new Date().toISOString().slice(0, 10)
    const name = exportFileName(`${data.workspace.name}-${person.name}`, 'self-assessment', 'csv')
    return {
      name,
      type: CSV_TYPE,
      text: selfAssessmentCsv(data, [personId], labels, locale, date, {
        delimiter: delimiter(),
        hideCurrentLevel: !showCurrentLevel,
      }),
    }
  }

  /**
   * One person's self-assessment form as a workbook: "Your level" and "Your interest" are
   * drop-downs of the scale's words in the form's language. Its writer (exceljs) loads only here.
   */
  async function selfAssessmentWorkbookFile(
    personId: Id,
    labels: SelfFormLabels,
    locale: Locale,
    showCurrentLevel = false,
  ): Promise<BinaryExportFile | null> {
    const data = workspace.data
    const person = data?.people.find((p) => p.id === personId)
    if (!data || !person) return null
    const { selfAssessmentWorkbook } = await import('../io/selfAssessmentXlsx')
    const date = new Date().toISOString().slice(0, 10)
    return {
      name: exportFileName(`${data.workspace.name}-${person.name}`, 'self-assessment', 'xlsx'),
      type: XLSX_TYPE,
      bytes: await selfAssessmentWorkbook(data, personId, labels, locale, date, {
        hideCurrentLevel: !showCurrentLevel,
      }),
    }
  }

  /**
   * Everyone's forms as a zip of one file per person (CSV or workbook), each holding only that
   * person's rows: a form sent to the team shows nobody anyone else's ratings or email. The zip
   * code loads only here.
   */
  async function selfAssessmentZip(
    labels: SelfFormLabels,
    locale: Locale,
    showCurrentLevel = false,
    format: SelfFormFormat = 'csv',
  ): Promise<BinaryExportFile | null> {
    const data = workspace.data
    if (!data || !data.people.length) return null
    const { zipSync, strToU8 } = await import('fflate')
    const date = new Date().toISOString().slice(0, 10)
    const options = { delimiter: delimiter(), hideCurrentLevel: !showCurrentLevel }
    const fileName = (person: string) => exportFileName(`${data.workspace.name}-${person}`, 'self-assessment', format)
    let entries: [string, Uint8Array][]
    if (format === 'xlsx') {
      const { selfAssessmentWorkbook } = await import('../io/selfAssessmentXlsx')
      entries = []
      for (const { personId, name } of personFileNames(data, fileName))
        entries.push([name, await selfAssessmentWorkbook(data, personId, labels, locale, date, options)])
    } else {
      const files = selfAssessmentFiles(data, fileName, labels, locale, date, options)
      entries = files.map((file) => [file.name, strToU8(file.text)])
    }
    // A workbook is already deflated inside: stored as is, the zip is as small and made faster.
    const zip = zipSync(Object.fromEntries(entries), { level: format === 'xlsx' ? 0 : 6 })
    return {
      name: exportFileName(data.workspace.name, 'self-assessment', 'zip'),
      type: 'application/zip',
      bytes: new Uint8Array(zip),
    }
  }

  /** The rows of one person's printable self-assessment form. */
  function selfFormRows(personId: Id, locale: Locale): SelfFormRow[] {
    const data = workspace.data
    return data ? formRows(data, [personId], locale) : []
  }

  /**
   * The matrix workbook (.xlsx): Matrix (heat-map fills, merged categories, frozen panes, an
   * autofilter), Coverage and, when given, the plan. Its writer (exceljs) loads only here.
   */
  async function matrixWorkbookFile(plan: PlanSheet | null = null): Promise<BinaryExportFile | null> {
    const data = workspace.data
    if (!data) return null
    const { matrixWorkbook } = await import('../io/exportXlsx')
    const bytes = await matrixWorkbook(data, { locale: settings.locale === 'ru' ? 'ru' : 'en', plan })
    storage.recordExport()
    return { name: exportFileName(data.workspace.name, 'matrix', 'xlsx'), type: XLSX_TYPE, bytes }
  }

  /** The plan as a CSV file, its cells as the plan page words them. */
  function planFile(header: readonly string[], rows: readonly (readonly (string | number)[])[]): ExportFile {
    return {
      name: `skillgrid-plan-${new Date().toISOString().slice(0, 10)}.csv`,
      type: CSV_TYPE,
      text: buildPlanCsv(header, rows, delimiter()),
    }
  }

  return {
    csvFile,
    matrixWorkbookFile,
    selfAssessmentFile,
    selfAssessmentWorkbookFile,
    selfAssessmentZip,
    selfFormRows,
    planFile,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useExportStore, import.meta.hot))
