import { byOrder } from './order'
import { NOT_ASSESSED } from './scale'
import type { Category, Id, Person, PersonRatings, Skill } from './types'

export interface HeatmapRow {
  categoryId: Id
  /** counts[level]: counted people whose highest level in the category is `level` (0–4). */
  counts: [number, number, number, number, number]
  /** Counted people with no rating at all in the category. */
  notAssessed: number
}

export interface HeatmapInput {
  categories: readonly Category[]
  skills: readonly Skill[]
  people: readonly Person[]
  ratings: ReadonlyMap<Id, PersonRatings>
  excluded?: ReadonlySet<Id>
}

/**
 * Category × level: each active (and not excluded) person counts once per category, at their
 * highest level there, or as not assessed when no skill of the category was rated.
 * Categories without skills are left out; rows follow the categories' order.
 */
export function levelHeatmap({ categories, skills, people, ratings, excluded }: HeatmapInput): HeatmapRow[] {
  const slotsByCategory = new Map<Id, number[]>()
  for (const skill of skills) {
    const slots = slotsByCategory.get(skill.categoryId)
    if (slots) slots.push(skill.slot)
    else slotsByCategory.set(skill.categoryId, [skill.slot])
  }
  const rows = byOrder(categories).flatMap((category): { row: HeatmapRow; slots: number[] }[] => {
    const slots = slotsByCategory.get(category.id)
    return slots ? [{ row: { categoryId: category.id, counts: [0, 0, 0, 0, 0], notAssessed: 0 }, slots }] : []
  })
  for (const person of people) {
    if (!person.active || excluded?.has(person.id)) continue
    const levels = ratings.get(person.id)?.levels
    for (const { row, slots } of rows) {
      let best = -1
      for (const slot of slots) {
        const level = levels?.[slot] ?? NOT_ASSESSED
        if (level !== NOT_ASSESSED && level > best) best = level
      }
      if (best < 0) row.notAssessed++
      else row.counts[best as 0 | 1 | 2 | 3 | 4]++
    }
  }
  return rows.map(({ row }) => row)
}
