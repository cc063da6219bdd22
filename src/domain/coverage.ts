import { changesColumns, type Delta } from './changes'
import { NOT_ASSESSED } from './scale'
import { runToEnd } from './steps'
import type { Id, Person, PersonRatings, Skill } from './types'

/** `not-needed`: the target wants nobody (target people 0), whoever holds the skill. */
export type CoverageStatus = 'uncovered' | 'at-risk' | 'covered' | 'not-needed'

export const COVERAGE_STATUSES: readonly CoverageStatus[] = ['uncovered', 'at-risk', 'covered', 'not-needed']

/** A status is never told by colour alone: wherever one is shown, this symbol goes with the word. */
export const STATUS_SYMBOL: Record<CoverageStatus, string> = {
  uncovered: '✕',
  'at-risk': '!',
  covered: '✓',
  'not-needed': '○',
}

export interface SkillCoverage {
  skillId: Id
  /** Active people at or above the skill's target level. */
  holders: number
  /** max(0, target people − holders). */
  deficit: number
  status: CoverageStatus
  /** The only holder when holders = 1 and the skill is needed: the person the team cannot lose. */
  soleHolderId: Id | null
}

export interface CoverageTotals {
  /** Every skill, not-needed ones included. */
  skills: number
  /** Skills whose target wants at least one person: what covered, at risk and uncovered add up to. */
  needed: number
  notNeeded: number
  covered: number
  atRisk: number
  uncovered: number
  deficit: number
  /** covered / needed, 1 when no skill is needed. */
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
  /** People treated as gone (what-if, stale ratings) without touching their data; only `has` is asked. */
  excluded?: Pick<ReadonlySet<Id>, 'has'>
}

/**
 * Status rule of ARCHITECTURE.md: a single holder of a needed skill is a single point of failure,
 * whatever the target; a skill nobody is wanted for (target 0) is not needed, never at risk.
 */
export function coverageStatus(holders: number, targetPeople: number): CoverageStatus {
  if (targetPeople <= 0) return 'not-needed'
  if (holders === 0) return 'uncovered'
  if ((holders > 0 && holders < targetPeople) || holders === 1) return 'at-risk'
  return 'covered'
}

function emptyTotals(): CoverageTotals {
  return { skills: 0, needed: 0, notNeeded: 0, covered: 0, atRisk: 0, uncovered: 0, deficit: 0, coveredShare: 1 }
}

function addToTotals(totals: CoverageTotals, skill: SkillCoverage): void {
  totals.skills++
  if (skill.status === 'not-needed') {
    totals.notNeeded++
    return
  }
  totals.needed++
  totals.deficit += skill.deficit
  if (skill.status === 'covered') totals.covered++
  else if (skill.status === 'at-risk') totals.atRisk++
  else totals.uncovered++
  totals.coveredShare = totals.covered / totals.needed
}

function padded(levels: Uint8Array, length: number): Uint8Array {
  const copy = new Uint8Array(length).fill(NOT_ASSESSED)
  copy.set(levels)
  return copy
}

/** What the holder count reads for every person, worked out once per count. */
function holderCountOf(input: CoverageInput) {
  const { skills } = input
  const slots = Int32Array.from(skills, (s) => s.slot)
  return {
    input,
    slots,
    // A level counts when target ≤ level ≤ 254 (NOT_ASSESSED is 255): one unsigned compare per cell.
    targetLevels: Int32Array.from(skills, (s) => s.target.level),
    spans: Int32Array.from(skills, (s) => NOT_ASSESSED - 1 - s.target.level),
    holders: new Int32Array(skills.length),
    // Skills in slot order 0, 1, 2… (none deleted yet) read levels[i] directly.
    inSlotOrder: slots.every((slot, i) => slot === i),
    // A record shorter than the highest slot is padded once, so the hot loop never reads past its end.
    needed: slots.reduce((max, slot) => Math.max(max, slot + 1), 0),
  }
}

/** Counts the holders among people [from, to): the hot loop, kept in a plain function. */
function countHoldersOf(counter: ReturnType<typeof holderCountOf>, from: number, to: number): void {
  const { people, ratings, excluded } = counter.input
  const { slots, targetLevels, spans, holders, inSlotOrder, needed } = counter
  const skillCount = holders.length
  for (let p = from; p < to; p++) {
    const person = people[p]
    if (!person || !person.active || excluded?.has(person.id)) continue
    const stored = ratings.get(person.id)?.levels
    if (!stored) continue
    const levels = stored.length >= needed ? stored : padded(stored, needed)
    if (inSlotOrder)
      for (let i = 0; i < skillCount; i++) {
        if (((levels[i] as number) - (targetLevels[i] as number)) >>> 0 <= (spans[i] as number))
          holders[i] = (holders[i] as number) + 1
      }
    else
      for (let i = 0; i < skillCount; i++) {
        if (((levels[slots[i] as number] as number) - (targetLevels[i] as number)) >>> 0 <= (spans[i] as number))
          holders[i] = (holders[i] as number) + 1
      }
  }
}

