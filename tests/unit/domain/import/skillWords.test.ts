import { describe, expect, it } from 'vitest'
import { nameStems, skillMatchesQuery, suggestSkill, wordStem } from '../../../../src/domain/import/skillWords'
import { demoWorkspace } from '../../../fixtures/demo'
import { category, skill } from '../../../fixtures/builders'

const framework = demoWorkspace().skills
const named = (name: string) => framework.find((s) => s.name === name)

describe('wordStem', () => {
  it.each([
    ['модерация', 'модерации'],
    ['модерация', 'модерацию'],
    ['конфликтов', 'конфликты'],
    ['урегулирование', 'урегулирования'],
    ['разработка', 'разработки'],
    ['writing', 'writer'],
    ['writing', 'write'],
    ['moderation', 'moderator'],
    ['moderation', 'moderating'],
    ['management', 'managing'],
    ['analysis', 'analyzing'],
    ['facilitation', 'facilitator'],
    ['communities', 'community'],
    ['programming', 'program'],
  ])('%j and %j share a stem', (a, b) => {
    expect(wordStem(a)).toBe(wordStem(b))
  })

  it.each([
    ['community', 'communication'],
    ['grant', 'writing'],
    ['writing', 'rewriting'],
    ['modern', 'moderation'],
    ['data', 'database'],
  ])('%j and %j do not', (a, b) => {
    expect(wordStem(a)).not.toBe(wordStem(b))
  })
})

describe('nameStems', () => {
  it('leaves out joiners and the word skill, in both languages, and repeats nothing', () => {
    expect(nameStems('Moderation & conflict facilitation skills')).toEqual(['moder', 'conflict', 'facilit'])
    expect(nameStems('Модерация и урегулирование конфликтов')).toEqual(['модерац', 'урегулирован', 'конфликт'])
    expect(nameStems('Writing, writers and writing')).toEqual(['writ'])
  })
})

describe('suggestSkill on the framework’s skills', () => {
  it.each([
    ['Модерация', 'Moderation & conflict facilitation'],
    ['модерации', 'Moderation & conflict facilitation'],
    ['Moderation', 'Moderation & conflict facilitation'],
    ['Conflict moderation', 'Moderation & conflict facilitation'],
    ['Урегулирование конфликтов', 'Moderation & conflict facilitation'],
    ['Написание', 'Writing'],
    ['Writer', 'Writing'],
    ['Data analysis', 'Data collection & analysis'],
    ['Анализ данных', 'Data collection & analysis'],
    ['Event planning', 'Program & Event planning'],
    ['Планирование мероприятий', 'Program & Event planning'],
    ['Budget management', 'Budget & financial management'],
    ['Budget and planning management', 'Budget & financial management'],
    ['Taxonomy', 'Taxonomy or tagging management'],
    ['Tagging', 'Taxonomy or tagging management'],
  ])('suggests for %j the skill %j', (header, expected) => {
    expect(suggestSkill(header, framework)?.name).toBe(expected)
  })

  it.each([
    // A word the skill's name lacks makes it another skill, however close the rest is.
    ['Grant writing'],
    ['Technical writing'],
    ['Community moderation'],
    ['Грантовое написание'],
    // A name holding the other as a part of a word: never a match.
    ['Rewriting'],
    ['Underwriting'],
    ['Seoul office'],
    ['Modern art'],
    // Several skills fit as well: no single clear answer.
    ['Design'],
    ['Data'],
    ['Planning'],
    // Nothing in common, or only joiners.
    ['Podcasting'],
    ['и'],
    [''],
  ])('suggests nothing for %j', (header) => {
    expect(suggestSkill(header, framework)).toBeNull()
  })

  it('leaves out a skill another column already took', () => {
    const moderation = named('Moderation & conflict facilitation')!
    expect(suggestSkill('Модерация', framework, new Set([moderation.id]))).toBeNull()
  })

  it('prefers the skill whose words are exactly the header’s over one holding more words', () => {
    const cat = category()
    const skills = [
      skill({ slot: 0, categoryId: cat.id, name: 'Event planning and logistics' }),
      skill({ slot: 1, categoryId: cat.id, name: 'Events planning' }),
    ]
    expect(suggestSkill('Event planning', skills)?.name).toBe('Events planning')
  })

  it('reads aliases too', () => {
    const cat = category()
    const skills = [
      skill({ slot: 0, categoryId: cat.id, name: 'Community management', aliases: ['Комьюнити-менеджмент'] }),
    ]
    expect(suggestSkill('Комьюнити', skills)?.name).toBe('Community management')
  })
})

describe('skillMatchesQuery', () => {
  const writing = named('Writing')!
  it.each([
    ['writ', true],
    ['WRITING', true],
    ['написан', true],
    ['текстов', true],
    ['', true],
    ['grant', false],
  ])('finds Writing (Написание текстов) for %j: %s', (query, found) => {
    expect(skillMatchesQuery(writing, query)).toBe(found)
  })

  it('finds a skill by its alias', () => {
    expect(skillMatchesQuery(named('Taxonomy or tagging management')!, 'taging mgmt')).toBe(true)
  })
})
