import type { Change } from '../changes'
import { idRecord, valueFor } from '../idRecord'
import { nextOrder } from '../order'
import { isLevel, type Level } from '../scale'
import type { Locale } from '../text'
import { nameKey } from '../text'
import type { Id, RoleTemplate, WorkspaceData } from '../types'
import { costProblem, type FieldProblem } from '../planner/validate'
import { EditError, requireText, warnOfControlCharacters } from './editError'
import { renamedInLocale } from './rename'

function findRole(data: WorkspaceData, id: Id): RoleTemplate {
  const role = data.roles.find((r) => r.id === id)
  if (!role) throw new EditError('edit.roleMissing')
  return role
}

/** Role names are unique per workspace, case- and space-insensitively, in either language. */
function checkRoleNameFree(data: WorkspaceData, name: string, exceptId?: Id): void {
  const key = nameKey(name)
  const clash = data.roles.find(
    (r) => r.id !== exceptId && (nameKey(r.name) === key || (r.nameRu !== '' && nameKey(r.nameRu) === key)),
  )
  if (clash) throw new EditError('edit.roleNameTaken', { name })
}

/** The most a hire may cost: a bound against typos (a salary typed into effort units). */
export const MAX_HIRE_COST = 1_000_000

/** The one rule for a hire cost (the cost rule, at most MAX_HIRE_COST): the role form shows it, an edit refuses it. */
export function hireCostProblem(value: number): FieldProblem | null {
  return (
    costProblem(value) ?? (value > MAX_HIRE_COST ? { key: 'plan.input.costMax', params: { max: MAX_HIRE_COST } } : null)
  )
}

function validHireCost(value: number): number {
  const problem = hireCostProblem(value)
  if (problem)
    throw new EditError(problem.key === 'plan.input.costDecimals' ? 'edit.costDecimals' : 'edit.hireCostValue', {
      key: 'hireCost',
      value: String(value),
    })
  return value
}

function validRequirements(data: WorkspaceData, requirements: Record<Id, Level>): Record<Id, Level> {
  const skills = new Set(data.skills.map((s) => s.id))
  for (const [skillId, level] of Object.entries(requirements)) {
    if (!skills.has(skillId)) throw new EditError('edit.skillMissing')
    if (!isLevel(level)) throw new EditError('edit.requirementLevel', { value: String(level) })
  }
  return idRecord(Object.entries(requirements))
}

function replaceRole(before: RoleTemplate, after: RoleTemplate, action: string): Change | null {
  if (JSON.stringify(before) === JSON.stringify(after)) return null
  return {
    label: { action, subject: before.name },
    forward: { roles: { put: [after] } },
    backward: { roles: { put: [before] } },
  }
}

export interface RoleFields {
  name: string
  hireCost?: number
  requirements?: Record<Id, Level>
}

export function addRole(data: WorkspaceData, fields: RoleFields, id: Id): Change {
  const name = requireText(fields.name, 'edit.nameRequired')
  checkRoleNameFree(data, name)
  const role: RoleTemplate = {
    id,
    name,
    nameRu: '',
    requirements: validRequirements(data, fields.requirements ?? {}),
    hireCost: validHireCost(fields.hireCost ?? 8),
    order: nextOrder(data.roles),
    frameworkId: '',
  }
  const change: Change = {
    label: { action: 'addRole', subject: name },
    forward: { roles: { put: [role] } },
    backward: { roles: { delete: [id] } },
  }
  return warnOfControlCharacters(change, { roleName: fields.name })
}

/** A copy of a role under a new name (the page suggests "… (copy)"), placed last. */
export function duplicateRole(data: WorkspaceData, sourceId: Id, name: string, id: Id): Change {
  const source = findRole(data, sourceId)
  const change = addRole(data, { name, hireCost: source.hireCost, requirements: source.requirements }, id)
  return { ...change, label: { action: 'duplicateRole', subject: source.name } }
}

/** Renames in the current language: the stored name in English, the Russian name in Russian. */
export function renameRole(data: WorkspaceData, id: Id, name: string, locale: Locale): Change | null {
  const role = findRole(data, id)
  const next = renamedInLocale(role, name, locale, (candidate) => checkRoleNameFree(data, candidate, id))
  const change = replaceRole(role, next, 'renameRole')
  return change && warnOfControlCharacters(change, { roleName: name })
}

export function setHireCost(data: WorkspaceData, id: Id, hireCost: number): Change | null {
  const role = findRole(data, id)
  return replaceRole(role, { ...role, hireCost: validHireCost(hireCost) }, 'editRole')
}

/** Sets the level a hire in this role brings in a skill; null removes the requirement. */
export function setRoleRequirement(data: WorkspaceData, id: Id, skillId: Id, level: Level | null): Change | null {
  const role = findRole(data, id)
  const requirements = idRecord(Object.entries(role.requirements))
  if (level === null) delete requirements[skillId]
  else requirements[skillId] = valueFor(validRequirements(data, idRecord([[skillId, level]])), skillId) ?? level
  return replaceRole(role, { ...role, requirements }, 'editRole')
}

export function deleteRole(data: WorkspaceData, id: Id): Change {
  const role = findRole(data, id)
  return {
    label: { action: 'deleteRole', subject: role.name },
    forward: { roles: { delete: [id] } },
    backward: { roles: { put: [role] } },
  }
}
