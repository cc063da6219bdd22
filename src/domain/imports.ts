import type { Change, Delta } from './changes'
import { EditError } from './edits/editError'
import { normaliseEmail } from './edits/people'
import { newSkill } from './edits/skills'
import { nextOrder } from './order'
import { INTEREST_UNSET, NOT_ASSESSED } from './scale'
import { nameKey } from './text'
import type { Category, Id, Person, PersonRatings, RoleTemplate, Skill, WorkspaceData } from './types'

/** Merge updates the people it matches and adds the rest; replace makes people and ratings exactly the file's. */
export type ImportMode = 'merge' | 'replace'

/** What the domain needs of a validated import draft: skills, people and their packed levels (people × skills). */
export interface ImportSource {
  skills: readonly { name: string; category: string }[]
  people: readonly { row: number; name: string; email: string; team: string; title: string }[]
  /** Person fields the file has columns for; a field it lacks is kept as stored (all present when absent). */
  fields?: { email: boolean; team: boolean; title: boolean }
  levels: Uint8Array
  interest: Uint8Array
  /** 'self' for a filled-in self-assessment form: its levels are the person's own. */
  format?: string
}

/** Which levels an import writes: a self-assessment form writes the person's own, any other file the lead's. */
export type RatingTarget = 'lead' | 'self'

export function ratingTargetOf(source: Pick<ImportSource, 'format'>): RatingTarget {
  return source.format === 'self' ? 'self' : 'lead'
}

/** A self-assessment speaks for the people in it only: it always merges. */
function modeFor(source: Pick<ImportSource, 'format'>, mode: ImportMode): ImportMode {
  return ratingTargetOf(source) === 'self' ? 'merge' : mode
}

/** Where skills without a category go. */
export const UNCATEGORISED = { name: 'Uncategorised', nameRu: 'Без категории' } as const

export interface SkillResolution {
  name: string
  /** The stored skill the column matched (by name, Russian name or alias), or null: a new skill. */
  existing: Skill | null
  /** The category a new skill goes to (its Russian name where it has one), and whether it is new too. */
  categoryName: string
  categoryNameRu: string
  categoryIsNew: boolean
}

export interface PersonResolution {
  row: number
  name: string
  existing: Person | null
  matchedBy: 'email' | 'name' | null
}

/** Two columns of the file that name one stored skill ("Writing" and its Russian name). */
export interface SkillConflict {
  first: string
  second: string
  skill: string
}

export interface ImportResolution {
  skills: SkillResolution[]
  people: PersonResolution[]
  newCategories: string[]
  /** Replace mode: stored people the file does not have, who would be removed. */
  removedPeople: Person[]
  conflicts: SkillConflict[]
}

function skillLookup(skills: readonly Skill[]): Map<string, Skill> {
  const byKey = new Map<string, Skill>()
  const add = (text: string, skill: Skill) => {
    const key = nameKey(text)
    if (key && !byKey.has(key)) byKey.set(key, skill)
  }
  // Names first, then Russian names, then aliases: a name always beats another skill's alias.
  for (const skill of skills) add(skill.name, skill)
  for (const skill of skills) add(skill.nameRu, skill)
  for (const skill of skills) for (const alias of skill.aliases) add(alias, skill)
  return byKey
}

function categoryLookup(categories: readonly Category[]): Map<string, Category> {
  const byKey = new Map<string, Category>()
  for (const category of categories) {
    for (const text of [category.name, category.nameRu]) {
      const key = nameKey(text)
      if (key && !byKey.has(key)) byKey.set(key, category)
    }
  }
  return byKey
}

/** Exact matching only: the same text ignoring case and spaces, never a part of a name. */
function resolveSkills(data: WorkspaceData, source: ImportSource) {
  const skills = skillLookup(data.skills)
  const categories = categoryLookup(data.categories)
  const newCategories = new Map<string, string>()
  const usedBy = new Map<Id, string>()
  const conflicts: SkillConflict[] = []
  const resolved = source.skills.map((incoming): SkillResolution => {
    const existing = skills.get(nameKey(incoming.name)) ?? null
    if (existing) {
      const earlier = usedBy.get(existing.id)
      if (earlier !== undefined) conflicts.push({ first: earlier, second: incoming.name, skill: existing.name })
      else usedBy.set(existing.id, incoming.name)
      const category = data.categories.find((c) => c.id === existing.categoryId)
      return { name: incoming.name, existing, categoryName: category?.name ?? '', categoryNameRu: category?.nameRu ?? '', categoryIsNew: false }
    }
    const wanted = incoming.category.trim() || UNCATEGORISED.name
    const key = nameKey(wanted)
    const stored = categories.get(key) ?? (wanted === UNCATEGORISED.name ? categories.get(nameKey(UNCATEGORISED.nameRu)) : undefined)
    if (stored) return { name: incoming.name, existing: null, categoryName: stored.name, categoryNameRu: stored.nameRu, categoryIsNew: false }
    if (!newCategories.has(key)) newCategories.set(key, wanted)
    const categoryName = newCategories.get(key) ?? wanted
    return { name: incoming.name, existing: null, categoryName, categoryNameRu: categoryName === UNCATEGORISED.name ? UNCATEGORISED.nameRu : '', categoryIsNew: true }
  })
  return { skills: resolved, newCategories: [...newCategories.values()], conflicts }
}

