import type { Change } from '../changes'
import type { CostModel, Workspace, WorkspaceData } from '../types'
import { EditError, requireText } from './editError'

export type WorkspacePatch = Partial<Pick<Workspace, 'name' | 'scale' | 'defaultTarget'>> & { costModel?: Partial<CostModel> }

function validCostModel(model: CostModel): CostModel {
  for (const [key, value] of Object.entries(model)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new EditError('edit.costModelValue', { key, value: String(value) })
  }
  if (!Number.isInteger(model.maxTrainingsPerPerson)) throw new EditError('edit.costModelValue', { key: 'maxTrainingsPerPerson', value: model.maxTrainingsPerPerson })
  return model
}

export function updateWorkspace(data: WorkspaceData, patch: WorkspacePatch): Change | null {
  const before = data.workspace
  const after: Workspace = {
    ...before,
    name: patch.name !== undefined ? requireText(patch.name, 'edit.nameRequired') : before.name,
    scale: patch.scale ?? before.scale,
    defaultTarget: patch.defaultTarget ?? before.defaultTarget,
    costModel: patch.costModel ? validCostModel({ ...before.costModel, ...patch.costModel }) : before.costModel,
  }
  if (JSON.stringify(after) === JSON.stringify(before)) return null
  return {
    label: { action: patch.name !== undefined ? 'renameWorkspace' : 'editWorkspace', subject: before.name },
    forward: { workspace: after },
    backward: { workspace: before },
  }
}
