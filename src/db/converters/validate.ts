import { RecordError } from '../../domain/validate/records'

// Shared by every converter: how a stored record is read, and what a wrong shape throws.

/** A stored record that does not have the shape this version of the app wrote. */
export class CorruptRecordError extends Error {
  constructor(table: string, key: string, problem: string) {
    super(`Stored ${table} record ${key}: ${problem}`)
    this.name = 'CorruptRecordError'
  }
}

/** The key a corrupt record is named by in messages. */
function keyOf(row: unknown): string {
  const record = typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {}
  return typeof record.id === 'string' ? record.id : typeof record.personId === 'string' ? record.personId : '?'
}

/** Runs a record validator on a stored row: what it refuses is a CorruptRecordError naming the record. */
export function checked<T>(table: string, row: unknown, validate: () => T): T {
  try {
    return validate()
  } catch (error) {
    if (error instanceof RecordError) throw new CorruptRecordError(table, keyOf(row), error.message)
    throw error
  }
}

/**
 * Reads stored rows with `fromDb`: a corrupt row is skipped and counted rather than hiding the
 * rest; any other error is a bug and is thrown.
 */
export function readReadable<T>(
  rows: readonly unknown[],
  fromDb: (row: unknown) => T,
): { items: T[]; unreadable: number } {
  const items: T[] = []
  let unreadable = 0
  for (const row of rows) {
    try {
      items.push(fromDb(row))
    } catch (error) {
      if (!(error instanceof CorruptRecordError)) throw error
      console.warn('Skillgrid skipped an unreadable record:', error.message)
      unreadable++
    }
  }
  return { items, unreadable }
}

export type Reader = {
  text(field: string): string
  number(field: string): number
  boolean(field: string): boolean
  object(field: string): Record<string, unknown>
  list(field: string): unknown[]
}

export function reader(table: string, row: unknown): Reader {
  if (typeof row !== 'object' || row === null) throw new CorruptRecordError(table, '?', 'is not an object')
  const record = row as Record<string, unknown>
  const key = keyOf(row)
  const fail = (field: string, expected: string): never => {
    throw new CorruptRecordError(table, key, `field "${field}" is not ${expected}`)
  }
  return {
    text: (field) => (typeof record[field] === 'string' ? (record[field] as string) : fail(field, 'a text')),
    number: (field) => {
      const value = record[field]
      return typeof value === 'number' && Number.isFinite(value) ? value : fail(field, 'a number')
    },
    boolean: (field) => (typeof record[field] === 'boolean' ? (record[field] as boolean) : fail(field, 'true/false')),
    object: (field) => {
      const value = record[field]
      return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : fail(field, 'an object')
    },
    list: (field) => (Array.isArray(record[field]) ? (record[field] as unknown[]) : fail(field, 'a list')),
  }
}
