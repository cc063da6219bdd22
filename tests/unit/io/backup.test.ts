import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BACKUP_FORMAT, BACKUP_VERSION, BackupError, backupJson, parseBackup } from '../../../src/io/backup'
import { demoWorkspace } from '../../fixtures/demo'
import frameworkJson from '../../../src/assets/community-skills-framework.json'
import catalogueJson from '../../../src/assets/learning-resources.json'
import { parseFramework } from '../../../src/domain/framework'

type Json = Record<string, unknown>
const demo = () => demoWorkspace('Backup test')
const backupObject = (): Json => JSON.parse(backupJson(demo(), new Date('2024-05-01T10:00:00Z')))

function refusal(mutate: (backup: Json) => void): { code: string; path: string } | null {
  const backup = backupObject()
  mutate(backup)
  try {
    parseBackup(JSON.stringify(backup))
    return null
  } catch (error) {
    if (!(error instanceof BackupError)) throw error
    return { code: error.code, path: error.path }
  }
}

const at = (backup: Json, key: string) => backup[key] as Json[]

describe('backupJson and parseBackup', () => {
  it('round-trips a whole workspace, packed ratings included', () => {
    const data = demo()
    const { data: restored, exportedAt } = parseBackup(backupJson(data, new Date('2024-05-01T10:00:00Z')))
    expect(exportedAt).toBe('2024-05-01T10:00:00.000Z')
    expect(restored).toEqual(data)
  })

  it('writes a versioned format with packed arrays as base64', () => {
    const backup = backupObject()
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION })
    expect(typeof at(backup, 'ratings')[0]?.levels).toBe('string')
  })

  it.each<[string, (backup: Json) => void, { code: string; path: string }]>([
    ['not a backup', (b) => (b.format = 'something-else'), { code: 'notBackup', path: 'format' }],
    ['a newer version', (b) => (b.version = BACKUP_VERSION + 1), { code: 'newerVersion', path: 'version' }],
    ['no workspace', (b) => delete b.workspace, { code: 'notObject', path: 'workspace' }],
    [
      'a skill target level of 7',
      (b) => ((at(b, 'skills')[3]!.target as Json).level = 7),
      { code: 'outOfRange', path: 'skills[3].target.level' },
    ],
    [
      'a skill in a missing category',
      (b) => (at(b, 'skills')[0]!.categoryId = 'nope'),
      { code: 'unknownReference', path: 'skills[0].categoryId' },
    ],
    ['two skills in one slot', (b) => (at(b, 'skills')[1]!.slot = 0), { code: 'duplicateId', path: 'skills[1].slot' }],
    ['a person without a name', (b) => (at(b, 'people')[2]!.name = ' '), { code: 'emptyText', path: 'people[2].name' }],
    [
      'a person twice',
      (b) => (at(b, 'people')[1]!.id = at(b, 'people')[0]!.id),
      { code: 'duplicateId', path: 'people[1].id' },
    ],
    ['active as text', (b) => (at(b, 'people')[0]!.active = 'yes'), { code: 'notBoolean', path: 'people[0].active' }],
    [
      'ratings of nobody',
      (b) => (at(b, 'ratings')[0]!.personId = 'ghost'),
      { code: 'unknownReference', path: 'ratings[0].personId' },
    ],
    [
      'ratings that are not base64',
      (b) => (at(b, 'ratings')[0]!.levels = '***'),
      { code: 'notPacked', path: 'ratings[0].levels' },
    ],
    [
      'a level of 9',
      (b) => (at(b, 'ratings')[0]!.levels = btoa(String.fromCharCode(1, 9))),
      { code: 'packedValue', path: 'ratings[0].levels[1]' },
    ],
    [
      'a role needing a missing skill',
      (b) => (at(b, 'roles')[0]!.requirements = { ghost: 2 }),
      { code: 'unknownReference', path: 'roles[0].requirements.ghost' },
    ],
    [
      'a negative cost',
      (b) => ((b.workspace as Json).costModel = { trainStepCost: -1, interestDiscount: 0, maxTrainingsPerPerson: 1 }),
      { code: 'outOfRange', path: 'workspace.costModel.trainStepCost' },
    ],
  ])('refuses %s, naming the path of the problem', (_, mutate, expected) => {
    expect(refusal(mutate)).toEqual(expected)
  })

  it('refuses text that is not JSON', () => {
    expect(() => parseBackup('{ nope')).toThrow(expect.objectContaining({ code: 'notJson' }))
  })

  it('round-trips self levels, rating settings and learning notes (version 2)', () => {
    const seeded = demo()
    const first = seeded.people[0]!
    const data = {
      ...seeded,
      ratings: new Map(seeded.ratings).set(first.id, {
        ...seeded.ratings.get(first.id)!,
        self: Uint8Array.from([4, 255, 1]),
      }),
    }
    data.workspace = { ...data.workspace, ratingSource: 'self-only', staleAfterMonths: 9 }
    data.skills[0] = { ...data.skills[0]!, notes: 'Start with the style guide.' }
    const { data: restored } = parseBackup(backupJson(data, new Date()))
    expect(restored).toEqual(data)
  })

  it.each([
    [
      'an unknown rating source',
      (b: Json) => ((b.workspace as Json).ratingSource = 'boss'),
      { code: 'outOfRange', path: 'workspace.ratingSource' },
    ],
    [
      'a self level of 7',
      (b: Json) => (at(b, 'ratings')[0]!.self = btoa(String.fromCharCode(7))),
      { code: 'packedValue', path: 'ratings[0].self[0]' },
    ],
  ])('refuses %s in a backup', (_, mutate, expected) => {
    expect(refusal(mutate)).toEqual(expected)
  })
})

