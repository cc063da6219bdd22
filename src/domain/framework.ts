import { parseLearningCatalogue, type CatalogueEntry } from './learning/catalogue'
import type { InterestDef, Level, LevelDef } from './scale'
import { isInterest, isLevel } from './scale'
import type { LocalText } from './text'
import { MENTORING_DEFAULTS, type CostModel, type SkillTarget, type TargetLevel } from './types'

/** The Community Skills Framework file, validated. */
export interface Framework {
  id: string
  name: LocalText
  source: string
  scale: LevelDef[]
  interest: InterestDef[]
  defaultTarget: SkillTarget
  categories: { id: string; name: LocalText; skills: { id: string; name: LocalText; aliases: string[] }[] }[]
  roles: { id: string; name: LocalText; requires: Record<string, Level>; hireCost: number }[]
  costModel: CostModel
  /** The learning resources every new workspace starts with (learning-resources.json); may be empty. */
  catalogue: CatalogueEntry[]
}

export class FrameworkError extends Error {
  constructor(path: string, problem: string) {
    super(`Framework file: ${path} ${problem}`)
    this.name = 'FrameworkError'
  }
}

type Json = Record<string, unknown>

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new FrameworkError(path, 'must be an object')
  return value as Json
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new FrameworkError(path, 'must be a list')
  return value
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string' || !value.trim()) throw new FrameworkError(path, 'must be a non-empty text')
  return value
}

function number(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw new FrameworkError(path, 'must be a number ≥ 0')
  return value
}

function localText(json: Json, path: string): LocalText {
  return { en: text(json.en, `${path}.en`), ru: text(json.ru, `${path}.ru`) }
}

function optionalLocalText(value: unknown, path: string): LocalText {
  if (value === undefined) return { en: '', ru: '' }
  const json = object(value, path)
  return { en: typeof json.en === 'string' ? json.en : '', ru: typeof json.ru === 'string' ? json.ru : '' }
}

function targetLevel(value: unknown, path: string): TargetLevel {
  if (value === 1 || value === 2 || value === 3 || value === 4) return value
  throw new FrameworkError(path, 'must be 1–4')
}

/** The framework file and, when given, the learning catalogue that goes with it, validated. */
export function parseFramework(input: unknown, catalogueInput?: unknown): Framework {
  const root = object(input, 'root')
  const scale = object(root.scale, 'scale')
  const levels = array(scale.levels, 'scale.levels').map((item, i) => {
    const json = object(item, `scale.levels[${i}]`)
    if (!isLevel(json.value)) throw new FrameworkError(`scale.levels[${i}].value`, 'must be 0–4')
    return {
      value: json.value,
      label: localText(json, `scale.levels[${i}]`),
      hint: optionalLocalText(json.hint, `scale.levels[${i}].hint`),
    }
  })
  const interest = array(scale.interest, 'scale.interest').map((item, i) => {
    const json = object(item, `scale.interest[${i}]`)
    if (!isInterest(json.value)) throw new FrameworkError(`scale.interest[${i}].value`, 'must be 0–2')
    return { value: json.value, label: localText(json, `scale.interest[${i}]`) }
  })
  const skillIds = new Set<string>()
  const categories = array(root.categories, 'categories').map((item, i) => {
    const json = object(item, `categories[${i}]`)
    const skills = array(json.skills, `categories[${i}].skills`).map((skillItem, j) => {
      const path = `categories[${i}].skills[${j}]`
      const skill = object(skillItem, path)
      const id = text(skill.id, `${path}.id`)
      if (skillIds.has(id)) throw new FrameworkError(`${path}.id`, `repeats "${id}"`)
      skillIds.add(id)
      const aliases =
        skill.aliases === undefined
          ? []
          : array(skill.aliases, `${path}.aliases`).map((a, k) => text(a, `${path}.aliases[${k}]`))
      return { id, name: localText(skill, path), aliases }
    })
    return { id: text(json.id, `categories[${i}].id`), name: localText(json, `categories[${i}]`), skills }
  })
  const roles = array(root.roles, 'roles').map((item, i) => {
    const json = object(item, `roles[${i}]`)
    const requiresJson = object(json.requires, `roles[${i}].requires`)
    const requires: Record<string, Level> = {}
    for (const [skillId, level] of Object.entries(requiresJson)) {
      if (!skillIds.has(skillId)) throw new FrameworkError(`roles[${i}].requires`, `names unknown skill "${skillId}"`)
      if (!isLevel(level)) throw new FrameworkError(`roles[${i}].requires.${skillId}`, 'must be 0–4')
      requires[skillId] = level
    }
    return {
      id: text(json.id, `roles[${i}].id`),
      name: localText(json, `roles[${i}]`),
      requires,
      hireCost: number(json.hireCost, `roles[${i}].hireCost`),
    }
  })
  const target = object(root.defaultTarget, 'defaultTarget')
  const cost = object(root.costModel, 'costModel')
  return {
    id: text(root.id, 'id'),
    name: localText(object(root.name, 'name'), 'name'),
    source: text(root.source, 'source'),
    scale: levels,
    interest,
    defaultTarget: {
      level: targetLevel(target.level, 'defaultTarget.level'),
      people: number(target.people, 'defaultTarget.people'),
    },
    categories,
    roles,
    costModel: {
      // The file predates mentoring: a new workspace mentors with the defaults.
      ...MENTORING_DEFAULTS,
      trainStepCost: number(cost.trainStepCost, 'costModel.trainStepCost'),
      interestDiscount: number(cost.interestDiscount, 'costModel.interestDiscount'),
      maxTrainingsPerPerson: number(cost.maxTrainingsPerPerson, 'costModel.maxTrainingsPerPerson'),
    },
    catalogue: catalogueInput === undefined ? [] : parseLearningCatalogue(catalogueInput, skillIds),
  }
}
