import type { PlanResult } from '../domain/planner/types'
import { useExportStore, type ExportFile } from '../stores/export'
import { usePlanTable } from './usePlanTable'

/** The plan as a CSV file in the current language. */
export function usePlanExport() {
  const planTable = usePlanTable()
  const exports = useExportStore()

  function planFile(result: PlanResult): ExportFile {
    const { header, rows } = planTable(result)
    return exports.planFile(header, rows)
  }

  return { planFile }
}
