import type { LocalText } from '../text'
import type { Id, LearningResource, Resilience, WorkspaceData } from '../types'
import { shownActions } from './shownActions'
import type { CoverageCounts, PlanActionKind, PlanLimits, PlanResult, PlanStatus } from './types'

/** One action of a saved plan, with names as they were: people and roles may change later. */
export interface SavedAction {
  kind: PlanActionKind
  /** The person trained or mentored, the role hired, or the resource attended. */
  who: LocalText
  /** The skill trained or mentored (null for a hire or a course). */
  skill: LocalText | null
  fromLevel: number | null
  toLevel: number | null
  cost: number
  /** A mentorship's mentor (absent in other kinds). */
  mentor?: LocalText
  /** A course's attendees, by name as they were. */
  attendees?: LocalText[]
  /** A course: per skill, how many attendees become holders of it. */
  holders?: { skill: LocalText; count: number }[]
  /** A course: sessions to run and seats per session (null: self-paced). */
  sessions?: number | null
  seats?: number | null
  /** Hires of one role, grouped into one action (absent: 1). */
  count?: number
}

/** What a saved scenario keeps: enough to list, compare and read it without the workspace as it was. */
export interface SavedPlanContent {
  version: 1
  status: PlanStatus
  totalCost: number
  trainings: number
  hires: number
  totalNeed: number
  closedNeed: number
  limits: PlanLimits
  /** Absent in scenarios saved before resilience existed: they aimed at the targets. */
  resilience?: Resilience
  costModel: {
    trainStepCost: number
    interestDiscount: number
    maxTrainingsPerPerson: number
    /** Absent in scenarios saved before mentoring existed (they planned none). */
    mentoringStepCost?: number
    menteesPerMentor?: number
  }
  actions: SavedAction[]
  /** Skills still missing holders after the plan. */
  open: { skill: LocalText; missing: number }[]
  coverageBefore: CoverageCounts
  coverageAfter: CoverageCounts
}

export interface SavedPlan {
  id: Id
  name: string
  createdAt: number
  content: SavedPlanContent
}

const unknownName: LocalText = { en: '?', ru: '?' }

export function toSavedContent(
  result: PlanResult,
  data: Pick<WorkspaceData, 'people' | 'skills' | 'roles'> & { resources?: readonly LearningResource[] },
): SavedPlanContent {
  const skills = new Map(data.skills.map((s) => [s.id, { en: s.name, ru: s.nameRu || s.name }]))
  const people = new Map(data.people.map((p) => [p.id, { en: p.name, ru: p.name }]))
  const roles = new Map(data.roles.map((r) => [r.id, { en: r.name, ru: r.nameRu || r.name }]))
  const resources = new Map(
    (data.resources ?? []).map((r) => [r.id, { en: r.title.en || r.title.ru, ru: r.title.ru || r.title.en }]),
  )
  const person = (id: Id) => people.get(id) ?? unknownName
  const skill = (id: Id) => skills.get(id) ?? unknownName
  return {
    version: 1,
    status: result.status,
    totalCost: result.totalCost,
    trainings: result.trainings,
    hires: result.hires,
    totalNeed: result.totalNeed,
    closedNeed: result.closedNeed,
    limits: { ...result.limits },
    resilience: result.resilience,
    costModel: { ...result.costModel },
    actions: shownActions(result.actions).map((action): SavedAction => {
      switch (action.kind) {
        case 'train':
          return {
            kind: 'train',
            who: person(action.personId),
            skill: skill(action.skillId),
            fromLevel: action.fromLevel,
            toLevel: action.toLevel,
            cost: action.cost,
          }
        case 'mentor':
          return {
            kind: 'mentor',
            who: person(action.personId),
            skill: skill(action.skillId),
            fromLevel: action.fromLevel,
            toLevel: action.toLevel,
            cost: action.cost,
            mentor: person(action.mentorId),
          }
        case 'course':
          return {
            kind: 'course',
            who: resources.get(action.resourceId) ?? unknownName,
            skill: null,
            fromLevel: null,
            toLevel: null,
            cost: action.cost,
            attendees: action.attendees.map((a) => person(a.personId)),
            holders: action.holders.map((h) => ({ skill: skill(h.skillId), count: h.count })),
            sessions: action.sessions,
            seats: action.seats,
          }
        case 'hire':
          return {
            kind: 'hire',
            who: roles.get(action.roleId) ?? unknownName,
            skill: null,
            fromLevel: null,
            toLevel: null,
            cost: action.cost,
            count: action.count,
          }
      }
    }),
    open: result.unclosed.map((u) => ({ skill: skill(u.skillId), missing: u.missing })),
    coverageBefore: { ...result.coverage.before },
    coverageAfter: { ...result.coverage.after },
  }
}
