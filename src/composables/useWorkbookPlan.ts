import { useI18n } from 'vue-i18n'
import { loadAreas } from '../i18n'
import type { PlanSheet } from '../io/exportXlsx'
import { usePlanTable } from './usePlanTable'

/**
 * The latest plan for the matrix workbook's Plan sheet: null when none was made in this tab; a
 * plan made before the data last changed goes in with a note saying so. The plan store and the
 * planner's messages load only here, on export, never with the matrix page.
 */
export function useWorkbookPlan() {
  const { t } = useI18n()
  const planTable = usePlanTable()

  return async function workbookPlan(): Promise<PlanSheet | null> {
    const [{ usePlanStore }] = await Promise.all([import('../stores/plan'), loadAreas(['planner'])])
    const plan = usePlanStore()
    if (!plan.result) return null
    const table = planTable(plan.result)
    return plan.stale ? { ...table, note: t('importExport.workbook.planStale') } : table
  }
}
