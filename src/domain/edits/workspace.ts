import type { Change } from '../changes'
import {
  CSV_DELIMITERS,
  RATING_SOURCES,
  type CostModel,
  type CsvExportSettings,
  type Workspace,
  type WorkspaceData,
} from '../types'
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

function validCostModel(model: CostModel): CostModel {
  for (const [key, value] of Object.entries(model)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      throw new EditError('edit.costModelValue', { key, value: String(value) })
  }
  if (!Number.isInteger(model.maxTrainingsPerPerson))
    throw new EditError('edit.costModelValue', { key: 'maxTrainingsPerPerson', value: model.maxTrainingsPerPerson })
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
