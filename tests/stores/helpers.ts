import { createPinia, setActivePinia } from 'pinia'
import { SkillgridDb, setDbForTests } from '../../src/db/db'
import { byOrder } from '../../src/domain/order'
import type { WorkspaceData } from '../../src/domain/types'

let dbCounter = 0

export interface InstrumentedDb {
  db: SkillgridDb
  /** Read-write transactions opened since the last reset. */
  writeTransactions: () => number
  /** Records written (put/add/delete) per table since the last reset. */
  writes: () => Record<string, number>
  resetCounters: () => void
  /** Every later write fails with this error until set back to null. */
  failWritesWith: (error: Error | null) => void
  /** The next `count` writes (one per table and call) go through, every later one fails: a failure half way. */
  failWritesAfter: (count: number, error: Error) => void
}

/** A fresh fake-indexeddb database with counters and fault injection, made the app's database. */
export function instrumentedDb(name = `skillgrid-test-${++dbCounter}-${Math.random()}`): InstrumentedDb {
  const db = new SkillgridDb(name)
  let writeTransactions = 0
  let writes: Record<string, number> = {}
  let failure: Error | null = null
  let allowed = 0
  db.use({
    stack: 'dbcore',
    name: 'test-instrumentation',
    create(down) {
      return {
        ...down,
        transaction(stores, mode, options) {
          if (mode === 'readwrite') writeTransactions++
          return down.transaction(stores, mode, options)
        },
        table(tableName) {
          const table = down.table(tableName)
          return {
            ...table,
            mutate(request) {
              if (failure && allowed-- <= 0) return Promise.reject(failure)
              const count =
                'values' in request ? request.values.length : 'keys' in request ? (request.keys?.length ?? 0) : 1
              writes[tableName] = (writes[tableName] ?? 0) + count
              return table.mutate(request)
            },
          }
        },
      }
    },
  })
  setDbForTests(db)
  return {
    db,
    writeTransactions: () => writeTransactions,
    writes: () => writes,
    resetCounters: () => {
      writeTransactions = 0
      writes = {}
    },
    failWritesWith: (error) => {
      failure = error
      allowed = 0
    },
    failWritesAfter: (count, error) => {
      failure = error
      allowed = count
    },
  }
}

export function freshPinia() {
  setActivePinia(createPinia())
}

/** Every table's rows, for "the database is unchanged" comparisons. */
export async function dumpDb(db: SkillgridDb): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {}
  for (const table of db.tables) dump[table.name] = await table.toArray()
  return dump
}

export function quotaError(): Error {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError')
}

/** The matrix without ids: people in order with fields, levels by skill name. */
export function readable(data: WorkspaceData | null | undefined) {
  if (!data) return null
  const skills = [...data.skills].sort((a, b) => a.slot - b.slot)
  return {
    people: byOrder(data.people).map((p) => [
      p.name,
      p.email,
      p.team,
      p.title,
      p.active,
      ...skills.map((s) => data.ratings.get(p.id)?.levels[s.slot] ?? 255),
    ]),
    skills: skills.map((s) => [s.name, s.slot, s.target.level, s.target.people, s.critical]),
    categories: byOrder(data.categories).map((c) => c.name),
    roles: data.roles.map((r) => [r.name, Object.keys(r.requirements).length]).sort(),
  }
}
