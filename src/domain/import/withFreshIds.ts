import type { Id, PersonRatings, RoleTemplate, WorkspaceData } from '../types'

/**
 * A restored backup with every id made new, so restoring into this browser can never overwrite
 * records of another workspace that still holds the original ids. Slots stay as they are.
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
  const categories = data.categories.map((c) => ({ ...c, id: fresh(c.id) }))
  const skills = data.skills.map((s) => ({ ...s, id: fresh(s.id), categoryId: fresh(s.categoryId), aliases: [...s.aliases], target: { ...s.target } }))
  const people = data.people.map((p) => ({ ...p, id: fresh(p.id) }))
  const roles: RoleTemplate[] = data.roles.map((r) => ({
    ...r,
    id: fresh(r.id),
    requirements: Object.fromEntries(Object.entries(r.requirements).map(([skillId, level]) => [fresh(skillId), level])),
  }))
  const ratings = new Map<Id, PersonRatings>()
  for (const record of data.ratings.values()) {
    const personId = fresh(record.personId)
    ratings.set(personId, { ...record, personId })
  }
  return { workspace: { ...data.workspace, id: newId() }, categories, skills, people, roles, ratings }
}
