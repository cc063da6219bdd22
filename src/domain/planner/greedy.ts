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
  for (;;) {
    let best: Pick | null = null
    const consider = (pick: Pick) => {
      if (!best || pick.ratio < best.ratio - 1e-12 || (Math.abs(pick.ratio - best.ratio) <= 1e-12 && pick.cost < best.cost)) best = pick
    }
    model.candidates.forEach((c, i) => {
      if (chosen.has(`t${i}`) || !opens(c.personIndex, c.skillIndex) || !free(c.personIndex) || !affordable(c.cost)) return
      consider({ ratio: c.cost, cost: c.cost, apply: () => { chosen.add(`t${i}`); trainings.push(c); load.set(c.personIndex, (load.get(c.personIndex) ?? 0) + 1); gain(c.personIndex, c.skillIndex) } })
    })
    model.mentorships.forEach((c, i) => {
      if (chosen.has(`m${i}`) || !opens(c.personIndex, c.skillIndex) || !free(c.personIndex) || !affordable(c.cost)) return
      const mentor = (model.mentors.get(c.skillIndex) ?? []).find((q) => q !== c.personIndex && (mentorLoad.get(q) ?? 0) < model.menteesPerMentor)
      if (mentor === undefined) return
      consider({ ratio: c.cost, cost: c.cost, apply: () => {
        chosen.add(`m${i}`)
        mentorships.push({ candidate: c, mentorIndex: mentor })
        mentorLoad.set(mentor, (mentorLoad.get(mentor) ?? 0) + 1)
        load.set(c.personIndex, (load.get(c.personIndex) ?? 0) + 1)
        gain(c.personIndex, c.skillIndex)
      } })
    })
    model.attendances.forEach((a, i) => {
      const course = courseOf.get(a.resourceIndex)
      if (!course || chosen.has(`a${i}`) || !free(a.personIndex)) return
      const closes = a.skills.filter((s) => opens(a.personIndex, s.skillIndex)).length
      const taken = attendees.get(a.resourceIndex) ?? 0
      const cost = course.costPerSeat + (course.seats !== null && taken % course.seats === 0 ? course.costPerSession : 0)
      if (!closes || !affordable(cost)) return
      consider({ ratio: cost / closes, cost, apply: () => {
        chosen.add(`a${i}`)
        attendances.push(a)
        attendees.set(a.resourceIndex, taken + 1)
        load.set(a.personIndex, (load.get(a.personIndex) ?? 0) + 1)
        for (const s of a.skills) if (opens(a.personIndex, s.skillIndex)) gain(a.personIndex, s.skillIndex)
      } })
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
  const selection: PlanSelection = { trainings, mentorships, courses: coursesOf(model, attendances), hires: [...hireCounts].map(([option, count]) => ({ option, count })) }
  return withoutRedundant(selection, model.needs)
}
