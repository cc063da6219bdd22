import { valueFor } from '../idRecord'
import { DEFAULT_INTEREST, INTEREST_UNSET, NOT_ASSESSED, type Interest, type Level } from '../scale'
import type {
  CostModel,
  Id,
  LearningResource,
  Person,
  PersonRatings,
  Resilience,
  RoleTemplate,
  Skill,
  TargetLevel,
} from '../types'
import type { MentorAction, PlannerInput, TrainAction } from './types'

export interface SkillNeed {
  skill: Skill
  /** Index of the skill in `input.skills`. */
  skillIndex: number
  holders: number
  /** Holders the plan aims for: the target, raised by the resilience setting. */
  required: number
  /** Missing holders: max(0, required − holders). */
  need: number
}

/** A training the model may choose: the action's fields, plus where its person and skill stand in the input. */
export interface TrainingCandidate extends Omit<
  TrainAction,
  'kind' | 'closes' | 'levelUnknown' | 'noCourse' | 'noMentor'
> {
  personIndex: number
  skillIndex: number
}

/** A mentorship the model may choose (the mentor is picked by the model among `mentorsOf(skill)`). */
export interface MentorshipCandidate extends Omit<MentorAction, 'kind' | 'closes' | 'levelUnknown' | 'mentorId'> {
  personIndex: number
  skillIndex: number
}

/** Person p attending resource k: the needy skills it makes them a holder of. */
export interface AttendanceCandidate {
  personIndex: number
  personId: Id
  resourceIndex: number
  skills: { skillIndex: number; fromLevel: Level | null; toLevel: TargetLevel }[]
}

/** A resource some needy skill's candidate could attend. */
export interface CourseOption {
  resourceIndex: number
  resourceId: Id
  /** null = self-paced. */
  seats: number | null
  costPerSeat: number
  costPerSession: number
}

/** Holders a skill's target asks for under a resilience setting (docs/planner.md: why N + 1 for a departure). */
export function requiredHolders(targetPeople: number, resilience: Resilience): number {
  if (targetPeople <= 0) return 0
  if (resilience === 'no-single-holder') return Math.max(2, targetPeople)
  if (resilience === 'survive-departure') return targetPeople + 1
  return targetPeople
}

/** The cost model's mentoring fields as the planner uses them (absent = old data: no mentoring). */
export function mentoringOf(model: CostModel): { stepCost: number; perMentor: number } {
  return { stepCost: model.mentoringStepCost ?? 1, perMentor: Math.max(0, Math.floor(model.menteesPerMentor ?? 0)) }
}

export interface HireOption {
  roleIndex: number
  roleId: Id
  cost: number
  /** Indexes (into `input.skills`) of the needy skills one hire adds a holder to. */
  covers: number[]
  /** More hires than the largest need among `covers` never help. */
  maxUseful: number
}

export function levelIn(ratings: PersonRatings | undefined, slot: number): Level | null {
  const value = ratings?.levels[slot] ?? NOT_ASSESSED
  return value === NOT_ASSESSED || value > 4 ? null : (value as Level)
}

export function interestIn(ratings: PersonRatings | undefined, slot: number): Interest | null {
  const value = ratings?.interest[slot] ?? INTEREST_UNSET
  return value === 0 || value === 1 || value === 2 ? value : null
}

export function isHolder(person: Person, ratings: PersonRatings | undefined, skill: Skill): boolean {
  const level = levelIn(ratings, skill.slot)
  return person.active && level !== null && level >= skill.target.level
}

/** Holders and missing holders of every skill, in the order of `skills`. */
export function skillNeeds(input: Pick<PlannerInput, 'skills' | 'people' | 'ratings' | 'resilience'>): SkillNeed[] {
  const resilience = input.resilience ?? 'targets'
  const holders = new Int32Array(input.skills.length)
  for (const person of input.people) {
    if (!person.active) continue
    const ratings = input.ratings.get(person.id)
    input.skills.forEach((skill, i) => {
      if (isHolder(person, ratings, skill)) holders[i] = (holders[i] ?? 0) + 1
    })
  }
  return input.skills.map((skill, skillIndex) => {
    const count = holders[skillIndex] ?? 0
    const required = requiredHolders(skill.target.people, resilience)
    return { skill, skillIndex, holders: count, required, need: Math.max(0, required - count) }
  })
}

/**
 * Cost of training someone from `level` (null = not assessed = 0) to `target`. A person who wants to
 * grow (interest 2) costs `interestDiscount` less; the cost never goes below 0 (a free training
 * still only enters a plan when it closes need, and redundant actions are dropped).
 */
