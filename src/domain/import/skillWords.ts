import { nameKey } from '../text'
import type { Id, Skill } from '../types'
import type { SkillResolution } from './resolveImport'

/** Words that say nothing about which skill a name means: joiners and the word "skill", EN and RU. */
const FILLER = new Set([
  'and',
  'or',
  'of',
  'the',
  'for',
  'in',
  'on',
  'to',
  'a',
  'an',
  'with',
  'skill',
  'skills',
  'и',
  'или',
  'в',
  'во',
  'на',
  'по',
  'для',
  'с',
  'со',
  'к',
  'о',
  'об',
  'навык',
  'навыки',
])

// Longest first: Russian case and number endings, then English derivations (after -s, -ing, -ed).
const RU_ENDINGS = [
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'иях',
  'ией',
  'ием',
  'ях',
  'ах',
  'ом',
  'ем',
  'ой',
  'ей',
  'ий',
  'ый',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ых',
  'их',
  'ую',
  'юю',
  'ов',
  'ев',
  'ия',
  'ья',
  'ье',
  'ии',
  'ию',
  'ью',
  'а',
  'я',
  'о',
  'е',
  'ы',
  'и',
  'у',
  'ю',
  'ь',
]
const EN_ENDINGS = ['ation', 'ator', 'ment', 'ness', 'ate', 'is', 'er', 'or', 'e']
const MIN_STEM = 4

function russianStem(word: string): string {
  for (const ending of RU_ENDINGS)
    if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, -ending.length)
  return word
}

function englishStem(input: string): string {
  // analyze = analyse; plurals; -ing and -ed (a doubled last letter undone, an -e put back after -at).
  let word = input.replace(/z/g, 's')
  if (word.endsWith('ies') && word.length > 4) word = `${word.slice(0, -3)}y`
  else if (word.endsWith('s') && !/(ss|us|is)$/.test(word) && word.length > 3) word = word.slice(0, -1)
  const verb = /^(.*[aeiouy].*?)(ing|ed)$/.exec(word)
  if (verb?.[1] && verb[1].length >= 3) {
    word = verb[1]
    if (/([^aeiouylsz])\1$/.test(word)) word = word.slice(0, -1)
    else if (/(at|bl|iz|is)$/.test(word)) word = `${word}e`
  }
  for (let changed = true; changed;) {
    changed = false
    for (const ending of EN_ENDINGS) {
      if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) {
        word = word.slice(0, -ending.length)
        changed = true
        break
      }
    }
  }
  return word
}

/** The stem a word is compared by: "Модерации" and "Модерация" → "модерац", "writing" and "writer" → "writ". */
export function wordStem(word: string): string {
  return /[а-я]/.test(word) ? russianStem(word) : englishStem(word)
}

/** The stems of the words of a name that say something (no "and", "и", "skill"), each once. */
export function nameStems(text: string): string[] {
  const words = nameKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !FILLER.has(word))
  return [...new Set(words.map(wordStem))]
}

export const skillNames = (skill: Skill): string[] =>
  [skill.name, skill.nameRu, ...skill.aliases].filter((name) => name.trim() !== '')

/** The stems of each name of a skill, worked out once per skill object (skills are immutable). */
const stemCache = new WeakMap<Skill, Set<string>[]>()
function stemsOfNames(skill: Skill): Set<string>[] {
  let stems = stemCache.get(skill)
  if (!stems) {
    stems = skillNames(skill).map((name) => new Set(nameStems(name)))
    stemCache.set(skill, stems)
  }
  return stems
}

interface Candidate {
  skill: Skill
  /** Every word of the header is a word of this skill's name. */
  contained: boolean
  /** 2 × shared / (header words + name words): 1 when the words are the same. */
  overlap: number
}

/** How the words of a header meet the best-fitting name of a skill; null when they share none. */
function candidate(header: readonly string[], skill: Skill): Candidate | null {
  let best: Candidate | null = null
  for (const words of stemsOfNames(skill)) {
    const shared = header.filter((stem) => words.has(stem)).length
    if (shared === 0) continue
    const contained = shared === header.length
    const overlap = (2 * shared) / (header.length + words.size)
    // Two or more shared words may also make a match; one shared word only when it is the whole header.
    if (!contained && (shared < 2 || overlap < 0.6)) continue
    if (!best || (contained && !best.contained) || (contained === best.contained && overlap > best.overlap))
      best = { skill, contained, overlap }
  }
  return best
}

/**
 * The stored skill a file's column most likely means, by its words (stems, EN or RU), or null.
 * Every word of the header must be a word of the skill's name ("Модерация" → "Модерация и
 * урегулирование конфликтов"), or two or more words shared with most of the name; a header with a
 * word the name lacks names something else ("Grant writing" is not "Writing"). Never a part of a word.
 * Only a single clear answer is suggested: two skills that fit as well give none. Skills in `taken`
 * (matched by another column) are not suggested.
 */
export function suggestSkill(
  header: string,
  skills: readonly Skill[],
  taken: ReadonlySet<Id> = new Set(),
): Skill | null {
  const stems = nameStems(header)
  if (stems.length === 0) return null
  const fits = skills.flatMap((skill) => {
    const fit = taken.has(skill.id) ? null : candidate(stems, skill)
    return fit ? [fit] : []
  })
  const contained = fits.filter((fit) => fit.contained)
  if (contained.length) {
    if (contained.length === 1) return contained[0]?.skill ?? null
    // Several names hold every word: only one holding exactly these words is clear.
    const exact = contained.filter((fit) => fit.overlap === 1)
    return exact.length === 1 ? (exact[0]?.skill ?? null) : null
  }
  const [first, second] = [...fits].sort((a, b) => b.overlap - a.overlap)
  return first && (!second || first.overlap > second.overlap) ? first.skill : null
}

/** A skill the picker lists for what the user typed: one of its names or aliases holds the text (case aside). */
export function skillMatchesQuery(skill: Skill, query: string): boolean {
  const wanted = nameKey(query)
  return wanted === '' || skillNames(skill).some((name) => nameKey(name).includes(wanted))
}

/**
 * The suggestion for each skill of a file that is matched to no stored skill (and not left new or
 * out by the lead): by its words, among the skills no other column has.
 */
export function skillSuggestions(resolved: readonly SkillResolution[], skills: readonly Skill[]): (Skill | null)[] {
  const taken = new Set(resolved.flatMap((r) => (r.existing ? [r.existing.id] : [])))
  return resolved.map((r) => (r.existing || r.ignored || r.chosen ? null : suggestSkill(r.name, skills, taken)))
}
