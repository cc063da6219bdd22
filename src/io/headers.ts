import { looseKey } from '../domain/text'
import type { ColumnRole } from './types'

/** Header words people use for each column, compared case-, space- and punctuation-insensitively. */
export const HEADER_SYNONYMS: Readonly<Record<Exclude<ColumnRole, 'ignore'>, readonly string[]>> = {
  name: [
    'Name',
    'Full name',
    'Person',
    'Employee',
    'Member',
    'Participant',
    'ФИО',
    'Имя',
    'Сотрудник',
    'Участник',
    'Человек',
  ],
  email: ['Email', 'E-mail', 'Mail', 'Email address', 'Почта', 'Эл. почта', 'Электронная почта', 'E-mail адрес'],
  team: ['Team', 'Group', 'Department', 'Команда', 'Группа', 'Отдел'],
  title: ['Role', 'Title', 'Position', 'Job title', 'Роль', 'Должность'],
  skill: ['Skill', 'Competency', 'Competence', 'Навык', 'Компетенция'],
  level: ['Level', 'Rating', 'Score', 'Уровень', 'Оценка'],
  interest: ['Interest', 'Interested', 'Интерес'],
  // Beside the lead's level in a long export; alone (no level column) it makes a self-assessment form.
  selfLevel: ['self_level', 'Self level', 'Self-rated level', 'Уровень по самооценке', 'Самооценка уровня'],
  category: ['Category', 'Skill category', 'Area', 'Категория', 'Область'],
}

/** Columns of a self-assessment form the person fills in: the level and interest are theirs. */
export const SELF_SYNONYMS: Readonly<Record<'level' | 'interest', readonly string[]>> = {
  level: [
    'Your level',
    'Self level',
    'Self-assessment',
    'Self assessment',
    'Self rating',
    'My level',
    'Ваш уровень',
    'Мой уровень',
    'Самооценка',
  ],
  interest: ['Your interest', 'Self interest', 'My interest', 'Ваш интерес', 'Мой интерес'],
}

const PERSON_ROLES = ['name', 'email', 'team', 'title'] as const
const LONG_ONLY_ROLES = ['skill', 'level', 'interest', 'category', 'selfLevel'] as const

function lookup(roles: readonly ColumnRole[]): Map<string, ColumnRole> {
  const map = new Map<string, ColumnRole>()
  for (const role of roles) {
    if (role === 'ignore') continue
    for (const word of HEADER_SYNONYMS[role]) map.set(looseKey(word), role)
  }
  return map
}

const personLookup = lookup(PERSON_ROLES)
const longLookup = lookup([...PERSON_ROLES, ...LONG_ONLY_ROLES])

/** The person field a header names in a wide file ("E-mail" → email), or null. */
export function personRoleOf(header: string): ColumnRole | null {
  return personLookup.get(looseKey(header)) ?? null
}

/** The role a header names in a long file ("Навык" → skill), or null. */
export function longRoleOf(header: string): ColumnRole | null {
  return longLookup.get(looseKey(header)) ?? null
}

const selfLookup = new Map<string, ColumnRole>([
  ...SELF_SYNONYMS.level.map((word) => [looseKey(word), 'level'] as const),
  ...SELF_SYNONYMS.interest.map((word) => [looseKey(word), 'interest'] as const),
])

/** 'level' / 'interest' when a header names the person's own rating ("Your level", "Самооценка"), else null. */
export function selfRoleOf(header: string): ColumnRole | null {
  return selfLookup.get(looseKey(header)) ?? null
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = ''
  let n = index + 1
  while (n > 0) {
    const rest = (n - 1) % 26
    letters = String.fromCharCode(65 + rest) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}
