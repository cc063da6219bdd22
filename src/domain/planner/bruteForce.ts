import type { PlannerInput } from './types'

/**
 * For tests only: the optimum (most need closed, then least cost) by exhaustive search, written
 * from the model's rules without the planner's candidates, pruning or solver. Every subset of
 * each person's trainings (up to the cap) is tried, combined person by person over per-skill counts
 * (capped at the need: extra trainings close nothing), then with every vector of hire counts.
 * Only for tiny instances (≤ ~6 people, skills and roles).
 */
export interface BruteForceOptimum {
  closed: number
  /** In the planner's rounded cost units (cost × scale). */
  scaledCost: number
  cost: number
}

export function bruteForceOptimum(input: PlannerInput, costScale: number): BruteForceOptimum {
  const { skills, people, ratings, roles, costModel, limits } = input
  const unit = (cost: number) => Math.round(cost * costScale)
  const need = skills.map((skill) => {
    const holders = people.filter((p) => {
      const level = ratings.get(p.id)?.levels[skill.slot] ?? 255
      return p.active && level !== 255 && level >= skill.target.level
    }).length
    return Math.max(0, skill.target.people - holders)
  })
  // Mixed-radix state: count per skill, 0..need(s).
  const radix = need.map((n) => n + 1)
  const stateCount = radix.reduce((a, b) => a * b, 1)
  const decode = (state: number) => radix.map((r) => { const digit = state % r; state = Math.floor(state / r); return digit })
  const encode = (digits: number[]) => digits.reduceRight((acc, digit, i) => acc * (radix[i] ?? 1) + digit, 0)
  // best[state] = [scaled cost, real cost] of the cheapest trainings reaching it.
  let best: ([number, number] | null)[] = Array.from({ length: stateCount }, (_, i) => (i === 0 ? [0, 0] : null))
  const cap = Math.floor(costModel.maxTrainingsPerPerson)
  for (const person of people) {
    const options: { skill: number; scaled: number; cost: number }[] = []
    if (person.active && person.trainable && cap >= 1) {
      skills.forEach((skill, s) => {
        if ((need[s] ?? 0) <= 0) return
        const stored = ratings.get(person.id)?.levels[skill.slot] ?? 255
        const level = stored === 255 ? 0 : stored
        const storedInterest = ratings.get(person.id)?.interest[skill.slot] ?? 255
        const interest = storedInterest === 255 ? 1 : storedInterest
        if (level >= skill.target.level || interest === 0) return
        const cost = Math.max(0, costModel.trainStepCost * (skill.target.level - level) - (interest === 2 ? costModel.interestDiscount : 0))
        options.push({ skill: s, scaled: unit(cost), cost })
      })
    }
    const next = [...best]
    for (let mask = 1; mask < 1 << options.length; mask++) {
      const picked = options.filter((_, i) => mask & (1 << i))
      if (picked.length > cap) continue
      const scaled = picked.reduce((sum, o) => sum + o.scaled, 0)
      const cost = picked.reduce((sum, o) => sum + o.cost, 0)
      best.forEach((entry, state) => {
        if (!entry) return
        const digits = decode(state)
        for (const o of picked) digits[o.skill] = Math.min(need[o.skill] ?? 0, (digits[o.skill] ?? 0) + 1)
        const target = encode(digits)
        const current = next[target]
        const candidate: [number, number] = [entry[0] + scaled, entry[1] + cost]
        if (!current || candidate[0] < current[0]) next[target] = candidate
      })
    }
    best = next
  }
  const covers = roles.map((role) => skills.map((skill, s) => (need[s] ?? 0) > 0 && (role.requirements[skill.id] ?? -1) >= skill.target.level))
  const maxCount = roles.map((_, r) => Math.max(0, ...need.filter((_, s) => covers[r]?.[s])))
  let optimum: BruteForceOptimum = { closed: 0, scaledCost: 0, cost: 0 }
  const hireVector = roles.map(() => 0)
  const visitHires = (r: number, hires: number) => {
    if (r === roles.length) {
      const hireScaled = roles.reduce((sum, role, i) => sum + (hireVector[i] ?? 0) * unit(role.hireCost), 0)
      const hireCost = roles.reduce((sum, role, i) => sum + (hireVector[i] ?? 0) * role.hireCost, 0)
      best.forEach((entry, state) => {
        if (!entry) return
        const cost = entry[1] + hireCost
        if (limits.budget !== null && cost > limits.budget + 1e-9) return
        const digits = decode(state)
        const closed = need.reduce((sum, n, s) => sum + Math.min(n, (digits[s] ?? 0) + roles.reduce((h, _, i) => h + (covers[i]?.[s] ? (hireVector[i] ?? 0) : 0), 0)), 0)
        const scaledCost = entry[0] + hireScaled
        if (closed > optimum.closed || (closed === optimum.closed && scaledCost < optimum.scaledCost)) optimum = { closed, scaledCost, cost }
      })
      return
    }
    for (let count = 0; count <= (maxCount[r] ?? 0); count++) {
      if (limits.maxHires !== null && hires + count > limits.maxHires) break
      hireVector[r] = count
      visitHires(r + 1, hires + count)
    }
    hireVector[r] = 0
  }
  visitHires(0, 0)
  return optimum
}
