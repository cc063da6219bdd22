import { ByteSlab } from '../byteSlab'
import type { Change, Delta } from '../changes'
import { EditError } from '../edits/editError'
import { normaliseEmail } from '../edits/people'
import { newSkill } from '../edits/skills'
import { nextOrder } from '../order'
import { INTEREST_UNSET, NOT_ASSESSED } from '../scale'
import { runToEnd } from '../steps'
import { nameKey } from '../text'
import type { Category, Id, Person, PersonRatings, Skill, WorkspaceData } from '../types'
import {
  modeFor,
  ratingTargetOf,
  UNCATEGORISED,
  type ImportMode,
  type ImportSource,
  type RatingTarget,
  type SkillChoices,
} from './importSource'
import { resolveImport, type ImportResolution } from './resolveImport'

export interface ImportChangeOptions {
  newId: () => Id
  now: number
  /** Shown in the undo list: the file name. */
  subject: string
  /** Stored person id → slots whose change the user declined in the preview: those keep what is stored. */
  rejected?: ReadonlyMap<Id, ReadonlySet<number>>
  /** The lead's mapping of the file's skills (see `resolveImport`). */
  choices?: SkillChoices
  /** `resolveImport` of this same data, source, mode and choices (the preview's): not worked out twice. */
  resolution?: ImportResolution
}

type SourcePerson = ImportSource['people'][number]

function samePerson(a: Person, b: Person): boolean {
  return a.name === b.name && a.email === b.email && a.team === b.team && a.title === b.title && a.order === b.order
}

/** The categories the import adds, and every category's id by its (English or Russian) name. */
function newCategoriesOf(data: WorkspaceData, resolution: ImportResolution, newId: () => Id) {
  const categoryIdByKey = new Map(data.categories.map((c) => [nameKey(c.name), c.id] as const))
  for (const c of data.categories)
    if (c.nameRu && !categoryIdByKey.has(nameKey(c.nameRu))) categoryIdByKey.set(nameKey(c.nameRu), c.id)
  const categories: Category[] = resolution.newCategories.map((name, index) => {
    const category: Category = {
      id: newId(),
      name,
      nameRu: name === UNCATEGORISED.name ? UNCATEGORISED.nameRu : '',
      order: nextOrder(data.categories) + index,
    }
    categoryIdByKey.set(nameKey(name), category.id)
    return category
  })
  return { categories, categoryIdByKey }
}

/** The skills the import adds, and the slot of every column of the file (a stored skill's, a new one, or -1: left out). */
function newSkillsOf(
  data: WorkspaceData,
  resolution: ImportResolution,
  categoryIdByKey: ReadonlyMap<string, Id>,
  newId: () => Id,
) {
  let nextSlot = data.workspace.nextSlot
  const orderIn = new Map<Id, number>()
  const skills: Skill[] = []
  const slots = resolution.skills.map((resolved) => {
    if (resolved.ignored) return -1
    if (resolved.existing) return resolved.existing.slot
    // A column mapped to a skill under a blank header: a skill without a name is unreadable once stored.
    if (!resolved.name.trim()) throw new EditError('importExport.skillNameless')
    const categoryId = categoryIdByKey.get(nameKey(resolved.categoryName))
    if (!categoryId) throw new EditError('edit.categoryMissing')
    const order = orderIn.get(categoryId) ?? nextOrder(data.skills.filter((s) => s.categoryId === categoryId))
    orderIn.set(categoryId, order + 1)
    // Slots only grow: a new skill never inherits ratings of a deleted one.
    const skill = newSkill({
      id: newId(),
      categoryId,
      slot: nextSlot++,
      name: resolved.name,
      order,
      target: data.workspace.defaultTarget,
    })
    skills.push(skill)
    return skill.slot
  })
  return { skills, slots, nextSlot }
}

/**
 * A matched person as the import leaves them. Replace: name, email, team and title become the
 * file's (those it has columns for) and the order the file's; merge: a blank cell keeps what is stored.
 */
