import { seededRandom } from '../random'
import { emptyRatings } from '../ratings'
import type { Level } from '../scale'
import type {
  Id,
  LearningResource,
  Person,
  PersonRatings,
  Resilience,
  RoleTemplate,
  Skill,
  TargetLevel,
} from '../types'
import { NO_LIMITS, type PlanLimits, type PlannerInput } from './types'

export interface GenerateOptions {
  people: number
  skills: number
  roles: number
  seed: number
  limits?: PlanLimits
  /** Learning resources to add (each teaches 2–5 skills; a third are self-paced). Default 0. */
  resources?: number
  /** Mentoring on (1 per level, 2 mentees per mentor). Default off, as before issue 12. */
  mentoring?: boolean
  resilience?: Resilience
}

/**
 * A reproducible planner instance shaped like a real team: most skills have a few holders or
 * none (so there is need to close), everyone else sits at a lower level or is not assessed,
 * interests are mixed, and each role requires 8–12 skills. Used by the solver tests and the bench.
 */
export function generatePlannerInput(options: GenerateOptions): PlannerInput {
  const random = seededRandom(options.seed)
  const pick = (n: number) => Math.floor(random() * n)
  const skills: Skill[] = Array.from({ length: options.skills }, (_, slot) => {
    const draw = random()
    const level: TargetLevel = draw < 0.7 ? 3 : draw < 0.85 ? 2 : 4
    return {
      id: `s${slot}`,
      categoryId: 'c0',
      slot,
      name: `Skill ${slot}`,
      nameRu: '',
      aliases: [],
      description: '',
      order: slot,
      target: { level, people: 2 + pick(3) },
      critical: false,
      frameworkId: '',
      notes: '',
    }
  })
  const people: Person[] = Array.from({ length: options.people }, (_, i) => ({
    id: `p${i}`,
    name: `Person ${i}`,
    email: '',
    team: '',
    title: '',
    active: random() < 0.95,
    trainable: random() < 0.9,
    order: i,
  }))
  const ratings = new Map<Id, PersonRatings>(people.map((p) => [p.id, emptyRatings(p.id, options.skills)]))
  const records = people.map((p) => ratings.get(p.id) as PersonRatings)
  skills.forEach((skill, slot) => {
    const target = skill.target.level
    // Holders: 0 … target people + 1, at or above the target level.
    const holders = new Set<number>()
    const wanted = Math.min(options.people, pick(skill.target.people + 2))
    while (holders.size < wanted) holders.add(pick(options.people))
    records.forEach((record, i) => {
      const draw = random()
      if (holders.has(i)) record.levels[slot] = target + pick(5 - target)
      // Below the target, low levels are the most common; 15 % were never assessed.
      else if (draw >= 0.15) record.levels[slot] = Math.floor((target * (draw - 0.15) ** 2) / 0.7225) as Level
      const interest = random()
      if (interest < 0.08) record.interest[slot] = 2
      else if (interest < 0.2) record.interest[slot] = 0
      else if (interest < 0.5) record.interest[slot] = 1
    })
  })
  const roles: RoleTemplate[] = Array.from({ length: options.roles }, (_, r) => {
    const requirements: Record<Id, Level> = {}
    const count = Math.min(options.skills, 8 + pick(5))
    while (Object.keys(requirements).length < count) {
      const draw = random()
      requirements[`s${pick(options.skills)}`] = draw < 0.2 ? 2 : draw < 0.8 ? 3 : 4
    }
    return {
      id: `r${r}`,
      name: `Role ${r}`,
      nameRu: '',
      requirements,
      hireCost: 5 + pick(8),
      order: r,
      frameworkId: '',
    }
  })
  // Drawn after everything else, so the teams of a seed are the same with or without resources.
  const resources: LearningResource[] = Array.from({ length: options.resources ?? 0 }, (_, k) => {
    const teaches: Record<Id, Level> = {}
    const count = Math.min(options.skills, 2 + pick(4))
    while (Object.keys(teaches).length < count) teaches[`s${pick(options.skills)}`] = (2 + pick(3)) as Level
    const selfPaced = random() < 0.33
    return {
      id: `k${k}`,
      title: { en: `Course ${k}`, ru: `Курс ${k}` },
      url: null,
      kind: selfPaced ? 'self-study' : 'workshop',
      language: 'en',
      note: '',
      teaches,
      seats: selfPaced ? null : 8 + pick(23),
      costPerSeat: 1 + pick(4),
      costPerSession: selfPaced ? 0 : 2 + pick(5),
      order: k,
      frameworkId: '',
    }
  })
  return {
    skills,
    people,
    ratings,
    roles,
    costModel: {
      trainStepCost: 2,
      interestDiscount: 1,
      maxTrainingsPerPerson: 3,
      ...(options.mentoring ? { mentoringStepCost: 1, menteesPerMentor: 2 } : {}),
    },
    limits: options.limits ?? NO_LIMITS,
    ...(options.resources ? { resources } : {}),
    ...(options.resilience ? { resilience: options.resilience } : {}),
  }
}
