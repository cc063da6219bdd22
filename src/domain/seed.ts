import { DEMO_CRITICAL, DEMO_TEAM } from './demoTeam'
import { newSkill } from './edits/skills'
import type { Framework } from './framework'
import { catalogueResources } from './learning/catalogue'
import { seededRandom } from './random'
import { emptyRatings } from './ratings'
import { staleCutoff } from './staleness'
import type { Level } from './scale'
import type { Locale } from './text'
import {
  RATING_DEFAULTS,
  type Category,
  type Id,
  type Person,
  type PersonRatings,
  type RoleTemplate,
  type Skill,
  type WorkspaceData,
} from './types'

export interface SeedOptions {
  name: string
  now: number
  newId: () => Id
  /** Adds the demo team and its ratings; without it the workspace has skills and roles only. */
  withDemoTeam: boolean
  /** Language of the demo team's names, teams and titles (English when not given). */
  locale?: Locale
}

/** A workspace built from the framework: 5 categories, 48 skills, 9 roles, optionally the demo team. */
export function buildSeedWorkspace(framework: Framework, options: SeedOptions): WorkspaceData {
  const { now, newId } = options
  const categories: Category[] = []
  const skills: Skill[] = []
  const skillIdByFrameworkId = new Map<string, Id>()
  let slot = 0
  framework.categories.forEach((frameworkCategory, categoryOrder) => {
    const category: Category = {
      id: newId(),
      name: frameworkCategory.name.en,
      nameRu: frameworkCategory.name.ru,
      order: categoryOrder,
    }
    categories.push(category)
    frameworkCategory.skills.forEach((frameworkSkill, order) => {
      const skill = newSkill({
        id: newId(),
        categoryId: category.id,
        slot: slot++,
        name: frameworkSkill.name.en,
        nameRu: frameworkSkill.name.ru,
        aliases: frameworkSkill.aliases,
        order,
        target: framework.defaultTarget,
        critical: options.withDemoTeam && DEMO_CRITICAL.includes(frameworkSkill.id),
        frameworkId: frameworkSkill.id,
      })
      skills.push(skill)
      skillIdByFrameworkId.set(frameworkSkill.id, skill.id)
    })
  })
  const roles: RoleTemplate[] = framework.roles.map((role, order) => ({
    id: newId(),
    name: role.name.en,
    nameRu: role.name.ru,
    requirements: Object.fromEntries(
      Object.entries(role.requires).flatMap(([frameworkSkillId, level]) => {
        const skillId = skillIdByFrameworkId.get(frameworkSkillId)
        return skillId ? [[skillId, level]] : []
      }),
    ),
    hireCost: role.hireCost,
    order,
    frameworkId: role.id,
  }))
  const workspace = {
    id: newId(),
    name: options.name,
    createdAt: now,
    updatedAt: now,
    nextSlot: slot,
    scale: framework.scale.map((level) => ({ ...level, label: { ...level.label }, hint: { ...level.hint } })),
    interestScale: framework.interest.map((interest) => ({ ...interest, label: { ...interest.label } })),
    defaultTarget: { ...framework.defaultTarget },
    costModel: { ...framework.costModel },
    ...RATING_DEFAULTS,
  }
  const resources = catalogueResources(framework.catalogue, skills, newId)
  const data: WorkspaceData & { ratings: Map<Id, PersonRatings> } = {
    workspace,
    categories,
    skills,
    roles,
    resources,
    people: [],
    ratings: new Map(),
  }
  if (options.withDemoTeam) addDemoTeam(data, framework, newId, now, options.locale ?? 'en')
  return data
}

function addDemoTeam(
  data: WorkspaceData & { ratings: Map<Id, PersonRatings> },
  framework: Framework,
  newId: () => Id,
  now: number,
  locale: Locale,
): void {
  const random = seededRandom(20261126)
  const categoryOfSkill = new Map(framework.categories.flatMap((c) => c.skills.map((s) => [s.id, c.id] as const)))
  const slotOfSkill = new Map(data.skills.map((s) => [s.frameworkId, s.slot]))
  DEMO_TEAM.forEach((spec, order) => {
    const words = locale === 'ru' ? spec.ru : spec
    const person: Person = {
      id: newId(),
      name: words.name,
      email: spec.email,
      team: words.team,
      title: words.title,
      active: spec.active,
      trainable: true,
      order,
    }
    const ratings: PersonRatings = emptyRatings(
      person.id,
      data.workspace.nextSlot,
      spec.assessedMonthsAgo ? staleCutoff(now, spec.assessedMonthsAgo) : now,
    )
    for (const [frameworkSkillId, slot] of slotOfSkill) {
      // Draw every time so each person's filler does not depend on which categories are skipped.
      const filler = random()
      const interestDraw = random()
      if (spec.notAssessed.includes(categoryOfSkill.get(frameworkSkillId) ?? '')) continue
      const explicit = spec.levels[frameworkSkillId]
      const level: Level = explicit ?? (filler < 0.4 ? 0 : filler < 0.8 ? 1 : 2)
      ratings.levels[slot] = level
      if (spec.grow.includes(frameworkSkillId)) ratings.interest[slot] = 2
      else if (spec.notInterested.includes(frameworkSkillId)) ratings.interest[slot] = 0
      else if (interestDraw < 0.35) ratings.interest[slot] = 1
      else if (interestDraw < 0.45) ratings.interest[slot] = 0
    }
    data.people.push(person)
    data.ratings.set(person.id, ratings)
  })
}
