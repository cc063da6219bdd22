import { beforeEach, describe, expect, it } from 'vitest'
import { MAX_SLOTS, MAX_TARGET_PEOPLE } from '../../src/domain/limits'
import { useBackupStore } from '../../src/stores/backup'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { dumpDb, freshPinia, instrumentedDb, type InstrumentedDb } from './helpers'

// Issue 14, defects 3 and 4: a restore is no looser than an edit, and ids that are Object.prototype
// names are ids like any other.

let storage: InstrumentedDb

interface Target {
  level: number
  people: number
}
interface BackupJson {
  workspace: { nextSlot: number; staleAfterMonths: number; defaultTarget: Target }
  skills: { id: string; name: string; slot: number; target: Target }[]
  people: { order: number | null }[]
  roles: { name: string; requirements: Record<string, number> }[]
  resources: { teaches: Record<string, number> }[]
}

async function opened() {
  const workspace = useWorkspaceStore()
  await workspace.init()
  await workspace.whenSaved()
  const backups = useBackupStore()
  const backup = JSON.parse((await backups.backupFile())!.text) as BackupJson
  return { workspace, backups, backup }
}

beforeEach(() => {
  freshPinia()
  storage = instrumentedDb()
  localStorage.clear()
})

const OUT_OF_RANGE: { what: string; path: string; set: (backup: BackupJson) => void }[] = [
  { what: 'target people 1e12', path: 'skills[0].target.people', set: (b) => (b.skills[0]!.target.people = 1e12) },
  {
    what: `target people ${MAX_TARGET_PEOPLE + 1}`,
    path: 'skills[2].target.people',
    set: (b) => (b.skills[2]!.target.people = MAX_TARGET_PEOPLE + 1),
  },
  { what: 'nextSlot 2^31', path: 'workspace.nextSlot', set: (b) => (b.workspace.nextSlot = 2 ** 31) },
  { what: `nextSlot ${MAX_SLOTS + 1}`, path: 'workspace.nextSlot', set: (b) => (b.workspace.nextSlot = MAX_SLOTS + 1) },
  {
    what: 'a default target of 1e12 people',
    path: 'workspace.defaultTarget.people',
    set: (b) => (b.workspace.defaultTarget.people = 1e12),
  },
  { what: 'a target level 5', path: 'skills[1].target.level', set: (b) => (b.skills[1]!.target.level = 5) },
  { what: 'a slot past nextSlot', path: 'skills[0].slot', set: (b) => (b.skills[0]!.slot = b.workspace.nextSlot) },
  {
    what: 'an order that is not a number (NaN is null in JSON)',
    path: 'people[0].order',
    set: (b) => (b.people[0]!.order = null),
  },
  { what: 'stale months 1e9', path: 'workspace.staleAfterMonths', set: (b) => (b.workspace.staleAfterMonths = 1e9) },
  { what: 'a requirement level 7', path: 'roles[0].requirements.x', set: (b) => (b.roles[0]!.requirements = { x: 7 }) },
]

describe('a restore of an out-of-range value is refused with its path, and nothing changes', () => {
  for (const { what, path, set } of OUT_OF_RANGE) {
    it(what, async () => {
      const { backups, backup } = await opened()
      set(backup)
      const before = await dumpDb(storage.db)
      expect(await backups.readBackup(new Blob([JSON.stringify(backup)]))).toBeNull()
      expect(backups.backupProblem?.path).toBe(path)
      expect(['outOfRange', 'notNumber', 'unknownReference']).toContain(backups.backupProblem?.code)
      expect(await dumpDb(storage.db)).toEqual(before)
    })
  }
})

describe('ids named like Object.prototype members', () => {
  for (const id of ['__proto__', 'constructor', 'toString']) {
    it(`a skill with the id ${id}, required by a role, keeps the requirement through restore and reload`, async () => {
      const { workspace, backups, backup } = await opened()
      const skill = backup.skills[0]!
      const oldId = skill.id
      skill.id = id
      skill.name = id
      for (const role of backup.roles) {
        const requirements = role.requirements
        if (Object.hasOwn(requirements, oldId)) {
          const level = requirements[oldId]!
          delete requirements[oldId]
          Object.defineProperty(requirements, id, {
            value: level,
            enumerable: true,
            writable: true,
            configurable: true,
          })
        }
      }
      // Resources teaching the skill follow it to its new id.
      for (const resource of backup.resources) {
        if (!Object.hasOwn(resource.teaches, oldId)) continue
        const level = resource.teaches[oldId]!
        delete resource.teaches[oldId]
        Object.defineProperty(resource.teaches, id, {
          value: level,
          enumerable: true,
          writable: true,
          configurable: true,
        })
      }
      const role = backup.roles[0]!
      Object.defineProperty(role.requirements, id, { value: 3, enumerable: true, writable: true, configurable: true })
      const text = JSON.stringify(backup)
      expect(text).toContain(`"${id}":3`)
      const counts = backup.roles.map((r) => Object.keys(r.requirements).length)
      const contents = await backups.readBackup(new Blob([text]))
      expect(backups.backupProblem).toBeNull()
      expect(contents!.data.roles.map((r) => Object.keys(r.requirements).length)).toEqual(counts)
      expect(await backups.restoreBackup(contents!.data)).toBe(true)
      const restoredSkill = workspace.data!.skills.find((s) => s.name === id)!
      expect(restoredSkill).toBeDefined()
      const restoredRole = workspace.data!.roles.find((r) => r.name === role.name)!
      expect(Object.hasOwn(restoredRole.requirements, restoredSkill.id)).toBe(true)
      expect(restoredRole.requirements[restoredSkill.id]).toBe(3)
      expect(workspace.data!.roles.map((r) => Object.keys(r.requirements).length)).toEqual(counts)
    })
  }

  it('reads a stored role whose requirement is keyed __proto__ without losing it', async () => {
    const { backup } = await opened()
    const { roleRecord } = await import('../../src/domain/validate/records')
    const raw = JSON.parse(
      JSON.stringify(backup.roles[0]!).replace('"requirements":{', '"requirements":{"__proto__":2,'),
    )
    const role = roleRecord(raw, 'roles[0]')
    expect(Object.keys(role.requirements)).toContain('__proto__')
    expect(Object.keys(role.requirements)).toHaveLength(Object.keys(backup.roles[0]!.requirements).length + 1)
  })
})
