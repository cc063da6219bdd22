import { describe, expect, it } from 'vitest'
import { columnLetter, longRoleOf, personRoleOf } from '../../../src/io/headers'

describe('header synonyms', () => {
  it.each([
    ['Name', 'name'],
    ['full name', 'name'],
    ['PERSON', 'name'],
    ['Employee', 'name'],
    ['Member', 'name'],
    ['ФИО', 'name'],
    ['Имя', 'name'],
    ['Сотрудник', 'name'],
    ['Участник', 'name'],
    ['Email', 'email'],
    ['E-mail', 'email'],
    [' e mail ', 'email'],
    ['Mail', 'email'],
    ['Почта', 'email'],
    ['Эл. почта', 'email'],
    ['Team', 'team'],
    ['Group', 'team'],
    ['Department', 'team'],
    ['Команда', 'team'],
    ['Группа', 'team'],
    ['Отдел', 'team'],
    ['Role', 'title'],
    ['Title', 'title'],
    ['Position', 'title'],
    ['Роль', 'title'],
    ['Должность', 'title'],
  ])('reads %j as the %s column', (header, role) => {
    expect(personRoleOf(header)).toBe(role)
    expect(longRoleOf(header)).toBe(role)
  })

  it.each([
    ['Skill', 'skill'],
    ['Навык', 'skill'],
    ['Level', 'level'],
    ['Уровень', 'level'],
    ['Interest', 'interest'],
    ['Интерес', 'interest'],
    ['Category', 'category'],
    ['Категория', 'category'],
  ])('reads %j as the long-format %s column', (header, role) => {
    expect(longRoleOf(header)).toBe(role)
    expect(personRoleOf(header)).toBeNull()
  })

  it.each(['Member advocacy', 'Team hiring & management', 'Writing', 'Names'])(
    'does not take %j for a synonym',
    (header) => {
      expect(longRoleOf(header)).toBeNull()
    },
  )
})

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('names column %i %s', (index, letter) => {
    expect(columnLetter(index)).toBe(letter)
  })
})
