import { DEFAULT_INTEREST, INTEREST_UNSET, NOT_ASSESSED, type Interest, type Level } from '../scale'
import type { CostModel, Id, Person, PersonRatings, RoleTemplate, Skill, TargetLevel } from '../types'
import type { PlannerInput, TrainAction } from './types'

export interface SkillNeed {
  skill: Skill
  /** Index of the skill in `input.skills`. */
  skillIndex: number
  holders: number
  /** Missing holders: max(0, target people − holders). */
  need: number
}

/** A training the model may choose: the action's fields, plus where its person and skill stand in the input. */
export interface TrainingCandidate extends Omit<TrainAction, 'kind' | 'closes'> {
  personIndex: number
  skillIndex: number
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

function levelIn(ratings: PersonRatings | undefined, slot: number): Level | null {
  const value = ratings?.levels[slot] ?? NOT_ASSESSED
  return value === NOT_ASSESSED || value > 4 ? null : (value as Level)
}

function interestIn(ratings: PersonRatings | undefined, slot: number): Interest | null {
  const value = ratings?.interest[slot] ?? INTEREST_UNSET
  return value === 0 || value === 1 || value === 2 ? value : null
}

export function isHolder(person: Person, ratings: PersonRatings | undefined, skill: Skill): boolean {
  const level = levelIn(ratings, skill.slot)
  return person.active && level !== null && level >= skill.target.level
}

/** Holders and missing holders of every skill, in the order of `skills`. */
export function skillNeeds(input: Pick<PlannerInput, 'skills' | 'people' | 'ratings'>): SkillNeed[] {
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
    return { skill, skillIndex, holders: count, need: Math.max(0, skill.target.people - count) }
  })
}

/**
 * Cost of training someone from `level` (null = not assessed = 0) to `target`. A person who wants to
 * grow (interest 2) costs `interestDiscount` less; the cost never goes below 0 (a free training
 * still only enters a plan when it closes need, and redundant actions are dropped).
 */
export function trainingCost(model: CostModel, level: Level | null, target: TargetLevel, interest: Interest | null): number {
  const steps = target - (level ?? 0)
  const discount = interest === 2 ? model.interestDiscount : 0
  return Math.max(0, model.trainStepCost * steps - discount)
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

/** True when a hire in `role` counts as a holder of `skill` (the role requires its target level). */
export function roleCovers(role: RoleTemplate, skill: Skill): boolean {
  const level = role.requirements[skill.id]
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
export function skillCandidates(input: Pick<PlannerInput, 'people' | 'ratings' | 'costModel'>, skill: Skill): SkillCandidates {
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
