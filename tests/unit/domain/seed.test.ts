import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { computeCoverage } from '../../../src/domain/coverage'
import { parseFramework, FrameworkError } from '../../../src/domain/framework'
import { levelAt } from '../../../src/domain/ratings'
import { buildSeedWorkspace } from '../../../src/domain/seed'

const frameworkJson: unknown = JSON.parse(
  readFileSync(new URL('../../../src/assets/community-skills-framework.json', import.meta.url), 'utf8'),
)
let ids = 0
const seed = (withDemoTeam: boolean, locale?: 'en' | 'ru') =>
  buildSeedWorkspace(parseFramework(frameworkJson), {
    name: 'Demo',
    now: 1,
    newId: () => `id-${++ids}`,
    withDemoTeam,
    locale,
  })

describe('parseFramework', () => {
  it('reads the bundled Community Skills Framework', () => {
    const framework = parseFramework(frameworkJson)
    expect(framework.categories.map((c) => c.name.en)).toEqual([
      'Strategy',
      'Business',
      'Engagement',
      'Technical',
      'Content',
    ])
    expect(framework.categories.flatMap((c) => c.skills)).toHaveLength(48)
    expect(framework.roles).toHaveLength(9)
    expect(framework.scale.map((l) => l.label.en)).toEqual(['None', 'Aware', 'Practitioner', 'Proficient', 'Expert'])
  })

  it('names the broken place in a damaged file', () => {
    const broken = structuredClone(frameworkJson) as { roles: { requires: Record<string, number> }[] }
    broken.roles[0]!.requires['no.such-skill'] = 3
    expect(() => parseFramework(broken)).toThrow(FrameworkError)
    expect(() => parseFramework(broken)).toThrow(/roles\[0\]\.requires names unknown skill "no.such-skill"/)
  })
})

describe('buildSeedWorkspace', () => {
  it('creates all 48 skills in 5 categories with EN and RU names and distinct slots', () => {
    const data = seed(false)
    expect(data.categories).toHaveLength(5)
    expect(data.skills).toHaveLength(48)
    expect(new Set(data.skills.map((s) => s.slot)).size).toBe(48)
    expect(data.workspace.nextSlot).toBe(48)
    const moderation = data.skills.find((s) => s.frameworkId === 'engagement.moderation')
    expect(moderation).toMatchObject({
      name: 'Moderation & conflict facilitation',
      nameRu: 'Модерация и урегулирование конфликтов',
      target: { level: 3, people: 2 },
    })
    expect(data.skills.find((s) => s.frameworkId === 'content.taxonomy')?.aliases).toContain('Taxonomy or taging mgmt')
  })

  it('maps role requirements onto the new skill ids with hire costs and the cost model', () => {
    const data = seed(false)
    const manager = data.roles.find((r) => r.frameworkId === 'community-manager')
    const moderation = data.skills.find((s) => s.frameworkId === 'engagement.moderation')
    expect(manager?.hireCost).toBe(8)
    expect(manager?.requirements[moderation!.id]).toBe(3)
    expect(data.workspace.costModel).toEqual({
      trainStepCost: 2,
      interestDiscount: 1,
      maxTrainingsPerPerson: 3,
      mentoringStepCost: 1,
      menteesPerMentor: 2,
    })
  })

  it('starts an empty workspace with skills and roles but nobody in it', () => {
    const data = seed(false)
    expect(data.people).toHaveLength(0)
    expect(data.roles).toHaveLength(9)
  })

  it('adds a mixed English and Russian demo team across several teams', () => {
    const data = seed(true)
    expect(data.people.length).toBeGreaterThanOrEqual(12)
    expect(data.people.length).toBeLessThanOrEqual(20)
    expect(data.people.some((p) => /[А-Яа-я]/.test(p.name))).toBe(true)
    expect(data.people.some((p) => /^[A-Za-z ]+$/.test(p.name))).toBe(true)
    expect(new Set(data.people.map((p) => p.team)).size).toBeGreaterThanOrEqual(4)
    expect(new Set(data.people.map((p) => p.email)).size).toBe(data.people.length)
  })

  it('gives the demo real gaps: skills nobody holds and skills held by exactly one person', () => {
    const data = seed(true)
    const report = computeCoverage(data)
    const nameOf = (id: string) => data.skills.find((s) => s.id === id)?.frameworkId
    const uncovered = [...report.bySkill.values()].filter((c) => c.status === 'uncovered').map((c) => nameOf(c.skillId))
    const sole = [...report.bySkill.values()].filter((c) => c.holders === 1).map((c) => nameOf(c.skillId))
    expect(uncovered.sort()).toEqual(
      [
        'strategy.trendspotting',
        'strategy.executive-coaching',
        'business.business-model',
        'business.vendors',
        'engagement.gamification',
        'technical.programming',
        'technical.algorithms',
        'content.seo',
        'content.taxonomy',
      ].sort(),
    )
    expect(sole).toHaveLength(18)
    expect(sole).toContain('technical.platform')
  })

  it('leaves some cells not assessed, which is different from an explicit 0', () => {
    const data = seed(true)
    const all = data.people.flatMap((p) => data.skills.map((s) => levelAt(data.ratings.get(p.id), s.slot)))
    expect(all.filter((l) => l === null).length).toBeGreaterThan(20)
    expect(all.filter((l) => l === 0).length).toBeGreaterThan(20)
  })

  it('writes the Russian demo team in Russian (names, teams, titles), the same people with the same ratings', () => {
    const en = seed(true)
    const ru = seed(true, 'ru')
    const latin = /[A-Za-z]/
    for (const person of ru.people)
      for (const text of [person.name, person.team, person.title]) expect(text).not.toMatch(latin)
    expect(ru.people.find((p) => p.email === 'igor.volkov@example.org')).toMatchObject({
      name: 'Игорь Волков',
      team: 'Платформа',
      title: 'Администратор платформы',
    })
    expect(ru.people.map((p) => [p.email, p.active])).toEqual(en.people.map((p) => [p.email, p.active]))
    const levels = (data: ReturnType<typeof seed>) =>
      data.people.map((p) => [...(data.ratings.get(p.id)?.levels ?? [])])
    expect(levels(ru)).toEqual(levels(en))
    expect(new Set(ru.people.map((p) => p.team)).size).toBe(new Set(en.people.map((p) => p.team)).size)
  })

  it('keeps the English demo as it always was', () => {
    const en = seed(true, 'en')
    expect(en.people.map((p) => p.name)).toEqual(seed(true).people.map((p) => p.name))
    expect(en.people.find((p) => p.email === 'igor.volkov@example.org')).toMatchObject({
      name: 'Igor Volkov',
      team: 'Platform',
      title: 'Platform admin',
    })
  })

  it('is the same on every run', () => {
    const levels = (data: ReturnType<typeof seed>) =>
      data.people.map((p) => [...(data.ratings.get(p.id)?.levels ?? [])])
    expect(levels(seed(true))).toEqual(levels(seed(true)))
  })
})
