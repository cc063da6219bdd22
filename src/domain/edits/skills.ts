import type { Change, Delta } from '../changes'
import { byOrder, moveItem, nextOrder } from '../order'
import type { Locale } from '../text'
import { nameKey } from '../text'
import { idRecord } from '../idRecord'
import type { Category, Id, LearningResource, RoleTemplate, Skill, SkillTarget, WorkspaceData } from '../types'
import { EditError, requireText, warnOfControlCharacters } from './editError'
import { renamedInLocale } from './rename'
import { MAX_SLOTS, MAX_TARGET_PEOPLE } from '../limits'

function findSkill(data: WorkspaceData, id: Id): Skill {
  const skill = data.skills.find((s) => s.id === id)
  if (!skill) throw new EditError('edit.skillMissing')
  return skill
}

function findCategory(data: WorkspaceData, id: Id): Category {
  const category = data.categories.find((c) => c.id === id)
  if (!category) throw new EditError('edit.categoryMissing')
  return category
}

/** Skill names are unique per workspace, case- and space-insensitively, in either language. */
export function checkSkillNameFree(data: WorkspaceData, name: string, exceptId?: Id): void {
  const key = nameKey(name)
  const clash = data.skills.find(
    (s) => s.id !== exceptId && (nameKey(s.name) === key || (s.nameRu !== '' && nameKey(s.nameRu) === key)),
  )
  if (clash) throw new EditError('edit.skillNameTaken', { name })
}

function checkCategoryNameFree(data: WorkspaceData, name: string, exceptId?: Id): void {
  const key = nameKey(name)
  const clash = data.categories.find(
    (c) => c.id !== exceptId && (nameKey(c.name) === key || (c.nameRu !== '' && nameKey(c.nameRu) === key)),
  )
  if (clash) throw new EditError('edit.categoryNameTaken', { name })
}

export function validTarget(target: SkillTarget): SkillTarget {
  const level = target.level
  if (![1, 2, 3, 4].includes(level)) throw new EditError('edit.targetLevelRange', { value: level })
  if (!Number.isInteger(target.people) || target.people < 0 || target.people > MAX_TARGET_PEOPLE)
    throw new EditError('edit.targetPeopleRange', { value: target.people, max: MAX_TARGET_PEOPLE })
  return { level, people: target.people }
}

export type NewSkillFields = Pick<Skill, 'id' | 'categoryId' | 'slot' | 'name' | 'order' | 'target'> &
  Partial<Pick<Skill, 'nameRu' | 'aliases' | 'description' | 'critical' | 'frameworkId'>>

/** The one builder of a new skill record (added, imported or seeded): its target is always validated. */
export function newSkill(fields: NewSkillFields): Skill {
  if (!Number.isInteger(fields.slot) || fields.slot < 0 || fields.slot >= MAX_SLOTS)
    throw new EditError('edit.tooManySkills', { max: MAX_SLOTS })
  return {
    id: fields.id,
    categoryId: fields.categoryId,
    slot: fields.slot,
    name: fields.name,
    nameRu: fields.nameRu ?? '',
    aliases: [...(fields.aliases ?? [])],
    description: fields.description ?? '',
    order: fields.order,
    target: validTarget(fields.target),
    critical: fields.critical ?? false,
    frameworkId: fields.frameworkId ?? '',
    notes: '',
  }
}

export function addSkill(
  data: WorkspaceData,
  fields: { name: string; categoryId: Id; target?: SkillTarget; critical?: boolean; description?: string },
  id: Id,
): Change {
  const name = requireText(fields.name, 'edit.nameRequired')
  checkSkillNameFree(data, name)
  findCategory(data, fields.categoryId)
  const slot = data.workspace.nextSlot
  const skill = newSkill({
    id,
    categoryId: fields.categoryId,
    slot,
    name,
    order: nextOrder(data.skills.filter((s) => s.categoryId === fields.categoryId)),
    target: fields.target ?? data.workspace.defaultTarget,
    description: fields.description,
    critical: fields.critical,
  })
  // The slot counter never goes back, even on undo: a slot is never reused in a workspace.
  const change: Change = {
    label: { action: 'addSkill', subject: name },
    forward: { skills: { put: [skill] }, workspace: { ...data.workspace, nextSlot: slot + 1 } },
    backward: { skills: { delete: [id] } },
  }
  return warnOfControlCharacters(change, { skillName: fields.name })
}