/** People counted between two steps of `coverageSteps`: 1 M cells at 200 skills, a few ms. */
const COVERAGE_STEP_PEOPLE = 5000

/** Holders of each skill (and the only one where there is one), counted a slice of people per step. */
function* holderSteps(input: CoverageInput): Generator<void, Map<Id, SkillCoverage>> {
  const { skills, people, ratings, excluded } = input
  const counter = holderCountOf(input)
  for (let from = 0; from < people.length; from += COVERAGE_STEP_PEOPLE) {
    if (from > 0) yield
    countHoldersOf(counter, from, Math.min(from + COVERAGE_STEP_PEOPLE, people.length))
  }
  const { holders } = counter
  const bySkill = new Map<Id, SkillCoverage>()
  skills.forEach((skill, i) => {
    const count = holders[i] ?? 0
    bySkill.set(skill.id, {
      skillId: skill.id,
      holders: count,
      deficit: Math.max(0, skill.target.people - count),
      status: coverageStatus(count, skill.target.people),
      // A skill nobody is wanted for loses nothing when its only holder goes. Found in a pass over
      // that skill alone: rare in a big team, and the hot loop stays a count.
      soleHolderId:
        count === 1 && skill.target.people > 0 ? (holdersOf(skill, people, ratings, excluded)[0] ?? null) : null,
    })
  })
  return bySkill
}

/** Roll-ups (per category, workspace, sole holders) from the coverage of each skill. */
function assemble(skills: readonly Skill[], bySkill: Map<Id, SkillCoverage>): CoverageReport {
  const byCategory = new Map<Id, CoverageTotals>()
  const total = emptyTotals()
  const soleHolderSkills = new Map<Id, Id[]>()
  for (const skill of skills) {
    const coverage = bySkill.get(skill.id)
    if (!coverage) continue
    const categoryTotals = byCategory.get(skill.categoryId) ?? emptyTotals()
    addToTotals(categoryTotals, coverage)
    byCategory.set(skill.categoryId, categoryTotals)
    addToTotals(total, coverage)
    if (coverage.soleHolderId) {
      const held = soleHolderSkills.get(coverage.soleHolderId)
      if (held) held.push(skill.id)
      else soleHolderSkills.set(coverage.soleHolderId, [skill.id])
    }
  }
  return { bySkill, byCategory, total, soleHolderSkills }
}

/** Coverage of every skill: one tight pass over the packed levels of the counted people. */
export function computeCoverage(input: CoverageInput): CoverageReport {
  return runToEnd(coverageSteps(input))
}

/** `computeCoverage` in steps of COVERAGE_STEP_PEOPLE people (10 M cells at 50,000 × 200 are ~50 ms). */
export function* coverageSteps(input: CoverageInput): Generator<void, CoverageReport> {
  return assemble(input.skills, yield* holderSteps(input))
}

const indexCache = new WeakMap<readonly Person[], Map<Id, Person>>()

/** Person by id, indexed once per people list (lists are immutable: a changed list is a new array). */
export function personById(people: readonly Person[], id: Id): Person | undefined {
  let index = indexCache.get(people)
  if (!index) {
    index = new Map(people.map((p) => [p.id, p]))
    indexCache.set(people, index)
  }
  return index.get(id)
}

/** The levels coverage counts for a person, or undefined when they do not count (gone, inactive, excluded). */
function countedLevels(input: CoverageInput, id: Id): Uint8Array | undefined {
  const person = personById(input.people, id)
  if (!person || !person.active || input.excluded?.has(id)) return undefined
  return input.ratings.get(id)?.levels ?? EMPTY_LEVELS
}

const EMPTY_LEVELS = new Uint8Array(0)

function holds(levels: Uint8Array | undefined, slot: number, targetLevel: number): boolean {
  const level = levels?.[slot] ?? NOT_ASSESSED
  return level !== NOT_ASSESSED && level >= targetLevel
}

/**
 * The report after some people changed (cells, whole records, a person added, deleted or made
 * inactive, the what-if set): only `personIds` are compared before and after, skill by skill —
 * O(changed people × skills), not O(team). `before` and `after` have the same skills (slots and
 * targets); anyone not in `personIds` counts the same in both. Equal to computeCoverage(after):
 * a skill left with one holder who is none of the changed people is the only case that looks
 * through the team (for that skill) to name them.
 */
