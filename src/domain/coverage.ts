import { NOT_ASSESSED } from './scale'
import type { Id, Person, PersonRatings, Skill } from './types'

export type CoverageStatus = 'uncovered' | 'at-risk' | 'covered'

export interface SkillCoverage {
  skillId: Id
  /** Active people at or above the skill's target level. */
  holders: number
  /** max(0, target people − holders). */
  deficit: number
  status: CoverageStatus
  /** The only holder when holders = 1: the person the team cannot lose. */
  soleHolderId: Id | null
}

export interface CoverageTotals {
  skills: number
  covered: number
  atRisk: number
  uncovered: number
  deficit: number
  /** covered / skills, 1 when there are no skills. */
  coveredShare: number
}

export interface CoverageReport {
  bySkill: Map<Id, SkillCoverage>
  byCategory: Map<Id, CoverageTotals>
  total: CoverageTotals
  /** Person id → ids of the skills they alone hold. */
  soleHolderSkills: Map<Id, Id[]>
}

export interface CoverageInput {
  skills: readonly Skill[]
  people: readonly Person[]
  ratings: ReadonlyMap<Id, PersonRatings>
  /** People treated as gone (what-if) without touching their data. */
  excluded?: ReadonlySet<Id>
}

/** Status rule of ARCHITECTURE.md: a single holder is a single point of failure, whatever the target. */
export function coverageStatus(holders: number, targetPeople: number): CoverageStatus {
  if (holders === 0 && targetPeople > 0) return 'uncovered'
  if ((holders > 0 && holders < targetPeople) || holders === 1) return 'at-risk'
  return 'covered'
}

function emptyTotals(): CoverageTotals {
  return { skills: 0, covered: 0, atRisk: 0, uncovered: 0, deficit: 0, coveredShare: 1 }
}

function addToTotals(totals: CoverageTotals, skill: SkillCoverage): void {
  totals.skills++
  totals.deficit += skill.deficit
  if (skill.status === 'covered') totals.covered++
  else if (skill.status === 'at-risk') totals.atRisk++
  else totals.uncovered++
  totals.coveredShare = totals.covered / totals.skills
}

/** Coverage of every skill: one tight pass over the packed levels of the counted people. */
export function computeCoverage({ skills, people, ratings, excluded }: CoverageInput): CoverageReport {
  const skillCount = skills.length
  const slots = Int32Array.from(skills, (s) => s.slot)
  const targetLevels = Uint8Array.from(skills, (s) => s.target.level)
  const holders = new Int32Array(skillCount)
  const firstHolder = new Int32Array(skillCount).fill(-1)
  for (let p = 0; p < people.length; p++) {
    const person = people[p]
    if (!person || !person.active || excluded?.has(person.id)) continue
    const levels = ratings.get(person.id)?.levels
    if (!levels) continue
    for (let i = 0; i < skillCount; i++) {
      const level = levels[slots[i] as number] ?? NOT_ASSESSED
      if (level !== NOT_ASSESSED && level >= (targetLevels[i] as number)) {
        if (holders[i] === 0) firstHolder[i] = p
        holders[i] = (holders[i] ?? 0) + 1
      }
    }
  }
  const bySkill = new Map<Id, SkillCoverage>()
  const byCategory = new Map<Id, CoverageTotals>()
  const total = emptyTotals()
  const soleHolderSkills = new Map<Id, Id[]>()
  skills.forEach((skill, i) => {
    const count = holders[i] ?? 0
    const soleHolderId = count === 1 ? (people[firstHolder[i] ?? -1]?.id ?? null) : null
    const coverage: SkillCoverage = {
      skillId: skill.id,
      holders: count,
      deficit: Math.max(0, skill.target.people - count),
      status: coverageStatus(count, skill.target.people),
      soleHolderId,
    }
    bySkill.set(skill.id, coverage)
    const categoryTotals = byCategory.get(skill.categoryId) ?? emptyTotals()
    addToTotals(categoryTotals, coverage)
    byCategory.set(skill.categoryId, categoryTotals)
    addToTotals(total, coverage)
    if (soleHolderId) soleHolderSkills.set(soleHolderId, [...(soleHolderSkills.get(soleHolderId) ?? []), skill.id])
  })
  return { bySkill, byCategory, total, soleHolderSkills }
}

/** Ids of the counted people who hold `skill`, in the order of `people`. */
export function holdersOf(skill: Skill, people: readonly Person[], ratings: ReadonlyMap<Id, PersonRatings>, excluded?: ReadonlySet<Id>): Id[] {
  return people
    .filter((p) => p.active && !excluded?.has(p.id))
    .filter((p) => {
      const level = ratings.get(p.id)?.levels[skill.slot] ?? NOT_ASSESSED
      return level !== NOT_ASSESSED && level >= skill.target.level
    })
    .map((p) => p.id)
}
