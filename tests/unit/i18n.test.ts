import { describe, expect, it } from 'vitest'
import { messages } from '../fixtures/i18n'

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
      const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages[locale])
      return typeof value !== 'string' || value.trim() === ''
    })
    expect(empty).toEqual([])
  })

  it.each(['en', 'ru'] as const)('uses no vue-i18n special characters by accident in %s', (locale) => {
    // "@" starts a linked message and "|" separates plural forms in vue-i18n.
    const risky = keys(messages[locale]).filter((key) => {
      const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages[locale])
      return typeof value === 'string' && /[@|]/.test(value) && !key.endsWith('Plural')
    })
    expect(risky).toEqual([])
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
