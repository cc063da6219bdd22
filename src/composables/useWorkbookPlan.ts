import { effectScope } from 'vue'
import { useI18n } from 'vue-i18n'
import { loadAreas } from '../i18n'
import type { PlanSheet } from '../io/exportXlsx'
import { useWorkspaceStore } from '../stores/workspace'

/**
 * The latest plan for the matrix workbook's Plan sheet: null when none was made in this tab; a
 * plan made before the data last changed goes in with a note saying so. The plan store, its texts
 * and the planner's messages load only here, on export, never with the matrix page.
 */
export function useWorkbookPlan() {
  const i18n = useI18n()
  const workspace = useWorkspaceStore()

  return async function workbookPlan(): Promise<PlanSheet | null> {
    const [{ usePlanStore }, { createPlanText }, { createPlanTable }] = await Promise.all([
      import('../stores/plan'),
      import('./usePlanText'),
      import('./usePlanTable'),
      loadAreas(['planner']),
    ])
    const plan = usePlanStore()
    const result = plan.result
    if (!result) return null
    // The texts' computed lookups live only as long as this one table.
    const scope = effectScope(true)
    const table = scope.run(() => createPlanTable(i18n.t, createPlanText({ workspace, plan, i18n }))(result))
    scope.stop()
    if (!table) return null
    return plan.stale ? { ...table, note: i18n.t('importExport.workbook.planStale') } : table
  }
}
