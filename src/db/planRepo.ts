import type { SavedPlan } from '../domain/planner/saved'
import type { Id } from '../domain/types'
import { planFromDb, planToDb } from './converters/plan'
import { readReadable } from './converters/validate'
import type { SkillgridDb } from './db'
import { appendJournal, listNote } from './tabSync'

/** Saved plans of a workspace, oldest first; records that cannot be read are skipped and counted. */
export async function listPlans(db: SkillgridDb, workspaceId: Id): Promise<{ plans: SavedPlan[]; unreadable: number }> {
  const { items, unreadable } = readReadable(
    await db.plans.where('workspaceId').equals(workspaceId).toArray(),
    planFromDb,
  )
  return { plans: items.sort((a, b) => a.createdAt - b.createdAt), unreadable }
}

/** Stores a plan; `tab` tells the other tabs in the same transaction. */
export async function savePlan(db: SkillgridDb, workspaceId: Id, plan: SavedPlan, tab?: string): Promise<void> {
  await db.transaction('rw', [db.plans, db.tabJournal], async () => {
    await db.plans.put(planToDb(plan, workspaceId))
    await appendJournal(db, workspaceId, listNote(tab, 'plans'))
  })
}

export async function deletePlan(db: SkillgridDb, workspaceId: Id, id: Id, tab?: string): Promise<void> {
  await db.transaction('rw', [db.plans, db.tabJournal], async () => {
    await db.plans.delete(id)
    await appendJournal(db, workspaceId, listNote(tab, 'plans'))
  })
}