/** By email first, else by exact name (case and spaces aside) where the emails do not disagree. */
function resolvePeople(data: WorkspaceData, source: ImportSource): PersonResolution[] {
  const byEmail = new Map<string, Person>()
  const byName = new Map<string, Person[]>()
  for (const person of data.people) {
    if (person.email) byEmail.set(normaliseEmail(person.email), person)
    const key = nameKey(person.name)
    byName.set(key, [...(byName.get(key) ?? []), person])
  }
  const claimed = new Set<Id>()
  return source.people.map((incoming): PersonResolution => {
    const email = normaliseEmail(incoming.email)
    const byMail = email ? byEmail.get(email) : undefined
    if (byMail && !claimed.has(byMail.id)) {
      claimed.add(byMail.id)
      return { row: incoming.row, name: incoming.name, existing: byMail, matchedBy: 'email' }
    }
    const named = (byName.get(nameKey(incoming.name)) ?? []).find((p) => !claimed.has(p.id) && (!email || !p.email))
    if (named) {
      claimed.add(named.id)
      return { row: incoming.row, name: incoming.name, existing: named, matchedBy: 'name' }
    }
    return { row: incoming.row, name: incoming.name, existing: null, matchedBy: null }
  })
}

/** What an import would do: which skills and categories are new, whom it adds, updates or removes. */
export function resolveImport(data: WorkspaceData, source: ImportSource, requestedMode: ImportMode): ImportResolution {
  const mode = modeFor(source, requestedMode)
  const { skills, newCategories, conflicts } = resolveSkills(data, source)
  const people = resolvePeople(data, source)
  const kept = new Set(people.flatMap((p) => (p.existing ? [p.existing.id] : [])))
  const removedPeople = mode === 'replace' ? data.people.filter((p) => !kept.has(p.id)) : []
  return { skills, people, newCategories, removedPeople, conflicts }
}

function samePerson(a: Person, b: Person): boolean {
  return a.name === b.name && a.email === b.email && a.team === b.team && a.title === b.title && a.order === b.order
}

function grownCopy(array: Uint8Array, capacity: number, fill: number): Uint8Array {
  const copy = new Uint8Array(Math.max(capacity, array.length)).fill(fill)
  copy.set(array)
  return copy
}

export interface ImportChangeOptions {
  newId: () => Id
  now: number
  /** Shown in the undo list: the file name. */
  subject: string
  /** Stored person id → slots whose change the user declined in the preview: those keep what is stored. */
  rejected?: ReadonlyMap<Id, ReadonlySet<number>>
  /** `resolveImport` of this same data, source and mode (the preview's): not worked out twice. */
  resolution?: ImportResolution
}

/**
 * The whole import as ONE change: new categories and skills (new slots), people added or
 * updated (or, in replace mode, removed), and whole rating records — one transaction, one undo step.
 * In merge mode a blank cell keeps what is stored; in replace mode it means "not assessed", and
 * a matched person's name, email, team and title become the file's (those it has columns for).
 */
