import { valueFor } from '../idRecord'
import type { PlannerInput } from './types'

/**
 * For tests only: optima by exhaustive search, written from the rules of docs/planner.md without
 * the planner's candidates, pruning, LP or solver. Only for tiny instances (≤ ~5 people, skills
 * and roles, ≤ 2 resources).
 */
/** The optimum on every priority tier: lower is better, compared in this order. */
export interface BruteForceTiers {
  criticalUncovered: number
  uncovered: number
  missing: number
  costCents: number
}

const UNSET = 255
const cents = (value: number) => Math.round(value * 100)

interface PersonOption {
  /** Skills (indexes) this set of actions makes the person a holder of. */
  holds: Set<number>
  mentees: number[]
  attends: number[]
  cost: number
}

function subsets<T>(items: readonly T[], most: number): T[][] {
  const result: T[][] = [[]]
  for (const item of items) {
    const grown = result.filter((s) => s.length < most).map((s) => [...s, item])
    result.push(...grown)
  }
  return result
}

/**
 * Every plan of the input, person by person (each person: every set of at most K learning actions),
 * then every vector of hire counts; the best by (critical skills uncovered, skills uncovered,
 * missing holders, cost in cents). Costs must have at most two decimals. `onlyMissing`: ignore the
 * two coverage tiers (most need closed, then least cost, as before issue 12).
 */