function updatedPerson(
  existing: Person,
  incoming: SourcePerson,
  mode: ImportMode,
  index: number,
  source: ImportSource,
): Person {
  const has = source.fields ?? { email: true, team: true, title: true }
  if (mode === 'replace') {
    return {
      ...existing,
      name: incoming.name.trim(),
      email: has.email ? normaliseEmail(incoming.email) : existing.email,
      team: has.team ? incoming.team : existing.team,
      title: has.title ? incoming.title : existing.title,
      order: index,
    }
  }
  return {
    ...existing,
    email: normaliseEmail(incoming.email) || existing.email,
    team: incoming.team || existing.team,
    title: incoming.title || existing.title,
  }
}

interface RatingsWrite {
  person: Person
  stored: PersonRatings | undefined
  /** Row of the person in the source's packed levels. */
  index: number
  declined: ReadonlySet<number> | undefined
}

/** The whole rating record the import writes for one person: the file's cells over what is kept, declined cells as stored. */
function importedRatings(
  write: RatingsWrite,
  source: ImportSource,
  slots: readonly number[],
  nextSlot: number,
  mode: ImportMode,
  target: RatingTarget,
  now: number,
  slab: ByteSlab,
): PersonRatings {
  const { stored, declined } = write
  // Every written array is new (the stored ones are never changed), carved out of the import's slab.
  const base = mode === 'merge' ? stored : undefined
  const fresh = () => slab.filled(nextSlot, NOT_ASSESSED)
  const grownCopy = (array: Uint8Array, fill: number) => slab.grownCopy(array, nextSlot, fill)
  const written = target === 'self' ? stored?.self : base?.levels
  const into = written ? grownCopy(written, NOT_ASSESSED) : fresh()
  // The other source is kept as stored, unless the file has it too (a long file's self levels).
  const levels = target === 'lead' ? into : (stored?.levels ?? fresh())
  const ownFromFile = target === 'lead' && source.self ? source.self : null
  const storedSelf = base?.self.length ? base.self : null
  const ownInto = ownFromFile ? (storedSelf ? grownCopy(storedSelf, NOT_ASSESSED) : fresh()) : null
  const self = target === 'self' ? into : (ownInto ?? stored?.self ?? new Uint8Array(0))
  const interest = base ? grownCopy(base.interest, INTEREST_UNSET) : slab.filled(nextSlot, INTEREST_UNSET)
  const width = source.skills.length
  const offset = write.index * width
  for (let k = 0; k < width; k++) {
    const slot = slots[k] ?? -1
    if (slot < 0) continue
    const level = source.levels[offset + k] ?? NOT_ASSESSED
    const wish = source.interest[offset + k] ?? INTEREST_UNSET
    if (level !== NOT_ASSESSED) into[slot] = level
    if (wish !== INTEREST_UNSET) interest[slot] = wish
    const own = ownFromFile?.[offset + k] ?? NOT_ASSESSED
    if (ownInto && own !== NOT_ASSESSED) ownInto[slot] = own
  }
  for (const slot of declined ?? []) {
    into[slot] = (target === 'self' ? stored?.self[slot] : stored?.levels[slot]) ?? NOT_ASSESSED
    interest[slot] = stored?.interest[slot] ?? INTEREST_UNSET
    if (ownInto) ownInto[slot] = stored?.self[slot] ?? NOT_ASSESSED
  }
  // A record keeps no self levels until it has one (as a record never self-rated).
  const noSelf = ownInto && !stored?.self.length && ownInto.every((level) => level === NOT_ASSESSED)
  return { personId: write.person.id, levels, self: noSelf ? new Uint8Array(0) : self, interest, updatedAt: now }
}

/** People and rating records the import writes, with what they replace (for undo). */
interface PeopleWrites {
  peoplePut: Person[]
  peopleBefore: Person[]
  newPersonIds: Id[]
  ratingsPut: PersonRatings[]
  ratingsBefore: PersonRatings[]
  ratingsAddedFor: Id[]
}

/** People built between two steps of `importChangeSteps`: well under a millisecond each. */
const PEOPLE_PER_STEP = 100

