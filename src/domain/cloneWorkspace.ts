import type { Id, WorkspaceData } from './types'

/** A copy of a workspace with fresh ids everywhere (ids are keys across all workspaces). */
export function cloneWorkspace(data: WorkspaceData, options: { name: string; now: number; newId: () => Id }): WorkspaceData {
  const { newId } = options
  const categoryIds = new Map(data.categories.map((c) => [c.id, newId()]))
  const skillIds = new Map(data.skills.map((s) => [s.id, newId()]))
  const personIds = new Map(data.people.map((p) => [p.id, newId()]))
  const mapped = (ids: Map<Id, Id>, id: Id): Id => ids.get(id) ?? id
  return {
    workspace: { ...data.workspace, id: newId(), name: options.name, createdAt: options.now, updatedAt: options.now },
    categories: data.categories.map((c) => ({ ...c, id: mapped(categoryIds, c.id) })),
    skills: data.skills.map((s) => ({ ...s, id: mapped(skillIds, s.id), categoryId: mapped(categoryIds, s.categoryId), aliases: [...s.aliases], target: { ...s.target }, links: s.links.map((l) => ({ ...l })) })),
    people: data.people.map((p) => ({ ...p, id: mapped(personIds, p.id) })),
    roles: data.roles.map((r) => ({
      ...r,
      id: newId(),
      requirements: Object.fromEntries(Object.entries(r.requirements).map(([skillId, level]) => [mapped(skillIds, skillId), level])),
    })),
    ratings: new Map(
      [...data.ratings.values()].map((r) => {
        const personId = mapped(personIds, r.personId)
        return [personId, { personId, levels: r.levels.slice(), self: r.self.slice(), interest: r.interest.slice(), updatedAt: r.updatedAt }]
      }),
    ),
  }
}