export function buildImportChange(data: WorkspaceData, source: ImportSource, requestedMode: ImportMode, options: ImportChangeOptions): Change {
  const mode = modeFor(source, requestedMode)
  const target = ratingTargetOf(source)
  const resolution = options.resolution ?? resolveImport(data, source, mode)
  const [conflict] = resolution.conflicts
  if (conflict) throw new EditError('importExport.skillTwice', { first: conflict.first, second: conflict.second, skill: conflict.skill })
  const { newId, now } = options

  const categoryIdByKey = new Map(data.categories.map((c) => [nameKey(c.name), c.id] as const))
  for (const c of data.categories) if (c.nameRu && !categoryIdByKey.has(nameKey(c.nameRu))) categoryIdByKey.set(nameKey(c.nameRu), c.id)
  const newCategories: Category[] = resolution.newCategories.map((name, index) => {
    const category: Category = {
      id: newId(),
      name,
      nameRu: name === UNCATEGORISED.name ? UNCATEGORISED.nameRu : '',
      order: nextOrder(data.categories) + index,
    }
    categoryIdByKey.set(nameKey(name), category.id)
    return category
  })

  let nextSlot = data.workspace.nextSlot
  const orderIn = new Map<Id, number>()
  const newSkills: Skill[] = []
  const slots = resolution.skills.map((resolved) => {
    if (resolved.existing) return resolved.existing.slot
    const categoryId = categoryIdByKey.get(nameKey(resolved.categoryName))
    if (!categoryId) throw new EditError('edit.categoryMissing')
    const order = orderIn.get(categoryId) ?? nextOrder(data.skills.filter((s) => s.categoryId === categoryId))
    orderIn.set(categoryId, order + 1)
    // Slots only grow: a new skill never inherits ratings of a deleted one.
    const skill = newSkill({ id: newId(), categoryId, slot: nextSlot++, name: resolved.name, order, target: data.workspace.defaultTarget })
    newSkills.push(skill)
    return skill.slot
  })

  const width = source.skills.length
  const peoplePut: Person[] = []
  const peopleBefore: Person[] = []
  const newPersonIds: Id[] = []
  const ratingsPut: PersonRatings[] = []
  const ratingsBefore: PersonRatings[] = []
  const ratingsAddedFor: Id[] = []
  let order = nextOrder(data.people)
  resolution.people.forEach((resolved, index) => {
    const incoming = source.people[index]
    if (!incoming?.name.trim()) throw new EditError('edit.nameRequired')
    const existing = resolved.existing
    let person: Person
    if (!existing) {
      person = { id: newId(), name: incoming.name.trim(), email: normaliseEmail(incoming.email), team: incoming.team, title: incoming.title, active: true, trainable: true, order: mode === 'replace' ? index : order++ }
      newPersonIds.push(person.id)
      peoplePut.push(person)
    } else {
      const has = source.fields ?? { email: true, team: true, title: true }
      person =
        mode === 'replace'
          ? {
              ...existing,
              name: incoming.name.trim(),
              email: has.email ? normaliseEmail(incoming.email) : existing.email,
              team: has.team ? incoming.team : existing.team,
              title: has.title ? incoming.title : existing.title,
              order: index,
            }
          : { ...existing, email: normaliseEmail(incoming.email) || existing.email, team: incoming.team || existing.team, title: incoming.title || existing.title }
      if (!samePerson(person, existing)) {
        peoplePut.push(person)
        peopleBefore.push(existing)
      }
    }
    const stored = existing ? data.ratings.get(existing.id) : undefined
    if (stored) ratingsBefore.push(stored)
    else ratingsAddedFor.push(person.id)
    // One new buffer per written array and record (a typed array costs microseconds to allocate in a browser).
    const base = mode === 'merge' ? stored : undefined
    const fresh = () => new Uint8Array(nextSlot).fill(NOT_ASSESSED)
    const written = target === 'self' ? stored?.self : base?.levels
    const into = written ? grownCopy(written, nextSlot, NOT_ASSESSED) : fresh()
    // The other source is kept as stored (the file does not speak for it).
    const levels = target === 'lead' ? into : (stored?.levels ?? fresh())
    const self = target === 'self' ? into : (stored?.self ?? new Uint8Array(0))
    const interest = base ? grownCopy(base.interest, nextSlot, INTEREST_UNSET) : new Uint8Array(nextSlot).fill(INTEREST_UNSET)
    const offset = index * width
    for (let k = 0; k < width; k++) {
      const slot = slots[k] ?? 0
      const level = source.levels[offset + k] ?? NOT_ASSESSED
      const wish = source.interest[offset + k] ?? INTEREST_UNSET
      if (level !== NOT_ASSESSED) into[slot] = level
      if (wish !== INTEREST_UNSET) interest[slot] = wish
    }
    const declined = existing ? options.rejected?.get(existing.id) : undefined
    for (const slot of declined ?? []) {
      into[slot] = (target === 'self' ? stored?.self[slot] : stored?.levels[slot]) ?? NOT_ASSESSED
      interest[slot] = stored?.interest[slot] ?? INTEREST_UNSET
    }
    ratingsPut.push({ personId: person.id, levels, self, interest, updatedAt: now })
  })

  const removed = resolution.removedPeople
  const removedIds = removed.map((p) => p.id)
  const removedRatings = removed.flatMap((p) => data.ratings.get(p.id) ?? [])
  const workspaceChanges = nextSlot !== data.workspace.nextSlot
  const forward: Delta = {
    categories: { put: newCategories },
    skills: { put: newSkills },
    people: { put: peoplePut, delete: removedIds },
    ratings: { put: ratingsPut, delete: removedIds },
  }
  const backward: Delta = {
    categories: { delete: newCategories.map((c) => c.id) },
    skills: { delete: newSkills.map((s) => s.id) },
    people: { put: [...peopleBefore, ...removed], delete: newPersonIds },
    ratings: { put: [...ratingsBefore, ...removedRatings], delete: ratingsAddedFor },
  }
  if (workspaceChanges) {
    forward.workspace = { ...data.workspace, nextSlot }
    backward.workspace = data.workspace
  }
  return { label: { action: 'importCsv', subject: options.subject }, forward, backward }
}

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
