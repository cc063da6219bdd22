import type { SavedAction, SavedPlan, SavedPlanContent } from '../../domain/planner/saved'
import type { CoverageCounts, PlanLimits } from '../../domain/planner/types'
import type { LocalText } from '../../domain/text'
import { RESILIENCE_MODES, type Id } from '../../domain/types'
import type { PlanRow } from '../records'
import { CorruptRecordError } from './validate'

type Json = Record<string, unknown>

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Reads the content of a saved plan; any field of the wrong shape makes the whole record corrupt. */
function contentReader(id: string) {
  const fail = (field: string): never => {
    throw new CorruptRecordError('plan', id, `content field "${field}" has the wrong shape`)
  }
  const object = (value: unknown, field: string): Json => (isJson(value) ? value : fail(field))
  const number = (value: unknown, field: string): number =>
    typeof value === 'number' && Number.isFinite(value) ? value : fail(field)
  const numberOrNull = (value: unknown, field: string): number | null => (value === null ? null : number(value, field))
  const text = (value: unknown, field: string): LocalText => {
    const json = object(value, field)
    return typeof json.en === 'string' && typeof json.ru === 'string' ? { en: json.en, ru: json.ru } : fail(field)
  }
  const list = (value: unknown, field: string): unknown[] => (Array.isArray(value) ? value : fail(field))
  const counts = (value: unknown, field: string): CoverageCounts => {
    const json = object(value, field)
    return {
      uncovered: number(json.uncovered, field),
      atRisk: number(json.atRisk, field),
      covered: number(json.covered, field),
      deficit: number(json.deficit, field),
    }
  }
  return { fail, object, number, numberOrNull, text, list, counts }
}

export function planContentFromDb(id: string, value: unknown): SavedPlanContent {
  const r = contentReader(id)
  const json = r.object(value, 'content')
  if (json.version !== 1) r.fail('version')
  const status = json.status
  if (status !== 'optimal' && status !== 'partial' && status !== 'approximate') return r.fail('status')
  const limitsJson = r.object(json.limits, 'limits')
  const limits: PlanLimits = {
    budget: r.numberOrNull(limitsJson.budget, 'limits.budget'),
    maxHires: r.numberOrNull(limitsJson.maxHires, 'limits.maxHires'),
  }
  const cost = r.object(json.costModel, 'costModel')
  const actions = r.list(json.actions, 'actions').map((item, i): SavedAction => {
    const action = r.object(item, `actions[${i}]`)
    const at = (field: string) => `actions[${i}].${field}`
    if (action.kind !== 'train' && action.kind !== 'hire' && action.kind !== 'mentor' && action.kind !== 'course')
      return r.fail(at('kind'))
    const saved: SavedAction = {
      kind: action.kind,
      who: r.text(action.who, at('who')),
      skill: action.skill === null ? null : r.text(action.skill, at('skill')),
      fromLevel: r.numberOrNull(action.fromLevel, at('fromLevel')),
      toLevel: r.numberOrNull(action.toLevel, at('toLevel')),
      cost: r.number(action.cost, at('cost')),
    }
    // Fields added with courses, mentors and grouped hires: absent in older scenarios.
    if (action.mentor !== undefined) saved.mentor = r.text(action.mentor, at('mentor'))
    if (action.attendees !== undefined)
      saved.attendees = r.list(action.attendees, at('attendees')).map((a) => r.text(a, at('attendees[]')))
    if (action.holders !== undefined)
      saved.holders = r.list(action.holders, at('holders')).map((h) => {
        const holder = r.object(h, at('holders[]'))
        return { skill: r.text(holder.skill, at('holders.skill')), count: r.number(holder.count, at('holders.count')) }
      })
    if (action.sessions !== undefined) saved.sessions = r.numberOrNull(action.sessions, at('sessions'))
    if (action.seats !== undefined) saved.seats = r.numberOrNull(action.seats, at('seats'))
    if (action.count !== undefined) saved.count = r.number(action.count, at('count'))
    return saved
  })
  const costModel: SavedPlanContent['costModel'] = {
    trainStepCost: r.number(cost.trainStepCost, 'costModel.trainStepCost'),
    interestDiscount: r.number(cost.interestDiscount, 'costModel.interestDiscount'),
    maxTrainingsPerPerson: r.number(cost.maxTrainingsPerPerson, 'costModel.maxTrainingsPerPerson'),
  }
  if (cost.mentoringStepCost !== undefined)
    costModel.mentoringStepCost = r.number(cost.mentoringStepCost, 'costModel.mentoringStepCost')
  if (cost.menteesPerMentor !== undefined)
    costModel.menteesPerMentor = r.number(cost.menteesPerMentor, 'costModel.menteesPerMentor')
  const resilience =
    json.resilience === undefined
      ? undefined
      : (RESILIENCE_MODES.find((m) => m === json.resilience) ?? r.fail('resilience'))
  return {
    version: 1,
    status,
    totalCost: r.number(json.totalCost, 'totalCost'),
    trainings: r.number(json.trainings, 'trainings'),
    hires: r.number(json.hires, 'hires'),
    totalNeed: r.number(json.totalNeed, 'totalNeed'),
    closedNeed: r.number(json.closedNeed, 'closedNeed'),
    limits,
    ...(resilience === undefined ? {} : { resilience }),
    costModel,
    actions,
    open: r.list(json.open, 'open').map((item, i) => {
      const open = r.object(item, `open[${i}]`)
      return { skill: r.text(open.skill, `open[${i}].skill`), missing: r.number(open.missing, `open[${i}].missing`) }
    }),
    coverageBefore: r.counts(json.coverageBefore, 'coverageBefore'),
    coverageAfter: r.counts(json.coverageAfter, 'coverageAfter'),
  }
}

export function planFromDb(row: unknown): SavedPlan {
  if (!isJson(row) || typeof row.id !== 'string') throw new CorruptRecordError('plan', '?', 'is not a saved plan')
  const { id, name, createdAt, content } = row
  if (typeof name !== 'string') throw new CorruptRecordError('plan', id, 'field "name" is not a text')
  if (typeof createdAt !== 'number' || !Number.isFinite(createdAt))
    throw new CorruptRecordError('plan', id, 'field "createdAt" is not a number')
  return { id, name, createdAt, content: planContentFromDb(id, content) }
}

export function planToDb(plan: SavedPlan, workspaceId: Id): PlanRow {
  // A deep plain copy: nothing reactive or shared reaches IndexedDB.
  return {
    id: plan.id,
    workspaceId,
    name: plan.name,
    createdAt: plan.createdAt,
    content: JSON.parse(JSON.stringify(plan.content)) as unknown,
  }
}
