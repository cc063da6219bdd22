import { idRecord } from './idRecord'
import type { Id, PersonRatings, WorkspaceData } from './types'

/**
 * A deep copy of a workspace with every id made new (ids are keys across all workspaces), so
 * writing it can never overwrite records of the workspace it came from. It shares no array, typed
 * array or object with the original; slots stay as they are. A reference to an id the workspace
 * does not hold gets a fresh id too: it still points at nothing.
 */
export function withFreshIds(data: WorkspaceData, newId: () => Id): WorkspaceData {
  const ids = new Map<Id, Id>()
  const fresh = (id: Id) => {
    let next = ids.get(id)
    if (!next) {
      next = newId()
      ids.set(id, next)
    }
    return next
  }
  const { workspace } = data
  const categories = data.categories.map((c) => ({ ...c, id: fresh(c.id) }))
  const skills = data.skills.map((s) => ({
    ...s,
    id: fresh(s.id),
    categoryId: fresh(s.categoryId),
    aliases: [...s.aliases],
    target: { ...s.target },
  }))
  const people = data.people.map((p) => ({ ...p, id: fresh(p.id) }))
  const roles = data.roles.map((r) => ({
    ...r,
    id: fresh(r.id),
    requirements: idRecord(Object.entries(r.requirements).map(([skillId, level]) => [fresh(skillId), level] as const)),
  }))
  const resources = data.resources.map((r) => ({
    ...r,
    id: fresh(r.id),
    title: { ...r.title },
    teaches: idRecord(Object.entries(r.teaches).map(([skillId, level]) => [fresh(skillId), level] as const)),
  }))
  const ratings = new Map<Id, PersonRatings>()
  for (const record of data.ratings.values()) {
    const personId = fresh(record.personId)
    ratings.set(personId, {
      personId,
      levels: record.levels.slice(),
      self: record.self.slice(),
      interest: record.interest.slice(),
      updatedAt: record.updatedAt,
    })
  }
  return {
    workspace: {
      ...workspace,
      id: newId(),
      scale: workspace.scale.map((level) => ({ ...level, label: { ...level.label }, hint: { ...level.hint } })),
      interestScale: workspace.interestScale.map((interest) => ({ ...interest, label: { ...interest.label } })),
      defaultTarget: { ...workspace.defaultTarget },
      costModel: { ...workspace.costModel },
    },
    categories,
    skills,
    people,
    roles,
    resources,
    ratings,
  }
}

/** A duplicate of a workspace: a copy with fresh ids under its own name, created now. */
export function cloneWorkspace(
  data: WorkspaceData,
  options: { name: string; now: number; newId: () => Id },
): WorkspaceData {
  const copy = withFreshIds(data, options.newId)
  return {
    ...copy,
    workspace: { ...copy.workspace, name: options.name, createdAt: options.now, updatedAt: options.now },
  }
}
