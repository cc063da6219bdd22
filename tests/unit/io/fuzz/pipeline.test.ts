import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeBytes } from '../../../../src/io/decode'
import { readTable } from '../../../../src/io/importSession'
import {
  assertSaving,
  demoWorkspace,
  describeFile,
  encodeText,
  fuzzFileArb,
  fuzzRuns,
  fuzzTimeout,
  matrixRows,
  matrixSpecArb,
  rowsToText,
  wizardChoicesArb,
  type ByteEncoding,
} from '../../../fixtures/importFuzz'
import { checkImportBytes, timed } from './importChecks'

// Issue 14: every file, however broken, goes through bytes → sniff → decode → parse → detect →
// draft → resolve → change without an exception, within a time bound, and with every problem
// where it says it is. FUZZ_RUNS=10 runs ten times as many cases; FUZZ_SAVE=<folder> keeps the
// last counterexample's bytes.

const data = demoWorkspace()
const noChoices = { read: {}, draft: {} }

describe('the import pipeline under fuzzing', () => {
  it(
    'takes a mutated matrix as the app opens it (detected encoding, delimiter and format)',
    async () => {
      await assertSaving(
        fc.property(fuzzFileArb, (file) => {
          try {
            checkImportBytes(file.bytes, noChoices, data)
          } catch (error) {
            throw new Error(`${describeFile(file)}\n${String(error)}`, { cause: error })
          }
        }),
        fuzzRuns(150),
        ([file]) => ({ bytes: file.bytes, extension: 'bin' }),
      )
    },
    fuzzTimeout(60_000),
  )

  it(
    'takes a mutated matrix read the way the user forced (encoding, delimiter, format, scale, skipping rows)',
    async () => {
      await assertSaving(
        fc.property(fuzzFileArb, wizardChoicesArb, (file, choices) => {
          checkImportBytes(file.bytes, choices, data)
        }),
        fuzzRuns(80),
        ([file]) => ({ bytes: file.bytes, extension: 'bin' }),
      )
    },
    fuzzTimeout(60_000),
  )

  it(
    'takes any bytes at all',
    async () => {
      await assertSaving(
        fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
          checkImportBytes(bytes, noChoices, data)
        }),
        fuzzRuns(100),
        ([bytes]) => ({ bytes, extension: 'bin' }),
      )
    },
    fuzzTimeout(30_000),
  )
})

/** A text as Windows-1251 can hold it: ASCII and Cyrillic, anything else a question mark. */
const inWindows1251 = (text: string) =>
  Array.from(text, (char) => (char.charCodeAt(0) < 0x80 || /[\u0401-\u044f\u0451]/.test(char) ? char : '?')).join('')

describe('a valid matrix, unmutated', () => {
  const encodings: ByteEncoding[] = ['utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom', 'windows-1251']
  it(
    'decodes to its own text in every encoding that can hold it, and has no broken quoting or field count',
    async () => {
      await assertSaving(
        fc.property(
          matrixSpecArb,
          fc.constantFrom(...encodings),
          fc.constantFrom('\n', '\r\n'),
          (spec, encoding, newline) => {
            // Windows-1251 holds Cyrillic and ASCII only.
            const rows = matrixRows(spec).map((row) =>
              row.map((cell) => (encoding === 'windows-1251' ? inWindows1251(cell) : cell)),
            )
            const text = rowsToText(rows, ';', newline)
            const bytes = encodeText(text, encoding)
            expect(decodeBytes(bytes).text).toBe(text)
            expect(timed('read', () => readTable(bytes, {})).rows).toHaveLength(rows.length)
            const { draft } = checkImportBytes(bytes, noChoices, data)
            const codes = new Set(draft?.problems.map((p) => p.code))
            for (const code of ['malformedCsv', 'fieldCount', 'fieldCountDelimiter', 'controlCharacters'] as const)
              expect(codes.has(code), code).toBe(false)
          },
        ),
        fuzzRuns(60),
        ([spec]) => ({ bytes: rowsToText(matrixRows(spec), ';', '\n'), extension: 'csv' }),
      )
    },
    fuzzTimeout(30_000),
  )
})
