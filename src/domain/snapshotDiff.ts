import { computeCoverage, type CoverageStatus, type CoverageTotals } from './coverage'
import { NOT_ASSESSED } from './scale'
import type { SnapshotState } from './snapshots'
import { effectiveRatings } from './sources'
import { nameKey } from './text'
import type { Id, Person, Skill, SkillTarget } from './types'

/** A person whose counted level in a skill went up (grew) or down between two states. */
export interface LevelMove {
  personId: Id
  person: string
  skillId: Id
  skill: string
  skillRu: string
  /** null: not assessed then (a first rating, listed as growth). */
  from: number | null
  to: number
}

/** A skill whose gap opened (was covered, is not) or closed (was not covered, is). */
export interface GapMove {
  skillId: Id
  skill: string
  skillRu: string
  /** null: the skill did not exist then. */
  from: CoverageStatus | null
  to: CoverageStatus
  deficitFrom: number
  deficitTo: number
}

/** A skill whose target changed: its status may follow, but that is no gap opened or closed by people. */
export interface TargetMove {
  skillId: Id
  skill: string
  skillRu: string
  targetFrom: SkillTarget
  targetTo: SkillTarget
  from: CoverageStatus
  to: CoverageStatus
}

export interface SnapshotDiff {
  /** Higher levels, then first ratings (from not assessed). */
  grew: LevelMove[]
  declined: LevelMove[]
  opened: GapMove[]
  closed: GapMove[]
  targets: TargetMove[]
  joined: string[]
  left: string[]
  before: CoverageTotals
  after: CoverageTotals
}

const personKey = (p: Person) => `${nameKey(p.name)}\u0000${p.email.toLowerCase()}`

/** Later ids by earlier id: the same id, else (after a restore gave fresh ids) the same name and email. */
function matchPeople(before: readonly Person[], after: readonly Person[]): Map<Id, Person> {
  const byId = new Map(after.map((p) => [p.id, p]))
  const byKey = new Map(after.map((p) => [personKey(p), p]))
  const matched = new Map<Id, Person>()
  const used = new Set<Id>()
  for (const p of before) {
    const found = byId.get(p.id) ?? byKey.get(personKey(p))
    if (found && !used.has(found.id)) {
      matched.set(p.id, found)
      used.add(found.id)
    }
  }
  return matched
}

function matchSkills(before: readonly Skill[], after: readonly Skill[]): Map<Id, Skill> {
  const byId = new Map(after.map((s) => [s.id, s]))
  const byName = new Map(after.map((s) => [nameKey(s.name), s]))
  const matched = new Map<Id, Skill>()
  for (const s of before) {
    const found = byId.get(s.id) ?? byName.get(nameKey(s.name))
    if (found) matched.set(s.id, found)
  }
  return matched
}

const isGap = (status: CoverageStatus) => status === 'uncovered' || status === 'at-risk'
const sameTarget = (a: SkillTarget, b: SkillTarget) => a.level === b.level && a.people === b.people

/**
 * What changed between two states of the matrix: who grew (or dropped) in what — counted levels;
 * a first rating counts as growth from not assessed — which gaps opened or closed, which targets
 * changed (a skill whose target changed is listed there, never as a gap closed or opened by
 * people), who joined or left. Each state counts with its own rating source, as shown then.
 */
export function diffSnapshots(before: SnapshotState, after: SnapshotState): SnapshotDiff {
  const beforeRatings = effectiveRatings(before.ratings, before.ratingSource)
  const afterRatings = effectiveRatings(after.ratings, after.ratingSource)
  const people = matchPeople(before.people, after.people)
  const skills = matchSkills(before.skills, after.skills)
  const grew: LevelMove[] = []
  const firstRated: LevelMove[] = []
  const declined: LevelMove[] = []
  for (const person of before.people) {
    const later = people.get(person.id)
    if (!later) continue
    const was = beforeRatings.get(person.id)?.levels
    const is = afterRatings.get(later.id)?.levels
    for (const skill of before.skills) {
      const laterSkill = skills.get(skill.id)
      if (!laterSkill) continue
      const from = was?.[skill.slot] ?? NOT_ASSESSED
      const to = is?.[laterSkill.slot] ?? NOT_ASSESSED
      if (to === NOT_ASSESSED || from === to) continue
      const move = {
        personId: later.id,
        person: later.name,
        skillId: laterSkill.id,
        skill: laterSkill.name,
        skillRu: laterSkill.nameRu,
        from: from === NOT_ASSESSED ? null : from,
        to,
      }
      if (from === NOT_ASSESSED) firstRated.push(move)
      else if (to > from) grew.push(move)
      else declined.push(move)
    }
  }
  const coverageBefore = computeCoverage({ skills: before.skills, people: before.people, ratings: beforeRatings })
  const coverageAfter = computeCoverage({ skills: after.skills, people: after.people, ratings: afterRatings })
  const earlierOf = new Map([...skills].map(([beforeId, skill]) => [skill.id, beforeId]))
  const opened: GapMove[] = []
  const closed: GapMove[] = []
  const targets: TargetMove[] = []
  const earlierSkills = new Map(before.skills.map((s) => [s.id, s]))
  for (const skill of after.skills) {
    const now = coverageAfter.bySkill.get(skill.id)
    if (!now) continue
    const earlierId = earlierOf.get(skill.id)
    const then = earlierId === undefined ? undefined : coverageBefore.bySkill.get(earlierId)
    const move: GapMove = {
      skillId: skill.id,
      skill: skill.name,
      skillRu: skill.nameRu,
      from: then?.status ?? null,
      to: now.status,
      deficitFrom: then?.deficit ?? 0,
      deficitTo: now.deficit,
    }
    const earlier = earlierId === undefined ? undefined : earlierSkills.get(earlierId)
    if (then && earlier && !sameTarget(earlier.target, skill.target)) {
      targets.push({
        skillId: skill.id,
        skill: skill.name,
        skillRu: skill.nameRu,
        targetFrom: { ...earlier.target },
        targetTo: { ...skill.target },
        from: then.status,
        to: now.status,
      })
      continue
    }
    const wasGap = then ? isGap(then.status) : false
    if (!wasGap && isGap(now.status)) opened.push(move)
    else if (wasGap && !isGap(now.status)) closed.push(move)
  }
  const laterIds = new Set([...people.values()].map((p) => p.id))
  return {
    grew: [
      ...grew.sort((a, b) => b.to - (b.from ?? 0) - (a.to - (a.from ?? 0))),
      ...firstRated.sort((a, b) => b.to - a.to),
    ],
    declined,
    opened,
    closed,
    targets,
    joined: after.people.filter((p) => !laterIds.has(p.id)).map((p) => p.name),
    left: before.people.filter((p) => !people.has(p.id)).map((p) => p.name),
    before: coverageBefore.total,
    after: coverageAfter.total,
  }
}
