import { normaliseEmail } from '../edits/people'
import { nameKey } from '../text'
import type { Category, Id, Person, Skill, WorkspaceData } from '../types'
import { modeFor, UNCATEGORISED, type ImportMode, type ImportSource, type SkillChoices } from './importSource'

export interface SkillResolution {
  name: string
  /** The stored skill the column matched (by name, Russian name or alias), or null: a new skill. */
  existing: Skill | null
  /** The category a new skill goes to (its Russian name where it has one), and whether it is new too. */
  categoryName: string
  categoryNameRu: string
  categoryIsNew: boolean
  /** The lead chose to leave this skill of the file out: none of its cells is written. */
  ignored: boolean
  /** Matched (or left new, or out) by the lead's choice, not by its name. */
  chosen: boolean
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

/**
 * Exact matching only: the same text ignoring case and spaces, never a part of a name; else what
 * the lead chose. A name a stored skill has cannot become a new skill (names are unique).
 */
function resolveSkills(data: WorkspaceData, source: ImportSource, choices: SkillChoices | undefined) {
  const skills = skillLookup(data.skills)
  const categories = categoryLookup(data.categories)
  const newCategories = new Map<string, string>()
  const usedBy = new Map<Id, string>()
  const conflicts: SkillConflict[] = []
  const resolved = source.skills.map((incoming): SkillResolution => {
    const choice = choices?.get(nameKey(incoming.name))
    const chosen = choice !== undefined
    if (choice?.kind === 'ignore') {
      return {
        name: incoming.name,
        existing: null,
        categoryName: '',
        categoryNameRu: '',
        categoryIsNew: false,
        ignored: true,
        chosen,
      }
    }
    const byName = skills.get(nameKey(incoming.name)) ?? null
    const picked = choice?.kind === 'existing' ? (data.skills.find((s) => s.id === choice.skillId) ?? null) : null
    const existing = picked ?? byName
    if (existing) {
      const earlier = usedBy.get(existing.id)
      if (earlier !== undefined) conflicts.push({ first: earlier, second: incoming.name, skill: existing.name })
      else usedBy.set(existing.id, incoming.name)
      const category = data.categories.find((c) => c.id === existing.categoryId)
      return {
        name: incoming.name,
        existing,
        categoryName: category?.name ?? '',
        categoryNameRu: category?.nameRu ?? '',
        categoryIsNew: false,
        ignored: false,
        chosen: picked !== null,
      }
    }
    const wanted = incoming.category.trim() || UNCATEGORISED.name
    const key = nameKey(wanted)
    const stored =
      categories.get(key) ?? (wanted === UNCATEGORISED.name ? categories.get(nameKey(UNCATEGORISED.nameRu)) : undefined)
    if (stored)
      return {
        name: incoming.name,
        existing: null,
        categoryName: stored.name,
        categoryNameRu: stored.nameRu,
        categoryIsNew: false,
        ignored: false,
        chosen,
      }
    if (!newCategories.has(key)) newCategories.set(key, wanted)
    const categoryName = newCategories.get(key) ?? wanted
    return {
      name: incoming.name,
      existing: null,
      categoryName,
      categoryNameRu: categoryName === UNCATEGORISED.name ? UNCATEGORISED.nameRu : '',
      categoryIsNew: true,
      ignored: false,
      chosen,
    }
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

/**
 * What an import would do: which skills and categories are new, whom it adds, updates or removes.
 * `choices` are the lead's mapping of the file's skills (stored skill, new, or left out).
 */
export function resolveImport(
  data: WorkspaceData,
  source: ImportSource,
  requestedMode: ImportMode,
  choices?: SkillChoices,
): ImportResolution {
  const mode = modeFor(source, requestedMode)
  const { skills, newCategories, conflicts } = resolveSkills(data, source, choices)
  const people = resolvePeople(data, source)
  const kept = new Set(people.flatMap((p) => (p.existing ? [p.existing.id] : [])))
  const removedPeople = mode === 'replace' ? data.people.filter((p) => !kept.has(p.id)) : []
  return { skills, people, newCategories, removedPeople, conflicts }
}
