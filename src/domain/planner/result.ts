import { computeCoverage, type CoverageReport } from '../coverage'
import { emptyRatings } from '../ratings'
import { NOT_ASSESSED } from '../scale'
import type { Id, Person, PersonRatings } from '../types'
import { canLearn, hireOptions, levelIn, resourceTeaches, roleCovers, type SkillNeed } from './candidates'
import type { PlanModel } from './model'
import {
  closedNeed,
  courseCost,
  hireCount,
  selectionCost,
  selectionUnits,
  supplyOf,
  type PlanSelection,
} from './selection'
import type {
  AssessFirst,
  ClosedNeed,
  CoverageCounts,
  PlanAction,
  PlanCoverage,
  PlannerInput,
  PlanResult,
  PlanStats,
  PlanStatus,
  PlanTiers,
  SingleHolderSkill,
  UnclosedReason,
  UnclosedSkill,
} from './types'

/** Each action with the units of need it closes (a person-skill once): trainings, mentorships, courses, then hires. */
export function planActions(input: PlannerInput, model: PlanModel, selection: PlanSelection): PlanAction[] {
  const open = new Map(model.needs.map((n) => [n.skillIndex, n.need]))
  const needOf = new Map(model.needs.map((n) => [n.skillIndex, n]))
  const counted = new Set<string>()
  const take = (skillIndex: number, personIndex: number | null): ClosedNeed[] => {
    if (personIndex !== null) {
      const key = `${personIndex}:${skillIndex}`
      if (counted.has(key)) return []
      counted.add(key)
    }
    const left = open.get(skillIndex) ?? 0
    const need = needOf.get(skillIndex)
    if (left <= 0 || !need) return []
    open.set(skillIndex, left - 1)
    return [{ skillId: need.skill.id, need: need.need }]
  }
  const taught = new Set<number>()
  for (const r of input.resources ?? [])
    for (const skill of input.skills) if (resourceTeaches(r, skill)) taught.add(skill.slot)
  const mentored = new Set(model.mentors.keys())
  const actions: PlanAction[] = []
  const trainings = [...selection.trainings].sort(
    (a, b) => a.skillIndex - b.skillIndex || a.cost - b.cost || a.personIndex - b.personIndex,
  )
  for (const t of trainings) {
    const skill = input.skills[t.skillIndex]
    actions.push({
      kind: 'train',
      personId: t.personId,
      skillId: t.skillId,
      fromLevel: t.fromLevel,
      toLevel: t.toLevel,
      interest: t.interest,
      cost: t.cost,
      closes: take(t.skillIndex, t.personIndex),
      levelUnknown: t.fromLevel === null,
      noCourse: !skill || !taught.has(skill.slot),
      noMentor: !mentored.has(t.skillIndex),
    })
  }
  const mentorships = [...(selection.mentorships ?? [])].sort(
    (a, b) =>
      a.candidate.skillIndex - b.candidate.skillIndex ||
      a.mentorIndex - b.mentorIndex ||
      a.candidate.personIndex - b.candidate.personIndex,
  )
  for (const { candidate: m, mentorIndex } of mentorships) {
    actions.push({
      kind: 'mentor',
      mentorId: input.people[mentorIndex]?.id ?? '',
      personId: m.personId,
      skillId: m.skillId,
      fromLevel: m.fromLevel,
      toLevel: m.toLevel,
      interest: m.interest,
      cost: m.cost,
      closes: take(m.skillIndex, m.personIndex),
      levelUnknown: m.fromLevel === null,
    })
  }
  for (const course of [...(selection.courses ?? [])].sort((a, b) => a.option.resourceIndex - b.option.resourceIndex)) {
    const holders = new Map<number, number>()
    const closes: ClosedNeed[] = []
    const attendees = [...course.attendees]
      .sort((a, b) => a.personIndex - b.personIndex)
      .map((a) => {
        for (const s of a.skills) {
          holders.set(s.skillIndex, (holders.get(s.skillIndex) ?? 0) + 1)
          closes.push(...take(s.skillIndex, a.personIndex))
        }
        return {
          personId: a.personId,
          skills: a.skills.map((s) => ({
            skillId: input.skills[s.skillIndex]?.id ?? '',
            fromLevel: s.fromLevel,
            toLevel: s.toLevel,
          })),
          levelUnknown: a.skills.filter((s) => s.fromLevel === null).map((s) => input.skills[s.skillIndex]?.id ?? ''),
        }
      })
    actions.push({
      kind: 'course',
      resourceId: course.option.resourceId,
      sessions: course.sessions,
      seats: course.option.seats,
      attendees,
      cost: roundCost(courseCost(course.option, course.attendees.length)),
      holders: [...holders]
        .sort((a, b) => a[0] - b[0])
        .map(([s, count]) => ({ skillId: input.skills[s]?.id ?? '', count })),
      closes,
    })
  }
  const hires = [...selection.hires].sort((a, b) => a.option.roleIndex - b.option.roleIndex)
  for (const { option, count } of hires) {
    for (let i = 0; i < count; i++) {
      actions.push({
        kind: 'hire',
        roleId: option.roleId,
        cost: option.cost,
        closes: option.covers.flatMap((s) => take(s, null)),
      })
    }
  }
  return actions
}

