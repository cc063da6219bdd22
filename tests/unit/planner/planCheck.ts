import { expect } from 'vitest'
import type { BruteForceTiers } from '../../../src/domain/planner/bruteForce'
import type { PlannerInput, PlanResult } from '../../../src/domain/planner'

const UNSET = 255
const cents = (value: number) => Math.round(value * 100)

/**
 * Checks a plan against the rules from its actions alone (not the planner's code) and returns its
 * value on every priority tier: load, mentors, seats and sessions, costs, budget, hire limit.
 */
export function checkedTiers(input: PlannerInput, result: PlanResult): BruteForceTiers {
  const { skills, people, ratings, costModel, limits } = input
  const person = new Map(people.map((p) => [p.id, p]))
  const skill = new Map(skills.map((s) => [s.id, s]))
  const level = (id: string, slot: number) => {
    const v = ratings.get(id)?.levels[slot] ?? UNSET
    return v === UNSET ? null : v
  }
  const interest = (id: string, slot: number) => {
    const v = ratings.get(id)?.interest[slot] ?? UNSET
    return v === UNSET ? 1 : v
  }
  const canLearn = (personId: string, skillId: string) => {
    const p = person.get(personId)
    const s = skill.get(skillId)
    return (
      !!p &&
      !!s &&
      p.active &&
      p.trainable &&
      (level(p.id, s.slot) ?? 0) < s.target.level &&
      interest(p.id, s.slot) !== 0
    )
  }
  const stepCost = (step: number, personId: string, skillId: string) => {
    const s = skill.get(skillId)
    if (!s) return NaN
    return Math.max(
      0,
      cents(step) * (s.target.level - (level(personId, s.slot) ?? 0)) -
        (interest(personId, s.slot) === 2 ? cents(costModel.interestDiscount) : 0),
    )
  }
  const load = new Map<string, number>()
  const mentees = new Map<string, number>()
  const added = new Map<string, Set<string>>()
  const hireAdds = new Map<string, number>()
  const hold = (personId: string, skillId: string) =>
    added.set(skillId, (added.get(skillId) ?? new Set()).add(personId))
  const learn = (personId: string) => load.set(personId, (load.get(personId) ?? 0) + 1)
  let total = 0
  let hires = 0
  for (const action of result.actions) {
    if (action.kind === 'train' || action.kind === 'mentor') {
      expect(canLearn(action.personId, action.skillId)).toBe(true)
      const step = action.kind === 'train' ? costModel.trainStepCost : (costModel.mentoringStepCost ?? 1)
      expect(cents(action.cost)).toBe(stepCost(step, action.personId, action.skillId))
      learn(action.personId)
      hold(action.personId, action.skillId)
      if (action.kind === 'mentor') {
        const mentor = person.get(action.mentorId)
        const s = skill.get(action.skillId)
        expect(
          mentor?.active && mentor.trainable && s && level(mentor.id, s.slot) === 4 && mentor.id !== action.personId,
        ).toBe(true)
        mentees.set(action.mentorId, (mentees.get(action.mentorId) ?? 0) + 1)
      }
    } else if (action.kind === 'course') {
      const resource = (input.resources ?? []).find((r) => r.id === action.resourceId)
      expect(resource).toBeDefined()
      if (!resource) continue
      const sessions = resource.seats === null ? 0 : (action.sessions ?? 0)
      if (resource.seats !== null) expect(sessions * resource.seats).toBeGreaterThanOrEqual(action.attendees.length)
      expect(cents(action.cost)).toBe(
        sessions * cents(resource.costPerSession) + action.attendees.length * cents(resource.costPerSeat),
      )
      expect(new Set(action.attendees.map((a) => a.personId)).size).toBe(action.attendees.length)
      for (const a of action.attendees) {
        learn(a.personId)
        // Exactly the skills the rules say attending makes them a holder of (those with need).
        for (const s of skills) {
          const teaches = (resource.teaches[s.id] ?? -1) >= s.target.level && canLearn(a.personId, s.id)
          if (teaches) hold(a.personId, s.id)
        }
      }
    } else {
      const role = input.roles.find((r) => r.id === action.roleId)
      expect(role).toBeDefined()
      expect(action.cost).toBe(role?.hireCost)
      hires++
      for (const s of skills)
        if ((role?.requirements[s.id] ?? -1) >= s.target.level) hireAdds.set(s.id, (hireAdds.get(s.id) ?? 0) + 1)
    }
    total += cents(action.cost)
  }
  for (const n of load.values()) expect(n).toBeLessThanOrEqual(costModel.maxTrainingsPerPerson)
  for (const n of mentees.values()) expect(n).toBeLessThanOrEqual(costModel.menteesPerMentor ?? 0)
  if (limits.budget !== null) expect(total).toBeLessThanOrEqual(cents(limits.budget))
  if (limits.maxHires !== null) expect(hires).toBeLessThanOrEqual(limits.maxHires)
  expect(cents(result.totalCost)).toBe(total)
  const resilience = input.resilience ?? 'targets'
  const tiers: BruteForceTiers = { criticalUncovered: 0, uncovered: 0, missing: 0, costCents: total }
  for (const s of skills) {
    const before = people.filter((p) => p.active && (level(p.id, s.slot) ?? -1) >= s.target.level).length
    const n = s.target.people
    const required =
      n <= 0 ? 0 : resilience === 'targets' ? n : resilience === 'no-single-holder' ? Math.max(2, n) : n + 1
    const after = before + (added.get(s.id)?.size ?? 0) + (hireAdds.get(s.id) ?? 0)
    tiers.missing += Math.max(0, required - Math.max(before, Math.min(after, required)))
    if (n > 0 && after === 0) {
      tiers.uncovered++
      if (s.critical) tiers.criticalUncovered++
    }
  }
  return tiers
}