export type SkillPatch = Partial<Pick<Skill, 'description' | 'critical' | 'aliases' | 'notes'>> & {
  target?: Partial<SkillTarget>
}

function patchedSkill(skill: Skill, patch: SkillPatch): Skill {
  return {
    ...skill,
    description: patch.description ?? skill.description,
    critical: patch.critical ?? skill.critical,
    aliases: patch.aliases ?? skill.aliases,
    notes: patch.notes ?? skill.notes,
    target: patch.target ? validTarget({ ...skill.target, ...patch.target }) : skill.target,
  }
}

function sameSkill(a: Skill, b: Skill): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** Edits target, critical flag, description or aliases of one or many skills (bulk edit per category). */
export function updateSkills(data: WorkspaceData, ids: readonly Id[], patch: SkillPatch): Change | null {
  const before = ids.map((id) => findSkill(data, id))
  const pairs = before.map((skill) => [skill, patchedSkill(skill, patch)] as const).filter(([a, b]) => !sameSkill(a, b))
  if (!pairs.length) return null
  const first = pairs[0]?.[0]
  return {
    label: {
      action: pairs.length > 1 ? 'editSkills' : 'editSkill',
      subject: pairs.length > 1 ? String(pairs.length) : (first?.name ?? ''),
    },
    forward: { skills: { put: pairs.map(([, after]) => after) } },
    backward: { skills: { put: pairs.map(([beforeSkill]) => beforeSkill) } },
  }
}

/** Renames in the current language: the stored name in English, the Russian name in Russian. */
export function renameSkill(data: WorkspaceData, id: Id, name: string, locale: Locale): Change | null {
  const skill = findSkill(data, id)
  const next = renamedInLocale(skill, name, locale, (candidate) => checkSkillNameFree(data, candidate, id))
  if (sameSkill(skill, next)) return null
  const change: Change = {
    label: { action: 'renameSkill', subject: skill.name },
    forward: { skills: { put: [next] } },
    backward: { skills: { put: [skill] } },
  }
  return warnOfControlCharacters(change, { skillName: name })
}

/** Puts a skill at `index` within `categoryId` (possibly another category), renumbering both. */
export function moveSkill(data: WorkspaceData, id: Id, categoryId: Id, index: number): Change | null {
  const skill = findSkill(data, id)
  findCategory(data, categoryId)
  const target = byOrder(data.skills.filter((s) => s.categoryId === categoryId && s.id !== id))
  target.splice(Math.max(0, Math.min(index, target.length)), 0, { ...skill, categoryId })
  const renumbered = target.map((s, order) => ({ ...s, order }))
  const source =
    skill.categoryId === categoryId
      ? []
      : byOrder(data.skills.filter((s) => s.categoryId === skill.categoryId && s.id !== id)).map((s, order) => ({
          ...s,
          order,
        }))
  const original = new Map(data.skills.map((s) => [s.id, s]))
  const changed = [...renumbered, ...source].filter((s) => {
    const old = original.get(s.id)
    return !old || !sameSkill(old, s)
  })
  if (!changed.length) return null
  return {
    label: { action: 'moveSkill', subject: skill.name },
    forward: { skills: { put: changed } },
    backward: { skills: { put: changed.flatMap((s) => original.get(s.id) ?? []) } },
  }
}

function rolesWithout(
  roles: readonly RoleTemplate[],
  skillIds: ReadonlySet<Id>,
): { before: RoleTemplate[]; after: RoleTemplate[] } {
  const before: RoleTemplate[] = []
  const after: RoleTemplate[] = []
  for (const role of roles) {
    const kept = Object.entries(role.requirements).filter(([skillId]) => !skillIds.has(skillId))
    if (kept.length === Object.keys(role.requirements).length) continue
    before.push(role)
    after.push({ ...role, requirements: idRecord(kept) })
  }
  return { before, after }
}