/** The plan's value on each priority tier (docs/planner.md, "Priorities"). */
export function selectionTiers(model: Pick<PlanModel, 'needy' | 'costScale'>, selection: PlanSelection): PlanTiers {
  const supply = supplyOf(selection)
  let criticalUncovered = 0
  let uncovered = 0
  let missing = 0
  for (const n of model.needy) {
    const added = supply.get(n.skillIndex) ?? 0
    missing += n.need - Math.min(n.need, added)
    if (n.holders === 0 && added === 0) {
      uncovered++
      if (n.skill.critical) criticalUncovered++
    }
  }
  return {
    criticalUncovered,
    uncovered,
    missing,
    costCents: Math.round((selectionUnits(selection, model.costScale) * 100) / model.costScale),
  }
}

function counts(report: CoverageReport): CoverageCounts {
  return {
    uncovered: report.total.uncovered,
    atRisk: report.total.atRisk,
    covered: report.total.covered,
    deficit: report.total.deficit,
  }
}

/** The people and ratings after the plan: trainees at their new level, each hire a new person. */
export function applyPlan(
  input: PlannerInput,
  actions: readonly PlanAction[],
): { people: Person[]; ratings: Map<Id, PersonRatings> } {
  const ratings = new Map(input.ratings)
  const people = [...input.people]
  const capacity = input.skills.reduce((max, s) => Math.max(max, s.slot + 1), 0)
  const slotOf = new Map(input.skills.map((s) => [s.id, s.slot]))
  const raise = (personId: Id, skillId: Id, level: number) => {
    const current = ratings.get(personId) ?? emptyRatings(personId, capacity)
    const levels = new Uint8Array(Math.max(capacity, current.levels.length)).fill(NOT_ASSESSED)
    levels.set(current.levels)
    const slot = slotOf.get(skillId)
    if (slot !== undefined) levels[slot] = level
    ratings.set(personId, { ...current, levels })
  }
  actions.forEach((action, i) => {
    if (action.kind === 'train' || action.kind === 'mentor')
      return raise(action.personId, action.skillId, action.toLevel)
    if (action.kind === 'course') {
      for (const a of action.attendees) for (const s of a.skills) raise(a.personId, s.skillId, s.toLevel)
      return
    }
    const role = input.roles.find((r) => r.id === action.roleId)
    const id = `hire:${i}`
    const record = emptyRatings(id, capacity)
    for (const [skillId, level] of Object.entries(role?.requirements ?? {})) {
      const slot = slotOf.get(skillId)
      if (slot !== undefined) record.levels[slot] = level
    }
    people.push({ id, name: id, email: '', team: '', title: '', active: true, trainable: false, order: people.length })
    ratings.set(id, record)
  })
  return { people, ratings }
}

export function planCoverage(input: PlannerInput, actions: readonly PlanAction[]): PlanCoverage {
  const before = computeCoverage({ skills: input.skills, people: input.people, ratings: input.ratings })
  const after = computeCoverage({ skills: input.skills, ...applyPlan(input, actions) })
  const skills = input.skills.flatMap((skill) => {
    const b = before.bySkill.get(skill.id)
    const a = after.bySkill.get(skill.id)
    if (!a || !b) return []
    return [
      {
        skillId: skill.id,
        holdersBefore: b.holders,
        holdersAfter: a.holders,
        statusBefore: b.status,
        statusAfter: a.status,
      },
    ]
  })
  return { before: counts(before), after: counts(after), skills }
}

function unclosedReasons(
  input: PlannerInput,
  model: PlanModel,
  need: SkillNeed,
  missing: number,
  hireable: boolean,
  candidates: number,
  approximate: boolean,
  hiresUsed: number,
): UnclosedReason[] {
  const reasons: UnclosedReason[] = []
  const level = need.skill.target.level
  const trainable = model.maxPerPerson > 0 ? candidates : 0
  const structural = hireable ? 0 : Math.max(0, need.need - trainable)
  if (!hireable && trainable === 0) reasons.push({ code: 'noRoleNoCandidates', level })
  else if (!hireable && trainable < need.need)
    reasons.push({ code: 'noRoleFewCandidates', level, candidates: trainable })
  if (missing > structural) {
    const { budget, maxHires } = input.limits
    const before = reasons.length
    if (budget !== null) reasons.push({ code: 'budget', budget })
    if (hireable && maxHires !== null && hiresUsed >= maxHires) reasons.push({ code: 'maxHires', maxHires })
    if (!hireable && budget === null) reasons.push({ code: 'trainingLimit', maxTrainings: model.maxPerPerson })
    if (approximate && reasons.length === before) reasons.push({ code: 'approximate' })
  }
  return reasons
}