function* peopleWritesOf(
  data: WorkspaceData,
  source: ImportSource,
  resolution: ImportResolution,
  mode: ImportMode,
  slots: readonly number[],
  nextSlot: number,
  options: ImportChangeOptions,
): Generator<void, PeopleWrites> {
  const target = ratingTargetOf(source)
  const { newId, now } = options
  const writes: PeopleWrites = {
    peoplePut: [],
    peopleBefore: [],
    newPersonIds: [],
    ratingsPut: [],
    ratingsBefore: [],
    ratingsAddedFor: [],
  }
  let order = nextOrder(data.people)
  const slab = new ByteSlab()
  for (const [index, resolved] of resolution.people.entries()) {
    if (index > 0 && index % PEOPLE_PER_STEP === 0) yield
    const incoming = source.people[index]
    if (!incoming?.name.trim()) throw new EditError('edit.nameRequired')
    const existing = resolved.existing
    let person: Person
    if (!existing) {
      person = {
        id: newId(),
        name: incoming.name.trim(),
        email: normaliseEmail(incoming.email),
        team: incoming.team,
        title: incoming.title,
        active: true,
        trainable: true,
        order: mode === 'replace' ? index : order++,
      }
      writes.newPersonIds.push(person.id)
      writes.peoplePut.push(person)
    } else {
      const updated = updatedPerson(existing, incoming, mode, index, source)
      person = samePerson(updated, existing) ? existing : updated
      // Put whole, like the ratings record beside it (built from the same data): the write then
      // reads no stored record back (5,000 reads were ~0.1 s of an import into a team, issue 16).
      writes.peoplePut.push(person)
      writes.peopleBefore.push(existing)
    }
    const stored = existing ? data.ratings.get(existing.id) : undefined
    if (stored) writes.ratingsBefore.push(stored)
    else writes.ratingsAddedFor.push(person.id)
    const declined = existing ? options.rejected?.get(existing.id) : undefined
    writes.ratingsPut.push(
      importedRatings({ person, stored, index, declined }, source, slots, nextSlot, mode, target, now, slab),
    )
  }
  return writes
}

/**
 * The whole import as ONE change: new categories and skills (new slots), people added or
 * updated (or, in replace mode, removed), and whole rating records — one transaction, one undo step.
 * In merge mode a blank cell keeps what is stored; in replace mode it means "not assessed", and
 * a matched person's name, email, team and title become the file's (those it has columns for).
 */
export function buildImportChange(
  data: WorkspaceData,
  source: ImportSource,
  requestedMode: ImportMode,
  options: ImportChangeOptions,
): Change {
  return runToEnd(importChangeSteps(data, source, requestedMode, options))
}

/**
 * `buildImportChange` in steps: it yields after every few people, so that a caller can let the
 * page paint between slices (the change of 50,000 × 200 cells is ~0.25 s of work, issue 16).
 */
export function* importChangeSteps(
  data: WorkspaceData,
  source: ImportSource,
  requestedMode: ImportMode,
  options: ImportChangeOptions,
): Generator<void, Change> {
  const mode = modeFor(source, requestedMode)
  const resolution = options.resolution ?? resolveImport(data, source, mode, options.choices)
  const [conflict] = resolution.conflicts
  if (conflict)
    throw new EditError('importExport.skillTwice', {
      first: conflict.first,
      second: conflict.second,
      skill: conflict.skill,
    })

  const { categories: newCategories, categoryIdByKey } = newCategoriesOf(data, resolution, options.newId)
  const { skills: newSkills, slots, nextSlot } = newSkillsOf(data, resolution, categoryIdByKey, options.newId)
  const people = yield* peopleWritesOf(data, source, resolution, mode, slots, nextSlot, options)

  const removed = resolution.removedPeople
  const removedIds = removed.map((p) => p.id)
  const removedRatings = removed.flatMap((p) => data.ratings.get(p.id) ?? [])
  const forward: Delta = {
    categories: { put: newCategories },
    skills: { put: newSkills },
    people: { put: people.peoplePut, delete: removedIds },
    ratings: { put: people.ratingsPut, delete: removedIds },
  }
  const backward: Delta = {
    categories: { delete: newCategories.map((c) => c.id) },
    skills: { delete: newSkills.map((s) => s.id) },
    people: { put: [...people.peopleBefore, ...removed], delete: people.newPersonIds },
    ratings: { put: [...people.ratingsBefore, ...removedRatings], delete: people.ratingsAddedFor },
  }
  if (nextSlot !== data.workspace.nextSlot) {
    forward.workspace = { ...data.workspace, nextSlot }
    backward.workspace = data.workspace
  }
  return { label: { action: 'importCsv', subject: options.subject }, forward, backward }
}