function resourcesWithout(
  resources: readonly LearningResource[],
  skillIds: ReadonlySet<Id>,
): { before: LearningResource[]; after: LearningResource[] } {
  const before: LearningResource[] = []
  const after: LearningResource[] = []
  for (const resource of resources) {
    const kept = Object.entries(resource.teaches).filter(([skillId]) => !skillIds.has(skillId))
    if (kept.length === Object.keys(resource.teaches).length) continue
    before.push(resource)
    after.push({ ...resource, teaches: idRecord(kept) })
  }
  return { before, after }
}

function deleteSkillsDelta(data: WorkspaceData, skills: readonly Skill[]): { forward: Delta; backward: Delta } {
  const ids = new Set(skills.map((s) => s.id))
  const roles = rolesWithout(data.roles, ids)
  // A resource stays in the catalogue when it no longer teaches anything: the lead may reuse it.
  const resources = resourcesWithout(data.resources, ids)
  // Ratings stay in the skill's slot: harmless (the slot is never reused) and undo needs them.
  return {
    forward: { skills: { delete: [...ids] }, roles: { put: roles.after }, resources: { put: resources.after } },
    backward: { skills: { put: [...skills] }, roles: { put: roles.before }, resources: { put: resources.before } },
  }
}

export function deleteSkill(data: WorkspaceData, id: Id): Change {
  const skill = findSkill(data, id)
  return { label: { action: 'deleteSkill', subject: skill.name }, ...deleteSkillsDelta(data, [skill]) }
}

export function addCategory(data: WorkspaceData, name: string, id: Id): Change {
  const trimmed = requireText(name, 'edit.nameRequired')
  checkCategoryNameFree(data, trimmed)
  const category: Category = { id, name: trimmed, nameRu: '', order: nextOrder(data.categories) }
  const change: Change = {
    label: { action: 'addCategory', subject: trimmed },
    forward: { categories: { put: [category] } },
    backward: { categories: { delete: [id] } },
  }
  return warnOfControlCharacters(change, { categoryName: name })
}

export function renameCategory(data: WorkspaceData, id: Id, name: string, locale: Locale): Change | null {
  const category = findCategory(data, id)
  const next = { ...category }
  if (locale === 'ru' && category.nameRu !== '') next.nameRu = requireText(name, 'edit.nameRequired')
  else next.name = requireText(name, 'edit.nameRequired')
  checkCategoryNameFree(data, locale === 'ru' && category.nameRu !== '' ? next.nameRu : next.name, id)
  if (next.name === category.name && next.nameRu === category.nameRu) return null
  const change: Change = {
    label: { action: 'renameCategory', subject: category.name },
    forward: { categories: { put: [next] } },
    backward: { categories: { put: [category] } },
  }
  return warnOfControlCharacters(change, { categoryName: name })
}

export function moveCategory(data: WorkspaceData, id: Id, index: number): Change | null {
  const ordered = byOrder(data.categories)
  const from = ordered.findIndex((c) => c.id === id)
  if (from < 0) throw new EditError('edit.categoryMissing')
  const moved = moveItem(ordered, from, index).map((c, order) => ({ ...c, order }))
  const original = new Map(data.categories.map((c) => [c.id, c]))
  const changed = moved.filter((c) => original.get(c.id)?.order !== c.order)
  if (!changed.length) return null
  return {
    label: { action: 'moveCategory', subject: ordered[from]?.name ?? '' },
    forward: { categories: { put: changed } },
    backward: { categories: { put: changed.flatMap((c) => original.get(c.id) ?? []) } },
  }
}

/** Deletes a category together with its skills (the confirmation says how many). */
export function deleteCategory(data: WorkspaceData, id: Id): Change {
  const category = findCategory(data, id)
  const skills = data.skills.filter((s) => s.categoryId === id)
  const { forward, backward } = deleteSkillsDelta(data, skills)
  return {
    label: { action: 'deleteCategory', subject: category.name },
    forward: { ...forward, categories: { delete: [id] } },
    backward: { ...backward, categories: { put: [category] } },
  }
}
