import type {
  AttendanceCandidate,
  CourseOption,
  HireOption,
  MentorshipCandidate,
  SkillNeed,
  TrainingCandidate,
} from './candidates'
import { attendColumn, hireColumn, mentorColumn, trainColumn } from './lp'
import { costScaleOf, scaled, type PlanModel } from './model'
import type { PlannerInput } from './types'

/** A course in a plan: who attends and how many sessions run (null = self-paced). */
export interface CourseSelection {
  option: CourseOption
  attendees: AttendanceCandidate[]
  sessions: number | null
}

/** The actions a solver or heuristic picked. */
export interface PlanSelection {
  trainings: TrainingCandidate[]
  /** Mentorships with the mentor (person index) each one got. */
  mentorships?: { candidate: MentorshipCandidate; mentorIndex: number }[]
  courses?: CourseSelection[]
  hires: { option: HireOption; count: number }[]
}

export class InvalidPlanError extends Error {
  constructor(problem: string) {
    super(`The solver returned an invalid plan: ${problem}`)
    this.name = 'InvalidPlanError'
  }
}

/** Sessions a resource needs for `attendees` people: whole sessions, null when self-paced. */
export function sessionsFor(option: CourseOption, attendees: number): number | null {
  return option.seats === null ? null : Math.ceil(attendees / option.seats)
}

export function courseCost(option: CourseOption, attendees: number): number {
  return (sessionsFor(option, attendees) ?? 0) * option.costPerSession + attendees * option.costPerSeat
}

function courseUnits(option: CourseOption, attendees: number, scale: number): number {
  return (
    (sessionsFor(option, attendees) ?? 0) * scaled(option.costPerSession, scale) +
    attendees * scaled(option.costPerSeat, scale)
  )
}

/** Courses of a set of attendances, in resource order. */
export function coursesOf(
  model: Pick<PlanModel, 'courses'>,
  attendances: readonly AttendanceCandidate[],
): CourseSelection[] {
  return model.courses.flatMap((option) => {
    const attendees = attendances.filter((a) => a.resourceIndex === option.resourceIndex)
    return attendees.length ? [{ option, attendees, sessions: sessionsFor(option, attendees.length) }] : []
  })
}

/**
 * Gives each mentee a mentor (level 4 in the skill, at most `perMentor` mentees each), by
 * augmenting paths; null when no such assignment exists.
 */
export function assignMentors(
  mentees: readonly MentorshipCandidate[],
  mentors: ReadonlyMap<number, readonly number[]>,
  perMentor: number,
): { candidate: MentorshipCandidate; mentorIndex: number }[] | null {
  const mentorOf: number[] = mentees.map(() => -1)
  const load = new Map<number, number[]>()
  const tryAssign = (i: number, seen: Set<number>): boolean => {
    for (const q of mentors.get((mentees[i] as MentorshipCandidate).skillIndex) ?? []) {
      if (seen.has(q) || q === mentees[i]?.personIndex) continue
      seen.add(q)
      const taken = load.get(q) ?? []
      if (taken.length < perMentor) {
        taken.push(i)
        load.set(q, taken)
        mentorOf[i] = q
        return true
      }
      for (const other of taken) {
        if (tryAssign(other, seen)) {
          load.set(q, [...(load.get(q) ?? []).filter((j) => j !== other), i])
          mentorOf[i] = q
          return true
        }
      }
    }
    return false
  }
  for (let i = 0; i < mentees.length; i++) if (!tryAssign(i, new Set())) return null
  return mentees.map((candidate, i) => ({ candidate, mentorIndex: mentorOf[i] as number }))
}

/** Reads the solver's column values back into actions (values are rounded: integrality tolerance). */
export function decodeSolution(model: PlanModel, values: Readonly<Record<string, number>>): PlanSelection {
  const value = (name: string) => {
    const v = values[name] ?? 0
    if (!Number.isFinite(v)) throw new InvalidPlanError(`${name} is not a number`)
    return v
  }
  const trainings = model.candidates.filter((_, i) => value(trainColumn(i)) > 0.5)
  const mentees = model.mentorships.filter((_, i) => value(mentorColumn(i)) > 0.5)
  const mentorships = assignMentors(mentees, model.mentors, model.menteesPerMentor)
  if (!mentorships) throw new InvalidPlanError('mentees without a mentor')
  const courses = coursesOf(
    model,
    model.attendances.filter((_, i) => value(attendColumn(i)) > 0.5),
  )
  const hires = model.hires
    .map((option, j) => ({ option, count: Math.max(0, Math.round(value(hireColumn(j)))) }))
    .filter((h) => h.count > 0)
  return { trainings, mentorships, courses, hires }
}