describe('a backup written by an older app version (format 1)', () => {
  const source = readFileSync(new URL('../../fixtures/backup/v1-small.json', import.meta.url), 'utf8')

  it('restores in the new one, with defaults for what version 1 did not have', () => {
    const { data, exportedAt } = parseBackup(source)
    expect(exportedAt).toBe('2025-03-01T09:30:00.000Z')
    expect(data.workspace).toMatchObject({ name: 'Old team', ratingSource: 'lead-first', staleAfterMonths: 6 })
    expect(data.skills.map((s) => [s.name, s.notes])).toEqual([
      ['Writing', ''],
      ['Video', ''],
    ])
    expect(data.resources).toEqual([])
    expect([...data.ratings.get('p-1')!.levels]).toEqual([3, 255, 2])
    expect([...data.ratings.get('p-2')!.levels]).toEqual([255, 3, 1])
    expect(data.ratings.get('p-1')!.self.length).toBe(0)
    expect(data.roles[0]!.requirements).toEqual({ 'sk-1': 3 })
  })

  it('is written again as the current version', () => {
    const { data } = parseBackup(source)
    expect(JSON.parse(backupJson(data, new Date())).version).toBe(BACKUP_VERSION)
    expect(BACKUP_VERSION).toBe(3)
  })
})

describe('learning resources in a backup (version 3)', () => {
  it.each<[string, (backup: Json) => void, { code: string; path: string }]>([
    [
      'a resource teaching a skill the backup does not hold',
      (b) => (at(b, 'resources')[5]!.teaches = { 'no-such-skill': 3 }),
      { code: 'unknownReference', path: 'resources[5].teaches.no-such-skill' },
    ],
    [
      'a link that is not http(s)',
      (b) => (at(b, 'resources')[0]!.url = 'javascript:alert(1)'),
      { code: 'outOfRange', path: 'resources[0].url' },
    ],
    [
      'a session of 0 seats',
      (b) => (at(b, 'resources')[2]!.seats = 0),
      { code: 'outOfRange', path: 'resources[2].seats' },
    ],
    [
      'a cost of a tenth of a cent',
      (b) => (at(b, 'resources')[2]!.costPerSeat = 0.001),
      { code: 'outOfRange', path: 'resources[2].costPerSeat' },
    ],
    [
      'a resource with no title in either language',
      (b) => (at(b, 'resources')[1]!.title = { en: ' ', ru: '' }),
      { code: 'emptyText', path: 'resources[1].title' },
    ],
    [
      'the same resource twice',
      (b) => (at(b, 'resources')[1]!.id = at(b, 'resources')[0]!.id),
      { code: 'duplicateId', path: 'resources[1].id' },
    ],
  ])('refuses %s, naming the path', (_, mutate, expected) => {
    expect(refusal(mutate)).toEqual(expected)
  })

  it('keeps a skill id such as __proto__ as a key of what a resource teaches', () => {
    const backup = backupObject()
    const skill = at(backup, 'skills')[0]!
    const oldId = skill.id as string
    skill.id = '__proto__'
    const resource = at(backup, 'resources')[0]!
    resource.teaches = JSON.parse('{"__proto__": 2}') as Json
    for (const role of at(backup, 'roles')) {
      const requirements = role.requirements as Json
      if (oldId in requirements) delete requirements[oldId]
    }
    for (const other of at(backup, 'resources').slice(1)) delete (other.teaches as Json)[oldId]
    const { data } = parseBackup(JSON.stringify(backup))
    expect(Object.hasOwn(data.resources[0]!.teaches, '__proto__')).toBe(true)
    expect(data.resources[0]!.teaches['__proto__']).toBe(2)
  })

  it('gives a version 2 backup the seeded catalogue and a resource for each learning link', () => {
    const backup = backupObject()
    backup.version = 2
    delete backup.resources
    const skills = at(backup, 'skills')
    skills[0]!.links = [{ title: 'Guide', url: 'https://example.org/guide' }]
    skills[1]!.links = [{ title: 'Guide again', url: 'https://example.org/guide' }]
    const catalogue = demo().resources.length
    const { data } = parseBackup(JSON.stringify(backup), {
      catalogue: parseFramework(frameworkJson, catalogueJson).catalogue,
    })
    expect(data.resources).toHaveLength(catalogue + 1)
    const guide = data.resources.at(-1)!
    expect(guide).toMatchObject({ title: { en: 'Guide', ru: '' }, url: 'https://example.org/guide', kind: 'link' })
    expect({ ...guide.teaches }).toEqual({ [skills[0]!.id as string]: 0, [skills[1]!.id as string]: 0 })
  })
})
