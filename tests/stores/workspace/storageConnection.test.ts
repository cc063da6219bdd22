import { afterEach, describe, expect, it, vi } from 'vitest'
import { SkillgridDb, setDbForTests } from '../../../src/db/db'
import { createStorageConnection } from '../../../src/stores/workspace/storageConnection'

const opened: SkillgridDb[] = []

afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

function freshDb() {
  const db = new SkillgridDb(`connection-${Math.random()}`)
  opened.push(db)
  setDbForTests(db)
  return db
}

describe('the storage connection', () => {
  it('loads the storage code once and hands the same storage to every caller', async () => {
    const db = freshDb()
    const connection = createStorageConnection()
    const first = connection.storage()
    expect(connection.storage()).toBe(first)
    expect((await first).getDb()).toBe(db)
  })

  it('marks the tab outdated when another tab opens a newer schema, and closes its connection', async () => {
    const db = freshDb()
    const connection = createStorageConnection()
    await (await connection.storage()).getDb().open()
    const newer = new SkillgridDb(db.name)
    newer.version(newer.verno + 1).stores({ extra: 'id' })
    opened.push(newer)
    await newer.open()
    await vi.waitFor(() => expect(connection.outdated.value).toBe(true))
    expect(db.isOpen()).toBe(false)
    expect(connection.blocked.value).toBe(false)
  })
})