export function trainingCost(
  model: CostModel,
  level: Level | null,
  target: TargetLevel,
  interest: Interest | null,
): number {
  return stepsCost(model.trainStepCost, model.interestDiscount, level, target, interest)
}

/** Cost of a mentorship: as a training, with `mentoringStepCost` per level. */
export function mentoringCost(
  model: CostModel,
  level: Level | null,
  target: TargetLevel,
  interest: Interest | null,
): number {
  return stepsCost(mentoringOf(model).stepCost, model.interestDiscount, level, target, interest)
}

function stepsCost(
  stepCost: number,
  interestDiscount: number,
  level: Level | null,
  target: TargetLevel,
  interest: Interest | null,
): number {
  const steps = target - (level ?? 0)
  const discount = interest === 2 ? interestDiscount : 0
  // In hundredths (or finer, see costScaleOf) so 0.1 × 3 is 0.3, not 0.30000000000000004.
  const scale = 10 ** Math.max(2, decimalsOf(stepCost), decimalsOf(interestDiscount))
  return Math.max(0, Math.round(stepCost * scale) * steps - Math.round(discount * scale)) / scale
}

/** Decimals a cost is written with (at most 6 are looked at). */
export function decimalsOf(value: number): number {
  for (let d = 0; d < 6; d++)
    if (Math.abs(value * 10 ** d - Math.round(value * 10 ** d)) < 1e-7 * Math.max(1, Math.abs(value) * 10 ** d))
      return d
  return 6
}

/**
 * Train(p, s) is a candidate when p is active and available for training, is below the target level
 * (not assessed counts as 0) and has not said "not interested" (unset interest counts as open).
 */
export function candidateFor(
  model: CostModel,
  person: Person,
  personIndex: number,
  ratings: PersonRatings | undefined,
  skill: Skill,
  skillIndex: number,
): TrainingCandidate | null {
  if (!person.active || !person.trainable || model.maxTrainingsPerPerson < 1) return null
  const fromLevel = levelIn(ratings, skill.slot)
  if ((fromLevel ?? 0) >= skill.target.level) return null
  const interest = interestIn(ratings, skill.slot)
  if ((interest ?? DEFAULT_INTEREST) === 0) return null
  return {
    personIndex,
    skillIndex,
    personId: person.id,
    skillId: skill.id,
    fromLevel,
    toLevel: skill.target.level,
    interest,
    cost: trainingCost(model, fromLevel, skill.target.level, interest),
  }
}

/** Every training candidate of the skills listed (by index), person by person. */
export function trainingCandidates(input: PlannerInput, skillIndexes: readonly number[]): TrainingCandidate[] {
  const result: TrainingCandidate[] = []
  input.people.forEach((person, personIndex) => {
    if (!person.active || !person.trainable) return
    const ratings = input.ratings.get(person.id)
    for (const skillIndex of skillIndexes) {
      const skill = input.skills[skillIndex]
      if (!skill) continue
      const candidate = candidateFor(input.costModel, person, personIndex, ratings, skill, skillIndex)
      if (candidate) result.push(candidate)
    }
  })
  return result
}

/** Who can learn a skill by any action: active, available, K ≥ 1, below the target, not "not interested". */
export function canLearn(model: CostModel, person: Person, ratings: PersonRatings | undefined, skill: Skill): boolean {
  if (!person.active || !person.trainable || model.maxTrainingsPerPerson < 1) return false
  if ((levelIn(ratings, skill.slot) ?? 0) >= skill.target.level) return false
  return (interestIn(ratings, skill.slot) ?? DEFAULT_INTEREST) !== 0
}

/** Mentors of each listed skill (index → person indexes): active, available, at level 4. Empty when mentoring is off. */
export function mentorsBySkill(input: PlannerInput, skillIndexes: readonly number[]): Map<number, number[]> {
  const mentors = new Map<number, number[]>()
  if (mentoringOf(input.costModel).perMentor < 1) return mentors
  input.people.forEach((person, personIndex) => {
    if (!person.active || !person.trainable) return
    const ratings = input.ratings.get(person.id)
    for (const skillIndex of skillIndexes) {
      const skill = input.skills[skillIndex]
      if (!skill || levelIn(ratings, skill.slot) !== 4) continue
      const list = mentors.get(skillIndex) ?? []
      list.push(personIndex)
      mentors.set(skillIndex, list)
    }
  })
  return mentors
}