export function updateCoverage(
  previous: CoverageReport,
  before: CoverageInput,
  after: CoverageInput,
  personIds: Iterable<Id>,
): CoverageReport {
  const { skills } = after
  const gained = new Int32Array(skills.length)
  const changed = new Set(personIds)
  /** Per skill, a changed person who holds it after the change (enough to name a sole holder). */
  const holderAmongChanged = new Map<number, Id>()
  for (const id of changed) {
    const was = countedLevels(before, id)
    const now = countedLevels(after, id)
    if (!was && !now) continue
    for (let i = 0; i < skills.length; i++) {
      const { slot, target } = skills[i] as Skill
      const held = holds(was, slot, target.level)
      const holding = holds(now, slot, target.level)
      if (holding) holderAmongChanged.set(i, id)
      if (held !== holding) gained[i] = (gained[i] as number) + (holding ? 1 : -1)
    }
  }
  let bySkill: Map<Id, SkillCoverage> | null = null
  for (let i = 0; i < skills.length; i++) {
    const skill = skills[i] as Skill
    const old = previous.bySkill.get(skill.id)
    if (!old) return computeCoverage(after)
    const count = old.holders + (gained[i] as number)
    let soleHolderId: Id | null = null
    if (count === 1 && skill.target.people > 0) {
      const stillSole = old.holders === 1 && old.soleHolderId !== null && !changed.has(old.soleHolderId)
      soleHolderId = holderAmongChanged.get(i) ?? (stillSole ? old.soleHolderId : null)
      soleHolderId ??= holdersOf(skill, after.people, after.ratings, after.excluded)[0] ?? null
    }
    if (count === old.holders && soleHolderId === old.soleHolderId) continue
    bySkill ??= new Map(previous.bySkill)
    bySkill.set(skill.id, {
      skillId: skill.id,
      holders: count,
      deficit: Math.max(0, skill.target.people - count),
      status: coverageStatus(count, skill.target.people),
      soleHolderId,
    })
  }
  return bySkill ? assemble(skills, bySkill) : previous
}

/** Skills whose coverage a delta can change; null means any (people, skills or whole records changed). */
export function skillsAffectedBy(delta: Delta, skills: readonly Skill[]): Set<Id> | null {
  if (delta.people || delta.ratings?.put?.length || delta.ratings?.delete?.length || changesColumns(delta)) return null
  const slots = new Set(
    (delta.ratings?.cells ?? [])
      .filter((cell) => cell.level !== undefined || cell.self !== undefined)
      .map((cell) => cell.slot),
  )
  return new Set(skills.filter((skill) => slots.has(skill.slot)).map((skill) => skill.id))
}

const STATUS_RANK: Record<CoverageStatus, number> = { uncovered: 0, 'at-risk': 1, covered: 2, 'not-needed': 3 }

/**
 * Worst first: status, then critical before the rest, then the bigger deficit, then the skill's
 * own order. Skills missing from the report sort last.
 */
export function skillsBySeverity<S extends Skill>(
  skills: readonly S[],
  report: CoverageReport,
  categoryOrder: ReadonlyMap<Id, number> = new Map(),
): S[] {
  const rank = (skill: S) => {
    const coverage = report.bySkill.get(skill.id)
    return coverage ? STATUS_RANK[coverage.status] : 4
  }
  return [...skills].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      Number(b.critical) - Number(a.critical) ||
      (report.bySkill.get(b.id)?.deficit ?? 0) - (report.bySkill.get(a.id)?.deficit ?? 0) ||
      (categoryOrder.get(a.categoryId) ?? 0) - (categoryOrder.get(b.categoryId) ?? 0) ||
      a.order - b.order ||
      a.name.localeCompare(b.name),
  )
}

/**
 * Skills that would have nobody left if `personId` went: those they alone hold whose target wants
 * at least one person (a sole holder of a skill with target 0 leaves it covered, not uncovered).
 */
export function uncoveredIfGone(personId: Id, skills: readonly Skill[], report: CoverageReport): Skill[] {
  const held = new Set(report.soleHolderSkills.get(personId) ?? [])
  return skills.filter((skill) => held.has(skill.id) && skill.target.people > 0)
}

/** Ids of the counted people who hold `skill`, in the order of `people`. */
export function holdersOf(
  skill: Skill,
  people: readonly Person[],
  ratings: ReadonlyMap<Id, PersonRatings>,
  excluded?: Pick<ReadonlySet<Id>, 'has'>,
): Id[] {
  return people
    .filter((p) => p.active && !excluded?.has(p.id))
    .filter((p) => {
      const level = ratings.get(p.id)?.levels[skill.slot] ?? NOT_ASSESSED
      return level !== NOT_ASSESSED && level >= skill.target.level
    })
    .map((p) => p.id)
}
