import { personById } from './coverage'
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
export function levelHeatmap(input: HeatmapInput): HeatmapRow[] {
  const rows = heatmapRows(input)
  for (const person of input.people) {
    if (!person.active || input.excluded?.has(person.id)) continue
    count(rows, input.ratings.get(person.id)?.levels, 1)
  }
  return rows.map(({ row }) => row)
}

interface RowSlots {
  row: HeatmapRow
  slots: number[]
}

/** Empty rows in the categories' order, each with the slots of its skills. */
function heatmapRows({ categories, skills }: Pick<HeatmapInput, 'categories' | 'skills'>): RowSlots[] {
  const slotsByCategory = new Map<Id, number[]>()
  for (const skill of skills) {
    const slots = slotsByCategory.get(skill.categoryId)
    if (slots) slots.push(skill.slot)
    else slotsByCategory.set(skill.categoryId, [skill.slot])
  }
  return byOrder(categories).flatMap((category): RowSlots[] => {
    const slots = slotsByCategory.get(category.id)
    return slots ? [{ row: { categoryId: category.id, counts: [0, 0, 0, 0, 0], notAssessed: 0 }, slots }] : []
  })
}

/** Adds (`sign` 1) or takes away (−1) one counted person, at their highest level in each category. */
function count(rows: RowSlots[], levels: Uint8Array | undefined, sign: 1 | -1) {
  for (const { row, slots } of rows) {
    let best = -1
    for (const slot of slots) {
      const level = levels?.[slot] ?? NOT_ASSESSED
      if (level !== NOT_ASSESSED && level > best) best = level
    }
    if (best < 0) row.notAssessed += sign
    else row.counts[best as 0 | 1 | 2 | 3 | 4] += sign
  }
}

/**
 * The heat map after some people changed (their ratings, active flag, the what-if): each is taken
 * away as they counted before and added as they count after — O(changed people × skills). `before`
 * and `after` have the same categories and skills; `previous` is levelHeatmap(before). Equal to
 * levelHeatmap(after); `previous` is not mutated.
 */
export function updateHeatmap(
  previous: readonly HeatmapRow[],
  before: HeatmapInput,
  after: HeatmapInput,
  personIds: Iterable<Id>,
): HeatmapRow[] {
  const rows = heatmapRows(after)
  if (rows.length !== previous.length) return levelHeatmap(after)
  rows.forEach(({ row }, i) => {
    const old = previous[i] as HeatmapRow
    row.counts = [...old.counts]
    row.notAssessed = old.notAssessed
  })
  const counted = (input: HeatmapInput, id: Id) => {
    const person = personById(input.people, id)
    return person !== undefined && person.active && !input.excluded?.has(id)
  }
  for (const id of new Set(personIds)) {
    if (counted(before, id)) count(rows, before.ratings.get(id)?.levels, -1)
    if (counted(after, id)) count(rows, after.ratings.get(id)?.levels, 1)
  }
  return rows.map(({ row }) => row)
}
