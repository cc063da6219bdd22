import type { HireOption } from './candidates'
import type { PlanModel } from './model'
import { withoutRedundant, type PlanSelection } from './selection'
import type { PlannerInput } from './types'

interface Pick {
  /** Cost per unit of need closed. */
  ratio: number
  cost: number
  apply: () => void
}

/**
 * Fallback when the exact solver cannot run: repeatedly takes the affordable action with the lowest
 * cost per unit of need it closes. Never breaks the training cap, the budget or the hire limit;
 * not proven optimal, so its plans are labelled approximate.
 */
export function greedySelection(input: PlannerInput, model: PlanModel): PlanSelection {
  const remaining = new Map(model.needy.map((n) => [n.skillIndex, n.need]))
  const load = new Map<number, number>()
  const chosen = new Set<number>()
  const trainings: PlanSelection['trainings'] = []
  const hireCounts = new Map<HireOption, number>()
  const { budget, maxHires } = input.limits
  let spent = 0
  let hires = 0
  const affordable = (cost: number) => budget === null || spent + cost <= budget + 1e-9
  for (;;) {
    let best: Pick | null = null
    const consider = (pick: Pick) => {
      if (!best || pick.ratio < best.ratio - 1e-12 || (Math.abs(pick.ratio - best.ratio) <= 1e-12 && pick.cost < best.cost)) best = pick
    }
    model.candidates.forEach((c, i) => {
      if (chosen.has(i) || (remaining.get(c.skillIndex) ?? 0) <= 0) return
      if ((load.get(c.personIndex) ?? 0) >= model.maxPerPerson || !affordable(c.cost)) return
      consider({
        ratio: c.cost,
        cost: c.cost,
        apply: () => {
          chosen.add(i)
          trainings.push(c)
          load.set(c.personIndex, (load.get(c.personIndex) ?? 0) + 1)
          remaining.set(c.skillIndex, (remaining.get(c.skillIndex) ?? 0) - 1)
        },
      })
    })
    if (maxHires === null || hires < maxHires) {
      for (const option of model.hires) {
        const closes = option.covers.filter((s) => (remaining.get(s) ?? 0) > 0).length
        if (!closes || !affordable(option.cost)) continue
        consider({
          ratio: option.cost / closes,
          cost: option.cost,
          apply: () => {
            hireCounts.set(option, (hireCounts.get(option) ?? 0) + 1)
            hires++
            for (const s of option.covers) remaining.set(s, (remaining.get(s) ?? 0) - 1)
          },
        })
      }
    }
    const pick = best as Pick | null
    if (!pick) break
    pick.apply()
    spent += pick.cost
  }
  const selection: PlanSelection = { trainings, hires: [...hireCounts].map(([option, count]) => ({ option, count })) }
  return withoutRedundant(selection, model.needs)
}