export interface FinishOptions {
  engine: PlanResult['engine']
  proven: boolean
  fallbackReason: string | null
  /** Tiers the best plan without a budget or hire limit reaches (null = no limits were set: this plan is it). */
  closable: PlanTiers | null
  stats: Pick<PlanStats, 'rows' | 'columns' | 'buildMs' | 'solveMs' | 'solves' | 'gap' | 'timeLimitSeconds'>
}

/** Active people not assessed in each skill that misses holders ("assess first": they may already hold it). */
export function assessFirst(input: PlannerInput, model: PlanModel): AssessFirst[] {
  return model.needy.flatMap((n) => {
    let people = 0
    for (const person of input.people)
      if (person.active && levelIn(input.ratings.get(person.id), n.skill.slot) === null) people++
    return people ? [{ skillId: n.skill.id, people }] : []
  })
}

/** Turns a checked selection into the plan the page shows: actions, reasons, totals, coverage. */
export function finishPlan(
  input: PlannerInput,
  model: PlanModel,
  selection: PlanSelection,
  options: FinishOptions,
): PlanResult {
  const hireable = new Set(hireOptions(input, model.needs).flatMap((h) => h.covers))
  const candidatesPerSkill = new Map<number, number>()
  for (const c of model.allCandidates)
    candidatesPerSkill.set(c.skillIndex, (candidatesPerSkill.get(c.skillIndex) ?? 0) + 1)
  const totalNeed = model.needs.reduce((sum, n) => sum + n.need, 0)
  const closed = closedNeed(selection, model.needs)
  const tiers = selectionTiers(model, selection)
  const best = options.closable ?? tiers
  const closable = totalNeed - best.missing
  const supply = supplyOf(selection)
  const hires = hireCount(selection)
  const approximate = !options.proven
  const unclosed: UnclosedSkill[] = model.needy.flatMap((n) => {
    const added = supply.get(n.skillIndex) ?? 0
    const missing = n.need - Math.min(n.need, added)
    if (missing <= 0) return []
    const reasons = unclosedReasons(
      input,
      model,
      n,
      missing,
      hireable.has(n.skillIndex),
      candidatesPerSkill.get(n.skillIndex) ?? 0,
      approximate,
      hires,
    )
    return [
      {
        skillId: n.skill.id,
        need: n.need,
        missing,
        reasons,
        critical: n.skill.critical,
        holdersAfter: n.holders + added,
      },
    ]
  })
  const actions = planActions(input, model, selection)
  const coverage = planCoverage(input, actions)
  const applied = applyPlan(input, actions)
  const after = computeCoverage({ skills: input.skills, ...applied })
  const singleHolders: SingleHolderSkill[] = input.skills.flatMap((skill) => {
    const report = after.bySkill.get(skill.id)
    if (!report || report.holders !== 1) return []
    const personId =
      report.soleHolderId !== null && !report.soleHolderId.startsWith('hire:') ? report.soleHolderId : null
    // A second holder: someone who can learn it (training is always possible then), or a role that brings it.
    const canAddSecond =
      input.roles.some((role) => roleCovers(role, skill)) ||
      applied.people.some(
        (person) =>
          person.id !== report.soleHolderId && canLearn(input.costModel, person, applied.ratings.get(person.id), skill),
      )
    return [{ skillId: skill.id, personId, canAddSecond }]
  })
  const sameTiers =
    tiers.criticalUncovered === best.criticalUncovered &&
    tiers.uncovered === best.uncovered &&
    tiers.missing === best.missing
  const status: PlanStatus = !options.proven ? 'approximate' : sameTiers ? 'optimal' : 'partial'
  return {
    status,
    proven: options.proven,
    engine: options.engine,
    fallbackReason: options.fallbackReason,
    totalCost: roundCost(selectionCost(selection)),
    trainings: selection.trainings.length,
    hires,
    mentorships: selection.mentorships?.length ?? 0,
    attendances: (selection.courses ?? []).reduce((sum, c) => sum + c.attendees.length, 0),
    totalNeed,
    closedNeed: closed,
    closableNeed: closable,
    actions,
    unclosed,
    singleHolders,
    assessFirst: assessFirst(input, model),
    tiers,
    resilience: input.resilience ?? 'targets',
    coverage,
    limits: { ...input.limits },
    costModel: { ...input.costModel },
    stats: {
      candidates: model.allCandidates.length,
      keptCandidates: model.candidates.length,
      hireOptions: model.allHires.length,
      keptHireOptions: model.hires.length,
      mentorOptions: model.allMentorships.length,
      keptMentorOptions: model.mentorships.length,
      courseOptions: model.allAttendances.length,
      keptCourseOptions: model.attendances.length,
      ...options.stats,
    },
  }
}

/** Sums of decimal costs: no 0.30000000000000004 on screen or in the CSV. */
export function roundCost(cost: number): number {
  return Math.round(cost * 1e6) / 1e6
}