/** Mentorships of the listed skills that have a mentor: the training candidates, at the mentoring cost. */
export function mentorshipCandidates(
  input: PlannerInput,
  trainings: readonly TrainingCandidate[],
  mentors: ReadonlyMap<number, readonly number[]>,
): MentorshipCandidate[] {
  return trainings
    .filter((t) => (mentors.get(t.skillIndex)?.length ?? 0) > 0)
    .map((t) => ({ ...t, cost: mentoringCost(input.costModel, t.fromLevel, t.toLevel, t.interest) }))
}

/** True when a resource brings an attendee to the skill's target level. */
export function resourceTeaches(resource: LearningResource, skill: Skill): boolean {
  const level = valueFor(resource.teaches, skill.id)
  return level !== undefined && level >= skill.target.level
}

/** Every (person, resource) pair where attending makes the person a holder of at least one listed skill. */
export function attendanceCandidates(
  input: PlannerInput,
  skillIndexes: readonly number[],
): { courses: CourseOption[]; attendances: AttendanceCandidate[] } {
  const courses: CourseOption[] = []
  const attendances: AttendanceCandidate[] = []
  if (input.costModel.maxTrainingsPerPerson < 1) return { courses, attendances }
  ;(input.resources ?? []).forEach((resource, resourceIndex) => {
    const taught = skillIndexes.filter((s) => {
      const skill = input.skills[s]
      return skill !== undefined && resourceTeaches(resource, skill)
    })
    if (!taught.length) return
    const seats = resource.seats === null ? null : Math.max(1, Math.floor(resource.seats))
    let used = false
    input.people.forEach((person, personIndex) => {
      const ratings = input.ratings.get(person.id)
      const skills = taught.flatMap((skillIndex) => {
        const skill = input.skills[skillIndex] as Skill
        return canLearn(input.costModel, person, ratings, skill)
          ? [{ skillIndex, fromLevel: levelIn(ratings, skill.slot), toLevel: skill.target.level }]
          : []
      })
      if (!skills.length) return
      used = true
      attendances.push({ personIndex, personId: person.id, resourceIndex, skills })
    })
    if (used)
      courses.push({
        resourceIndex,
        resourceId: resource.id,
        seats,
        costPerSeat: resource.costPerSeat,
        costPerSession: seats === null ? 0 : resource.costPerSession,
      })
  })
  return { courses, attendances }
}

/** True when a hire in `role` counts as a holder of `skill` (the role requires its target level). */
export function roleCovers(role: RoleTemplate, skill: Skill): boolean {
  const level = valueFor(role.requirements, skill.id)
  return level !== undefined && level >= skill.target.level
}

/** The roles worth hiring: those that add a holder to at least one needy skill. */
export function hireOptions(input: PlannerInput, needs: readonly SkillNeed[]): HireOption[] {
  const needy = needs.filter((n) => n.need > 0)
  const options: HireOption[] = []
  input.roles.forEach((role, roleIndex) => {
    const covered = needy.filter((n) => roleCovers(role, n.skill))
    if (!covered.length) return
    options.push({
      roleIndex,
      roleId: role.id,
      cost: role.hireCost,
      covers: covered.map((n) => n.skillIndex),
      maxUseful: Math.max(...covered.map((n) => n.need)),
    })
  })
  return options
}

export interface SkillCandidates {
  /** Everyone who could be trained to the skill's target, cheapest first (ties by name). */
  ranked: TrainingCandidate[]
  /** Active people below the target who are left out, and why. */
  notInterested: number
  unavailable: number
}

/** "Who could grow into this skill": the training candidates of one skill, ranked by cost. */
export function skillCandidates(
  input: Pick<PlannerInput, 'people' | 'ratings' | 'costModel'>,
  skill: Skill,
): SkillCandidates {
  const ranked: TrainingCandidate[] = []
  let notInterested = 0
  let unavailable = 0
  input.people.forEach((person, personIndex) => {
    if (!person.active) return
    const ratings = input.ratings.get(person.id)
    if ((levelIn(ratings, skill.slot) ?? 0) >= skill.target.level) return
    const candidate = candidateFor(input.costModel, person, personIndex, ratings, skill, 0)
    if (candidate) ranked.push(candidate)
    else if (!person.trainable || input.costModel.maxTrainingsPerPerson < 1) unavailable++
    else notInterested++
  })
  const names = input.people.map((p) => p.name)
  ranked.sort((a, b) => a.cost - b.cost || (names[a.personIndex] ?? '').localeCompare(names[b.personIndex] ?? ''))
  return { ranked, notInterested, unavailable }
}
