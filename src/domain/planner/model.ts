import {
  attendanceCandidates,
  decimalsOf,
  hireOptions,
  mentoringOf,
  mentorsBySkill,
  mentorshipCandidates,
  skillNeeds,
  trainingCandidates,
  type AttendanceCandidate,
  type CourseOption,
  type HireOption,
  type MentorshipCandidate,
  type SkillNeed,
  type TrainingCandidate,
} from './candidates'
import { pruneHireOptions, pruneLearningOptions, withinBudget } from './prune'
import type { PlannerInput } from './types'

/** The MILP of a plan run, before it is written as LP text. */
export interface PlanModel {
  needs: SkillNeed[]
  /** Skills with need > 0: one cover row each. */
  needy: SkillNeed[]
  candidates: TrainingCandidate[]
  mentorships: MentorshipCandidate[]
  attendances: AttendanceCandidate[]
  /** Resources some kept attendance uses. */
  courses: CourseOption[]
  hires: HireOption[]
  /** Skill index → people (indexes) who can mentor it. */
  mentors: Map<number, number[]>
  /** Options before pruning (for the stats and the explanations). */
  allCandidates: TrainingCandidate[]
  allMentorships: MentorshipCandidate[]
  allAttendances: AttendanceCandidate[]
  allHires: HireOption[]
  maxPerPerson: number
  menteesPerMentor: number
  /** Costs are counted in 1 / costScale units (100 = cents): whole numbers, so the objective is exact. */
  costScale: number
  budget: number | null
  maxHires: number | null
}

export interface ModelOptions {
  /** Tests compare against the model without pruning. */
  prune?: boolean
}

/**
 * 100 (costs in cents), or 10^d when some cost has d > 2 decimals (the input validation rejects
 * those; the model stays exact for them anyway, up to 6 decimals).
 */
export function costScaleOf(input: PlannerInput): number {
  const { trainStepCost, interestDiscount, mentoringStepCost } = input.costModel
  const costs = [
    trainStepCost,
    interestDiscount,
    mentoringStepCost ?? 0,
    input.limits.budget ?? 0,
    ...input.roles.map((r) => r.hireCost),
  ]
  for (const r of input.resources ?? []) costs.push(r.costPerSeat, r.costPerSession)
  return 10 ** Math.max(2, ...costs.map(decimalsOf))
}

export function scaled(cost: number, scale: number): number {
  return Math.round(cost * scale)
}

export function buildPlanModel(input: PlannerInput, options: ModelOptions = {}): PlanModel {
  const prune = options.prune ?? true
  const needs = skillNeeds(input)
  const needy = needs.filter((n) => n.need > 0)
  const needBySkill = new Map(needy.map((n) => [n.skillIndex, n.need]))
  const needyIndexes = needy.map((n) => n.skillIndex)
  const maxPerPerson = Math.max(0, Math.floor(input.costModel.maxTrainingsPerPerson))
  const menteesPerMentor = mentoringOf(input.costModel).perMentor
  const allCandidates = maxPerPerson > 0 ? trainingCandidates(input, needyIndexes) : []
  const mentors = maxPerPerson > 0 ? mentorsBySkill(input, needyIndexes) : new Map<number, number[]>()
  const allMentorships = mentorshipCandidates(input, allCandidates, mentors)
  const { courses: allCourses, attendances: allAttendances } =
    maxPerPerson > 0 ? attendanceCandidates(input, needyIndexes) : { courses: [], attendances: [] }
  const allHires = input.limits.maxHires === 0 ? [] : hireOptions(input, needs)
  const { budget, maxHires } = input.limits
  const courseByIndex = new Map(allCourses.map((c) => [c.resourceIndex, c]))
  const seatFits = (a: AttendanceCandidate) => {
    const course = courseByIndex.get(a.resourceIndex)
    return budget === null || (course !== undefined && course.costPerSeat + course.costPerSession <= budget + 1e-9)
  }
  let candidates = allCandidates
  let mentorships = allMentorships
  let attendances = allAttendances
  let hires = allHires
  if (prune) {
    const kept = pruneLearningOptions(
      {
        trainings: withinBudget(allCandidates, budget),
        mentorships: withinBudget(allMentorships, budget),
        attendances: allAttendances.filter(seatFits),
      },
      needBySkill,
      maxPerPerson,
    )
    candidates = kept.trainings
    mentorships = kept.mentorships
    attendances = kept.attendances
    hires = pruneHireOptions(withinBudget(allHires, budget))
  }
  const usedCourses = new Set(attendances.map((a) => a.resourceIndex))
  const courses = allCourses.filter((c) => usedCourses.has(c.resourceIndex))
  return {
    needs,
    needy,
    candidates,
    mentorships,
    attendances,
    courses,
    hires,
    mentors,
    allCandidates,
    allMentorships,
    allAttendances,
    allHires,
    maxPerPerson,
    menteesPerMentor,
    costScale: costScaleOf(input),
    budget,
    maxHires,
  }
}