export function selectionCost(selection: PlanSelection): number {
  return (
    selection.trainings.reduce((sum, t) => sum + t.cost, 0) +
    (selection.mentorships ?? []).reduce((sum, m) => sum + m.candidate.cost, 0) +
    (selection.courses ?? []).reduce((sum, c) => sum + courseCost(c.option, c.attendees.length), 0) +
    selection.hires.reduce((sum, h) => sum + h.count * h.option.cost, 0)
  )
}

/** Total cost in 1/scale units: whole numbers, exact. */
export function selectionUnits(selection: PlanSelection, scale: number): number {
  return (
    selection.trainings.reduce((sum, t) => sum + scaled(t.cost, scale), 0) +
    (selection.mentorships ?? []).reduce((sum, m) => sum + scaled(m.candidate.cost, scale), 0) +
    (selection.courses ?? []).reduce((sum, c) => sum + courseUnits(c.option, c.attendees.length, scale), 0) +
    selection.hires.reduce((sum, h) => sum + h.count * scaled(h.option.cost, scale), 0)
  )
}

export function hireCount(selection: PlanSelection): number {
  return selection.hires.reduce((sum, h) => sum + h.count, 0)
}

/** Every (person, skill) the selection makes a holder, once however many actions do. */
export function newHolders(selection: PlanSelection): Map<number, Set<number>> {
  const holders = new Map<number, Set<number>>()
  const add = (skillIndex: number, personIndex: number) => {
    const set = holders.get(skillIndex) ?? new Set<number>()
    set.add(personIndex)
    holders.set(skillIndex, set)
  }
  for (const t of selection.trainings) add(t.skillIndex, t.personIndex)
  for (const m of selection.mentorships ?? []) add(m.candidate.skillIndex, m.candidate.personIndex)
  for (const c of selection.courses ?? [])
    for (const a of c.attendees) for (const s of a.skills) add(s.skillIndex, a.personIndex)
  return holders
}

/** New holders per skill index that the selection brings (people once each, plus hires). */
export function supplyOf(selection: PlanSelection): Map<number, number> {
  const supply = new Map<number, number>()
  for (const [skillIndex, people] of newHolders(selection)) supply.set(skillIndex, people.size)
  for (const { option, count } of selection.hires)
    for (const s of option.covers) supply.set(s, (supply.get(s) ?? 0) + count)
  return supply
}

/** Units of need closed: Σ min(need(s), new holders of s). */
export function closedNeed(selection: PlanSelection, needs: readonly SkillNeed[]): number {
  const supply = supplyOf(selection)
  return needs.reduce((sum, n) => sum + Math.min(n.need, supply.get(n.skillIndex) ?? 0), 0)
}

/** Learning actions per person index: trainings, mentorships received and resources attended. */
export function loadOf(selection: PlanSelection): Map<number, number> {
  const load = new Map<number, number>()
  const add = (p: number) => load.set(p, (load.get(p) ?? 0) + 1)
  for (const t of selection.trainings) add(t.personIndex)
  for (const m of selection.mentorships ?? []) add(m.candidate.personIndex)
  for (const c of selection.courses ?? []) for (const a of c.attendees) add(a.personIndex)
  return load
}

/**
 * Drops actions that close nothing (every skill they make someone a holder of is full without
 * them), dearest first; a course attendee at a time (its sessions shrink with it). Only
 * zero-cost actions can be redundant in an optimal plan; this keeps plans free of them.
 */
