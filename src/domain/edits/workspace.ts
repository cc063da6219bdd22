import type { Change } from '../changes'
import {
  CSV_DELIMITERS,
  RATING_SOURCES,
  type CostModel,
  type CsvExportSettings,
  type Workspace,
  type WorkspaceData,
} from '../types'
import { MAX_MENTEES } from '../limits'
import { costProblem, countProblem, type FieldProblem } from '../planner/validate'
import { EditError, requireText } from './editError'

export type WorkspacePatch = Partial<
  Pick<Workspace, 'name' | 'scale' | 'defaultTarget' | 'ratingSource' | 'staleAfterMonths' | 'csvExport'>
> & { costModel?: Partial<CostModel> }

export const MAX_STALE_MONTHS = 120

function validStaleMonths(value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_STALE_MONTHS)
    throw new EditError('edit.staleMonthsRange', { value: String(value), max: MAX_STALE_MONTHS })
  return value
}

/** The one rule for each cost model field: the form shows it at the field, an edit refuses it. */
export function costModelFieldProblem(key: keyof CostModel, value: number): FieldProblem | null {
  if (key === 'maxTrainingsPerPerson') return countProblem(value)
  if (key === 'menteesPerMentor') return countProblem(value, MAX_MENTEES)
  return costProblem(value)
}

function validCostModel(model: CostModel): CostModel {
  for (const [key, value] of Object.entries(model) as [keyof CostModel, number][]) {
    const problem = costModelFieldProblem(key, value)
    if (problem)
      throw new EditError(problem.key === 'plan.input.costDecimals' ? 'edit.costDecimals' : 'edit.costModelValue', {
        key,
        value: String(value),
      })
  }
  return model
}

function validCsvExport(settings: CsvExportSettings): CsvExportSettings {
  if (!CSV_DELIMITERS.includes(settings.delimiter))
    throw new EditError('edit.csvDelimiter', { value: settings.delimiter })
  return { delimiter: settings.delimiter, localNames: settings.localNames === true }
}

export function updateWorkspace(data: WorkspaceData, patch: WorkspacePatch): Change | null {
  const before = data.workspace
  const after: Workspace = {
    ...before,
    name: patch.name !== undefined ? requireText(patch.name, 'edit.nameRequired') : before.name,
    scale: patch.scale ?? before.scale,
    defaultTarget: patch.defaultTarget ?? before.defaultTarget,
    costModel: patch.costModel ? validCostModel({ ...before.costModel, ...patch.costModel }) : before.costModel,
    ratingSource:
      patch.ratingSource && RATING_SOURCES.includes(patch.ratingSource) ? patch.ratingSource : before.ratingSource,
    staleAfterMonths:
      patch.staleAfterMonths !== undefined ? validStaleMonths(patch.staleAfterMonths) : before.staleAfterMonths,
  }
  if (patch.csvExport) after.csvExport = validCsvExport(patch.csvExport)
  if (JSON.stringify(after) === JSON.stringify(before)) return null
  return {
    label: { action: patch.name !== undefined ? 'renameWorkspace' : 'editWorkspace', subject: before.name },
    forward: { workspace: after },
    backward: { workspace: before },
  }
}