export function bruteForceTiers(input: PlannerInput, options: { onlyMissing?: boolean } = {}): BruteForceTiers {
  const { skills, people, ratings, roles, costModel, limits } = input
  const resources = input.resources ?? []
  const resilience = input.resilience ?? 'targets'
  const level = (personId: string, slot: number): number | null => {
    const value = ratings.get(personId)?.levels[slot] ?? UNSET
    return value === UNSET ? null : value
  }
  const interest = (personId: string, slot: number): number => {
    const value = ratings.get(personId)?.interest[slot] ?? UNSET
    return value === UNSET ? 1 : value
  }
  const holdersBefore = skills.map(
    (skill) => people.filter((p) => p.active && (level(p.id, skill.slot) ?? -1) >= skill.target.level).length,
  )
  const required = skills.map((skill) => {
    const n = skill.target.people
    if (n <= 0) return 0
    return resilience === 'targets' ? n : resilience === 'no-single-holder' ? Math.max(n, 2) : n + 1
  })
  const need = skills.map((_, s) => Math.max(0, (required[s] ?? 0) - (holdersBefore[s] ?? 0)))
  const cap = Math.floor(costModel.maxTrainingsPerPerson)
  const perMentor = Math.floor(costModel.menteesPerMentor ?? 0)
  const mentorStep = costModel.mentoringStepCost ?? 1
  const mentorsOf = skills.map((skill) =>
    people.flatMap((q, i) => (q.active && q.trainable && level(q.id, skill.slot) === 4 ? [i] : [])),
  )
  const stepCost = (step: number, p: string, s: number) => {
    const skill = skills[s]
    if (!skill) return 0
    const steps = skill.target.level - (level(p, skill.slot) ?? 0)
    return Math.max(0, cents(step) * steps - (interest(p, skill.slot) === 2 ? cents(costModel.interestDiscount) : 0))
  }
  // Each person's possible sets of actions.
  const optionsOf = people.map((person, i): PersonOption[] => {
    if (!person.active || !person.trainable || cap < 1) return [{ holds: new Set(), mentees: [], attends: [], cost: 0 }]
    const canLearn = skills.map(
      (skill, s) =>
        (need[s] ?? 0) > 0 &&
        (level(person.id, skill.slot) ?? 0) < skill.target.level &&
        interest(person.id, skill.slot) !== 0,
    )
    type Act = { kind: 'train' | 'mentor'; skill: number } | { kind: 'attend'; resource: number }
    const acts: Act[] = []
    skills.forEach((_, s) => {
      if (!canLearn[s]) return
      acts.push({ kind: 'train', skill: s })
      if (perMentor >= 1 && (mentorsOf[s] ?? []).some((q) => q !== i)) acts.push({ kind: 'mentor', skill: s })
    })
    resources.forEach((resource, k) => {
      if (skills.some((skill, s) => canLearn[s] && (valueFor(resource.teaches, skill.id) ?? -1) >= skill.target.level))
        acts.push({ kind: 'attend', resource: k })
    })
    return subsets(acts, cap).map((chosen) => {
      const option: PersonOption = { holds: new Set(), mentees: [], attends: [], cost: 0 }
      for (const act of chosen) {
        if (act.kind === 'attend') {
          const resource = resources[act.resource]
          if (!resource) continue
          option.attends.push(act.resource)
          option.cost += cents(resource.costPerSeat)
          skills.forEach((skill, s) => {
            if (canLearn[s] && (valueFor(resource.teaches, skill.id) ?? -1) >= skill.target.level) option.holds.add(s)
          })
        } else {
          option.holds.add(act.skill)
          if (act.kind === 'mentor') option.mentees.push(act.skill)
          option.cost += stepCost(act.kind === 'train' ? costModel.trainStepCost : mentorStep, person.id, act.skill)
        }
      }
      return option
    })
  })
  // Combine people: state = new holders per skill (capped at need), attendees per resource, mentees per skill.
  type State = { holders: number[]; attendees: number[]; mentees: number[]; cost: number }
  let states = new Map<string, State>([
    ['', { holders: skills.map(() => 0), attendees: resources.map(() => 0), mentees: skills.map(() => 0), cost: 0 }],
  ])
  for (const options of optionsOf) {
    const next = new Map<string, State>()
    for (const state of states.values()) {
      for (const option of options) {
        const holders = state.holders.map((h, s) => Math.min(need[s] ?? 0, h + (option.holds.has(s) ? 1 : 0)))
        const attendees = state.attendees.map((a, k) => a + option.attends.filter((x) => x === k).length)
        const mentees = state.mentees.map((m, s) => m + option.mentees.filter((x) => x === s).length)
        const cost = state.cost + option.cost
        const key = `${holders}|${attendees}|${mentees}`
        const known = next.get(key)
        if (!known || cost < known.cost) next.set(key, { holders, attendees, mentees, cost })
      }
    }
    states = next
  }
  // Hall's condition: every set of skills has enough mentor places for its mentees.
  const mentorsFit = (mentees: number[]) => {
    const used = skills.map((_, s) => s).filter((s) => (mentees[s] ?? 0) > 0)
    for (const group of subsets(used, used.length)) {
      if (!group.length) continue
      const wanted = group.reduce((sum, s) => sum + (mentees[s] ?? 0), 0)
      const mentors = new Set(group.flatMap((s) => mentorsOf[s] ?? []))
      if (wanted > mentors.size * perMentor) return false
    }
    return true
  }
  const covers = roles.map((role) =>
    skills.map((skill) => (valueFor(role.requirements, skill.id) ?? -1) >= skill.target.level),
  )
  const most = roles.map((_, r) => Math.max(0, ...need.filter((_, s) => covers[r]?.[s])))
  let best: BruteForceTiers | null = null
  const compare = (a: BruteForceTiers, b: BruteForceTiers) =>
    a.criticalUncovered - b.criticalUncovered ||
    a.uncovered - b.uncovered ||
    a.missing - b.missing ||
    a.costCents - b.costCents
  const hires = roles.map(() => 0)
  const visit = (r: number, hired: number) => {
    if (r < roles.length) {
      for (let count = 0; count <= (most[r] ?? 0); count++) {
        if (limits.maxHires !== null && hired + count > limits.maxHires) break
        hires[r] = count
        visit(r + 1, hired + count)
      }
      hires[r] = 0
      return
    }
    const hireCost = roles.reduce((sum, role, i) => sum + (hires[i] ?? 0) * cents(role.hireCost), 0)
    for (const state of states.values()) {
      if (!mentorsFit(state.mentees)) continue
      const sessions = resources.reduce((sum, resource, k) => {
        const attendees = state.attendees[k] ?? 0
        return (
          sum + (resource.seats === null ? 0 : Math.ceil(attendees / resource.seats) * cents(resource.costPerSession))
        )
      }, 0)
      const cost = state.cost + sessions + hireCost
      if (limits.budget !== null && cost > cents(limits.budget)) continue
      const tiers: BruteForceTiers = { criticalUncovered: 0, uncovered: 0, missing: 0, costCents: cost }
      skills.forEach((skill, s) => {
        const added =
          (state.holders[s] ?? 0) + roles.reduce((sum, _, i) => sum + (covers[i]?.[s] ? (hires[i] ?? 0) : 0), 0)
        tiers.missing += Math.max(0, (need[s] ?? 0) - added)
        if (!options.onlyMissing && skill.target.people > 0 && (holdersBefore[s] ?? 0) + added === 0) {
          tiers.uncovered++
          if (skill.critical) tiers.criticalUncovered++
        }
      })
      if (!best || compare(tiers, best) < 0) best = tiers
    }
  }
  visit(0, 0)
  return best ?? { criticalUncovered: 0, uncovered: 0, missing: 0, costCents: 0 }
}
