import { describe, expect, it } from 'vitest'
import { createAppI18n, messages } from '../fixtures/i18n'

function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix]
  return Object.entries(tree).flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key))
}

describe('interface messages', () => {
  it('has every English message in Russian and no extra ones', () => {
    expect(keys(messages.ru).sort()).toEqual(keys(messages.en).sort())
  })

  it.each(['en', 'ru'] as const)('has no empty %s message', (locale) => {
    const empty = keys(messages[locale]).filter((key) => {
      const value = key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages[locale])
      return typeof value !== 'string' || value.trim() === ''
    })
    expect(empty).toEqual([])
  })

  it.each(['en', 'ru'] as const)('uses no vue-i18n special characters by accident in %s', (locale) => {
    // "@" starts a linked message and "|" separates plural forms in vue-i18n.
    const risky = keys(messages[locale]).filter((key) => {
      const value = key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages[locale])
      return typeof value === 'string' && /[@|]/.test(value) && !key.endsWith('Plural')
    })
    expect(risky).toEqual([])
  })
})

describe('plural forms', () => {
  it.each([
    ['en', 1, 'Skip the row with problems'],
    ['en', 3, 'Skip the 3 rows with problems'],
    ['ru', 1, 'Пропустить 1 строку с ошибками'],
    ['ru', 3, 'Пропустить 3 строки с ошибками'],
    ['ru', 5, 'Пропустить 5 строк с ошибками'],
    ['ru', 21, 'Пропустить 21 строку с ошибками'],
  ] as const)('in %s, the skip box for %i rows with problems reads “%s”', (locale, count, text) => {
    const { t } = createAppI18n(locale).global
    expect(t('importExport.import.skipRowsPlural', { count }, count)).toBe(text)
  })
})

describe('message loading', () => {
  it('loads every message file, either with the app or with a page area', async () => {
    const { readdirSync, readFileSync } = await import('node:fs')
    const files = readdirSync(new URL('../../src/i18n/en', import.meta.url)).map((f) => f.replace(/\.ts$/, ''))
    const eager = readFileSync(new URL('../../src/i18n/locales/en.ts', import.meta.url), 'utf8')
    const { MESSAGE_AREAS } = await import('../../src/i18n/areas')
    const missing = files.filter((file) => !eager.includes(`'../en/${file}'`) && !MESSAGE_AREAS.includes(file as never))
    expect(missing).toEqual([])
  })
})

describe('numbers and dates in the locale', () => {
  it.each([
    ['en', '0.4', '42%', '1.5'],
    ['ru', '0,4', '42\u00a0%', '1,5'],
  ] as const)('formats decimals, shares and sizes the %s way', async (locale, seconds, percent, decimal) => {
    const { createAppI18n } = await import('../fixtures/i18n')
    const { n } = createAppI18n(locale).global
    expect(n(0.4, 'seconds')).toBe(seconds)
    expect(n(0.42, 'percent')).toBe(percent)
    expect(n(1.5, 'decimal')).toBe(decimal)
  })

  it.each([
    ['en', 'March 5, 2026'],
    ['ru', '5 марта 2026 г.'],
  ] as const)('formats dates the %s way', async (locale, long) => {
    const { createAppI18n } = await import('../fixtures/i18n')
    const { d } = createAppI18n(locale).global
    // ICU versions differ in which space they put before "г.".
    expect(d(new Date(2026, 2, 5, 14, 30), 'dateLong').replace(/\s/g, ' ')).toBe(long)
  })
})

describe('AG Grid texts', () => {
  it.each([
    ['en', 'No people to show', 'Loading…'],
    ['ru', 'Нет людей для показа', 'Загрузка…'],
  ] as const)(
    'come from the messages by AG Grid key, unknown keys keep AG Grid’s default (%s)',
    async (locale, noRows, loading) => {
      const { createAppI18n } = await import('../fixtures/i18n')
      const { gridLocaleText } = await import('../../src/grid/localeText')
      const { t, te } = createAppI18n(locale).global
      const text = gridLocaleText({ has: (key) => te(key), text: (key) => t(key) })
      const ask = (key: string, defaultValue: string) => text({ key, defaultValue } as Parameters<typeof text>[0])
      expect(ask('noRowsToShow', 'No Rows To Show')).toBe(noRows)
      expect(ask('loadingOoo', 'Loading...')).toBe(loading)
      expect(ask('noMatchingRows', 'No Matching Rows')).not.toBe('No Matching Rows')
      expect(ask('somethingElse', 'Default')).toBe('Default')
    },
  )
})
