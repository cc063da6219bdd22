import { ESLint } from 'eslint'
import { describe, expect, it, vi } from 'vitest'

// The first lint loads ESLint's parsers and plugins: seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 30_000 })

// The layering rules of eslint.config.js, checked on made-up files (nothing is written to disk).
const eslint = new ESLint({ cwd: process.cwd() })

async function messages(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => ({ rule: m.ruleId, line: m.line }))
}

const component = (script: string) =>
  `<script setup lang="ts">\n${script}\n</script>\n\n<template>\n  <p>{{ value }}</p>\n</template>\n`

describe('components, pages and composables do not import io/', () => {
  it.each([
    ['a component', 'src/components/import/Fake.vue'],
    ['a page', 'src/pages/FakePage.vue'],
  ])('refuses a value import from io/ in %s', async (_, filePath) => {
    const code = component("import { parseCsv } from '../../io/csv'\n\nconst value = parseCsv('a', ',')")
    expect(await messages(code, filePath)).toContainEqual({ rule: '@typescript-eslint/no-restricted-imports', line: 2 })
  })

  it('refuses a value import from io/ in a composable', async () => {
    const code = "import { buildCsv } from '../io/csvText'\n\nexport const useFake = () => buildCsv([])\n"
    expect(await messages(code, 'src/composables/useFake.ts')).toContainEqual({
      rule: '@typescript-eslint/no-restricted-imports',
      line: 1,
    })
  })

  it('refuses a lazily loaded io/ module in a component', async () => {
    const code = component("const value = import('../../io/csv')")
    expect(await messages(code, 'src/components/import/Fake.vue')).toContainEqual({
      rule: 'no-restricted-syntax',
      line: 2,
    })
  })

  it('lets a component import a type from io/', async () => {
    const code = component("import type { CsvTable } from '../../io/csv'\n\nconst value: CsvTable | null = null")
    expect(await messages(code, 'src/components/import/Fake.vue')).toEqual([])
  })

  it('lets a store import io/', async () => {
    const code = "import { buildCsv } from '../io/csvText'\n\nexport const csv = buildCsv([])\n"
    expect(await messages(code, 'src/stores/fake.ts')).toEqual([])
  })
})
