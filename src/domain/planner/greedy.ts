import type { AttendanceCandidate, HireOption, MentorshipCandidate } from './candidates'
import type { PlanModel } from './model'
import { coursesOf, withoutRedundant, type PlanSelection } from './selection'
import type { PlannerInput } from './types'

interface Pick {
  /** Cost per unit of need closed. */
  ratio: number
  cost: number
  apply: () => void
}

/**
 * Fallback when the exact solver cannot run: repeatedly takes the affordable action with the lowest
 * cost per unit of need it closes (trainings, mentorships, course seats, hires). Never breaks the
 * load cap, a mentor's capacity, the budget or the hire limit; not proven optimal, so its plans
 * are labelled approximate.
 */
export function greedySelection(input: PlannerInput, model: PlanModel): PlanSelection {
  const remaining = new Map(model.needy.map((n) => [n.skillIndex, n.need]))
  const load = new Map<number, number>()
  const holds = new Set<string>()
  const chosen = new Set<string>()
  const trainings: PlanSelection['trainings'] = []
  const mentorships: { candidate: MentorshipCandidate; mentorIndex: number }[] = []
  const mentorLoad = new Map<number, number>()
  const attendances: AttendanceCandidate[] = []
  const attendees = new Map<number, number>()
  const hireCounts = new Map<HireOption, number>()
  const courseOf = new Map(model.courses.map((c) => [c.resourceIndex, c]))
  const { budget, maxHires } = input.limits
  let spent = 0
  let hires = 0
  const affordable = (cost: number) => budget === null || spent + cost <= budget + 1e-9
  const free = (personIndex: number) => (load.get(personIndex) ?? 0) < model.maxPerPerson
  const opens = (p: number, s: number) => (remaining.get(s) ?? 0) > 0 && !holds.has(`${p}:${s}`)
  const gain = (p: number, s: number) => {
    holds.add(`${p}:${s}`)
    remaining.set(s, (remaining.get(s) ?? 0) - 1)
  }
  // Trainings and mentorships cost the same whatever else is picked: scan them cheapest first.
  const trainingOrder = model.candidates
    .map((_, i) => i)
    .sort((a, b) => (model.candidates[a]?.cost ?? 0) - (model.candidates[b]?.cost ?? 0))
  const mentorOrder = model.mentorships
    .map((_, i) => i)
    .sort((a, b) => (model.mentorships[a]?.cost ?? 0) - (model.mentorships[b]?.cost ?? 0))
  const mentorFor = (c: MentorshipCandidate) =>
    (model.mentors.get(c.skillIndex) ?? []).find(
      (q) => q !== c.personIndex && (mentorLoad.get(q) ?? 0) < model.menteesPerMentor,
    )
  for (;;) {
    let best: Pick | null = null
    const better = (ratio: number, cost: number) =>
      !best || ratio < best.ratio - 1e-12 || (Math.abs(ratio - best.ratio) <= 1e-12 && cost < best.cost)
    for (const i of trainingOrder) {
      const c = model.candidates[i] as (typeof model.candidates)[number]
      if (best && c.cost >= (best as Pick).ratio + 1e-12) break
      if (chosen.has(`t${i}`) || !opens(c.personIndex, c.skillIndex) || !free(c.personIndex) || !affordable(c.cost))
        continue
      if (better(c.cost, c.cost))
        best = {
          ratio: c.cost,
          cost: c.cost,
          apply: () => {
            chosen.add(`t${i}`)
            trainings.push(c)
            load.set(c.personIndex, (load.get(c.personIndex) ?? 0) + 1)
            gain(c.personIndex, c.skillIndex)
          },
        }
      break
    }
    for (const i of mentorOrder) {
      const c = model.mentorships[i] as MentorshipCandidate
      if (best && c.cost > (best as Pick).ratio + 1e-12) break
      if (chosen.has(`m${i}`) || !opens(c.personIndex, c.skillIndex) || !free(c.personIndex) || !affordable(c.cost))
        continue
      const mentor = mentorFor(c)
      if (mentor === undefined) continue
      if (better(c.cost, c.cost)) {
        best = {
          ratio: c.cost,
          cost: c.cost,
          apply: () => {
            chosen.add(`m${i}`)
            mentorships.push({ candidate: c, mentorIndex: mentor })
            mentorLoad.set(mentor, (mentorLoad.get(mentor) ?? 0) + 1)
            load.set(c.personIndex, (load.get(c.personIndex) ?? 0) + 1)
            gain(c.personIndex, c.skillIndex)
          },
        }
      }
      break
    }
    model.attendances.forEach((a, i) => {
      const course = courseOf.get(a.resourceIndex)
      if (!course || chosen.has(`a${i}`) || !free(a.personIndex)) return
      let closes = 0
      for (const s of a.skills) if (opens(a.personIndex, s.skillIndex)) closes++
      if (!closes) return
      const taken = attendees.get(a.resourceIndex) ?? 0
      const cost =
        course.costPerSeat + (course.seats !== null && taken % course.seats === 0 ? course.costPerSession : 0)
      if (!affordable(cost) || !better(cost / closes, cost)) return
      best = {
        ratio: cost / closes,
        cost,
        apply: () => {
          chosen.add(`a${i}`)
          attendances.push(a)
          attendees.set(a.resourceIndex, taken + 1)
          load.set(a.personIndex, (load.get(a.personIndex) ?? 0) + 1)
          for (const s of a.skills) if (opens(a.personIndex, s.skillIndex)) gain(a.personIndex, s.skillIndex)
        },
      }
    })
    if (maxHires === null || hires < maxHires) {
      for (const option of model.hires) {
        const closes = option.covers.filter((s) => (remaining.get(s) ?? 0) > 0).length
        if (!closes || !affordable(option.cost) || !better(option.cost / closes, option.cost)) continue
        best = {
          ratio: option.cost / closes,
          cost: option.cost,
          apply: () => {
            hireCounts.set(option, (hireCounts.get(option) ?? 0) + 1)
            hires++
            for (const s of option.covers) remaining.set(s, (remaining.get(s) ?? 0) - 1)
          },
        }
      }
    }
    const pick = best as Pick | null
    if (!pick) break
    pick.apply()
    spent += pick.cost
  }
  const selection: PlanSelection = {
    trainings,
    mentorships,
    courses: coursesOf(model, attendances),
    hires: [...hireCounts].map(([option, count]) => ({ option, count })),
  }
  return withoutRedundant(selection, model.needs)
}