export function withoutRedundant(selection: PlanSelection, needs: readonly SkillNeed[]): PlanSelection {
  const needOf = new Map(needs.map((n) => [n.skillIndex, n.need]))
  const current: Required<PlanSelection> = {
    trainings: [...selection.trainings],
    mentorships: [...(selection.mentorships ?? [])],
    courses: (selection.courses ?? []).map((c) => ({ ...c, attendees: [...c.attendees] })),
    hires: selection.hires.map((h) => ({ ...h })),
  }
  for (;;) {
    const supply = supplyOf(current)
    // How many of the selection's actions make each (person, skill) a holder.
    const sources = new Map<string, number>()
    const source = (p: number, s: number) => sources.set(`${p}:${s}`, (sources.get(`${p}:${s}`) ?? 0) + 1)
    for (const t of current.trainings) source(t.personIndex, t.skillIndex)
    for (const m of current.mentorships) source(m.candidate.personIndex, m.candidate.skillIndex)
    for (const c of current.courses)
      for (const a of c.attendees) for (const s of a.skills) source(a.personIndex, s.skillIndex)
    const spare = (p: number, s: number) =>
      (sources.get(`${p}:${s}`) ?? 0) > 1 || (supply.get(s) ?? 0) > (needOf.get(s) ?? 0)
    const drops: { cost: number; apply: () => void }[] = []
    current.trainings.forEach((t, i) => {
      if (spare(t.personIndex, t.skillIndex)) drops.push({ cost: t.cost, apply: () => current.trainings.splice(i, 1) })
    })
    current.mentorships.forEach((m, i) => {
      if (spare(m.candidate.personIndex, m.candidate.skillIndex))
        drops.push({ cost: m.candidate.cost, apply: () => current.mentorships.splice(i, 1) })
    })
    current.courses.forEach((c, k) =>
      c.attendees.forEach((a, i) => {
        if (!a.skills.every((s) => spare(a.personIndex, s.skillIndex))) return
        const saved = courseCost(c.option, c.attendees.length) - courseCost(c.option, c.attendees.length - 1)
        drops.push({
          cost: saved,
          apply: () => {
            c.attendees.splice(i, 1)
            c.sessions = sessionsFor(c.option, c.attendees.length)
            if (!c.attendees.length) current.courses.splice(k, 1)
          },
        })
      }),
    )
    current.hires.forEach((h, i) => {
      if (!h.option.covers.every((s) => (supply.get(s) ?? 0) > (needOf.get(s) ?? 0))) return
      drops.push({
        cost: h.option.cost,
        apply: () => {
          h.count--
          if (h.count === 0) current.hires.splice(i, 1)
        },
      })
    })
    const dearest = drops.sort((a, b) => b.cost - a.cost)[0]
    if (!dearest) return current
    dearest.apply()
  }
}

/** Checks the rules a plan must keep whatever produced it: load, mentors, seats, limits, no action twice. */
export function checkSelection(input: PlannerInput, selection: PlanSelection): void {
  const seen = new Set<string>()
  const once = (key: string) => {
    if (seen.has(key)) throw new InvalidPlanError(`${key} twice`)
    seen.add(key)
  }
  for (const t of selection.trainings) once(`train ${t.personIndex}:${t.skillIndex}`)
  for (const m of selection.mentorships ?? []) once(`mentor ${m.candidate.personIndex}:${m.candidate.skillIndex}`)
  for (const c of selection.courses ?? []) {
    for (const a of c.attendees) once(`attend ${a.personIndex}:${c.option.resourceIndex}`)
    if (c.option.seats !== null && (c.sessions ?? 0) * c.option.seats < c.attendees.length)
      throw new InvalidPlanError(`too few sessions of ${c.option.resourceId}`)
  }
  for (const [personIndex, count] of loadOf(selection)) {
    if (count > input.costModel.maxTrainingsPerPerson)
      throw new InvalidPlanError(`person ${personIndex} gets ${count} learning actions`)
  }
  const mentees = new Map<number, number>()
  for (const { candidate, mentorIndex } of selection.mentorships ?? []) {
    const mentor = input.people[mentorIndex]
    const skill = input.skills[candidate.skillIndex]
    const level = mentor && skill ? input.ratings.get(mentor.id)?.levels[skill.slot] : undefined
    if (!mentor || !mentor.active || !mentor.trainable || level !== 4 || mentorIndex === candidate.personIndex)
      throw new InvalidPlanError(`mentor ${mentorIndex} cannot mentor`)
    mentees.set(mentorIndex, (mentees.get(mentorIndex) ?? 0) + 1)
  }
  const perMentor = Math.floor(input.costModel.menteesPerMentor ?? 0)
  for (const [mentorIndex, count] of mentees)
    if (count > perMentor) throw new InvalidPlanError(`mentor ${mentorIndex} takes ${count} mentees`)
  const { budget, maxHires } = input.limits
  if (budget !== null && selectionUnits(selection, costScaleOf(input)) > Math.round(budget * costScaleOf(input)))
    throw new InvalidPlanError('over budget')
  if (maxHires !== null && hireCount(selection) > maxHires) throw new InvalidPlanError('over the hire limit')
}
