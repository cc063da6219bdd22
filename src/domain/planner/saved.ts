import type { LocalText } from '../text'
import type { Id, LearningResource, WorkspaceData } from '../types'
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
  costModel: { trainStepCost: number; interestDiscount: number; maxTrainingsPerPerson: number }
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
  return {
    version: 1,
    status: result.status,
    totalCost: result.totalCost,
    trainings: result.trainings,
    hires: result.hires,
    totalNeed: result.totalNeed,
    closedNeed: result.closedNeed,
    limits: { ...result.limits },
    costModel: { ...result.costModel },
    actions: result.actions.map((action): SavedAction => {
      switch (action.kind) {
        case 'train':
        case 'mentor':
          return {
            kind: action.kind,
            who: people.get(action.personId) ?? unknownName,
            skill: skills.get(action.skillId) ?? unknownName,
            fromLevel: action.fromLevel,
            toLevel: action.toLevel,
            cost: action.cost,
          }
        case 'course':
          return {
            kind: 'course',
            who: resources.get(action.resourceId) ?? unknownName,
            skill: null,
            fromLevel: null,
            toLevel: null,
            cost: action.cost,
          }
        case 'hire':
          return {
            kind: 'hire',
            who: roles.get(action.roleId) ?? unknownName,
            skill: null,
            fromLevel: null,
            toLevel: null,
            cost: action.cost,
          }
      }
    }),
    open: result.unclosed.map((u) => ({ skill: skills.get(u.skillId) ?? unknownName, missing: u.missing })),
    coverageBefore: { ...result.coverage.before },
    coverageAfter: { ...result.coverage.after },
  }
}
