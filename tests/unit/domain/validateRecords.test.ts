import { describe, expect, it } from 'vitest'
import { CorruptRecordError } from '../../../src/db/converters/validate'
import {
  categoryFromDb,
  categoryToDb,
  memberFromDb,
  memberToDb,
  roleFromDb,
  roleToDb,
  skillFromDb,
  skillToDb,
  workspaceFromDb,
  workspaceToDb,
} from '../../../src/db/converters/workspace'
import { RecordError, skillRecord } from '../../../src/domain/validate/records'
import { BackupError, backupJson, parseBackup } from '../../../src/io/backup'
import { demoWorkspace } from '../../fixtures/demo'

type Json = Record<string, unknown>
type Kind = 'workspace' | 'categories' | 'skills' | 'people' | 'roles'

const data = demoWorkspace('Doors')

/** The first record of a kind as IndexedDB stores it, and how the database door reads it. */
function stored(kind: Kind): { row: Json; read: (row: unknown) => unknown } {
  const id = data.workspace.id
  const person = data.people[0]!
  const rows: Record<Kind, { row: unknown; read: (row: unknown) => unknown }> = {
    workspace: { row: workspaceToDb(data.workspace), read: workspaceFromDb },
    categories: { row: categoryToDb(data.categories[0]!, id), read: categoryFromDb },
    skills: { row: skillToDb(data.skills[0]!, id), read: skillFromDb },
    people: { row: memberToDb(person, data.ratings.get(person.id)!, id), read: memberFromDb },
    roles: { row: roleToDb(data.roles[0]!, id), read: roleFromDb },
  }
  const { row, read } = rows[kind]
  return { row: structuredClone(row) as Json, read }
}

function backupRefusal(kind: Kind, mutate: (record: Json) => string): { code: string; path: string } {
  const backup = JSON.parse(backupJson(data, new Date(0))) as Json
  const record = kind === 'workspace' ? (backup.workspace as Json) : (backup[kind] as Json[])[0]!
  mutate(record)
  try {
    parseBackup(JSON.stringify(backup))
  } catch (error) {
    if (error instanceof BackupError) return { code: error.code, path: error.path }
    throw error
  }
  throw new Error('the backup was accepted')
}

const firstRequirement = (role: Json) => Object.keys(role.requirements as Json)[0]!

describe('one validator for records read from IndexedDB and from a backup', () => {
  it.each<[Kind, string, (record: Json) => string, string]>([
    [
      'workspace',
      'a negative training cost',
      (w) => (((w.costModel as Json).trainStepCost = -1), 'costModel.trainStepCost'),
      'outOfRange',
    ],
    [
      'workspace',
      'a mentor with half a mentee',
      (w) => (((w.costModel as Json).menteesPerMentor = 1.5), 'costModel.menteesPerMentor'),
      'outOfRange',
    ],
    [
      'workspace',
      'a negative mentoring cost',
      (w) => (((w.costModel as Json).mentoringStepCost = -1), 'costModel.mentoringStepCost'),
      'outOfRange',
    ],
    [
      'workspace',
      'a scale label that is not a text pair',
      (w) => (((w.scale as Json[])[0]!.label = 'Aware'), 'scale[0].label'),
      'notObject',
    ],
    [
      'workspace',
      'a default target of half a person',
      (w) => (((w.defaultTarget as Json).people = 2.5), 'defaultTarget.people'),
      'outOfRange',
    ],
    ['workspace', 'staleness after 0 months', (w) => ((w.staleAfterMonths = 0), 'staleAfterMonths'), 'outOfRange'],
    [
      'workspace',
      'a tab as CSV delimiter',
      (w) => ((w.csvExport = { delimiter: '\t', localNames: false }), 'csvExport.delimiter'),
      'outOfRange',
    ],
    [
      'workspace',
      'CSV names flag as text',
      (w) => ((w.csvExport = { delimiter: ';', localNames: 'yes' }), 'csvExport.localNames'),
      'notBoolean',
    ],
    ['categories', 'a blank name', (c) => ((c.name = '  '), 'name'), 'emptyText'],
    ['skills', 'an alias that is not a text', (s) => ((s.aliases = [7]), 'aliases[0]'), 'notText'],
    ['skills', 'a target of -1 people', (s) => (((s.target as Json).people = -1), 'target.people'), 'outOfRange'],
    ['people', 'a blank name', (p) => ((p.name = ''), 'name'), 'emptyText'],
    ['people', 'active as text', (p) => ((p.active = 'yes'), 'active'), 'notBoolean'],
    ['roles', 'a negative hire cost', (r) => ((r.hireCost = -5), 'hireCost'), 'outOfRange'],
    [
      'roles',
      'a requirement of level 9',
      (r) => (((r.requirements as Json)[firstRequirement(r)] = 9), `requirements.${firstRequirement(r)}`),
      'outOfRange',
    ],
  ])('%s with %s: both refuse it at the same field', (kind, _, mutate, code) => {
    const { row, read } = stored(kind)
    const path = mutate(row)
    expect(() => read(row)).toThrow(CorruptRecordError)
    expect(() => read(row)).toThrow(`field "${path}"`)
    const at = kind === 'workspace' ? `workspace.${path}` : `${kind}[0].${path}`
    expect(backupRefusal(kind, mutate)).toEqual({ code, path: at })
  })

  it('refuses a packed level of 9 in a stored member as in a backup', () => {
    const person = data.people[0]!
    const ratings = data.ratings.get(person.id)!
    const levels = ratings.levels.slice()
    levels[1] = 9
    expect(() => memberFromDb(memberToDb(person, { ...ratings, levels }, data.workspace.id))).toThrow(
      'field "levels[1]" is not a level (0–4) or 255',
    )
    const backup = JSON.parse(backupJson(data, new Date(0))) as Json
    ;(backup.ratings as Json[])[0]!.levels = btoa(String.fromCharCode(...levels))
    expect(() => parseBackup(JSON.stringify(backup))).toThrow(
      expect.objectContaining({ code: 'packedValue', path: 'ratings[0].levels[1]' }),
    )
  })
})

describe('the CSV export settings of a workspace', () => {
  it('are optional: a record without them (written before they existed) reads without them', () => {
    const { row } = stored('workspace')
    delete row.csvExport
    expect(workspaceFromDb(row).csvExport).toBeUndefined()
  })

  it('are kept when set, through IndexedDB and a backup', () => {
    const workspace = { ...data.workspace, csvExport: { delimiter: ';' as const, localNames: true } }
    expect(workspaceFromDb(structuredClone(workspaceToDb(workspace))).csvExport).toEqual({
      delimiter: ';',
      localNames: true,
    })
    expect(parseBackup(backupJson({ ...data, workspace }, new Date(0))).data.workspace.csvExport).toEqual({
      delimiter: ';',
      localNames: true,
    })
  })
})

describe('the mentoring fields of the cost model', () => {
  it('are kept through IndexedDB and a backup (they were dropped, which turned mentoring off)', () => {
    const costModel = { ...data.workspace.costModel, mentoringStepCost: 1.5, menteesPerMentor: 3 }
    const workspace = { ...data.workspace, costModel }
    expect(workspaceFromDb(structuredClone(workspaceToDb(workspace))).costModel).toEqual(costModel)
    expect(parseBackup(backupJson({ ...data, workspace }, new Date(0))).data.workspace.costModel).toEqual(costModel)
  })

  it('are optional: a record written before mentoring existed reads without them', () => {
    const { row } = stored('workspace')
    const cost = row.costModel as Json
    delete cost.mentoringStepCost
    delete cost.menteesPerMentor
    expect(workspaceFromDb(row).costModel).toEqual({ trainStepCost: 2, interestDiscount: 1, maxTrainingsPerPerson: 3 })
  })
})

describe('skillRecord', () => {
  it('checks references and slots only when asked', () => {
    const row = skillToDb(data.skills[0]!, data.workspace.id)
    expect(skillRecord(row, '').id).toBe(data.skills[0]!.id)
    expect(() => skillRecord(row, 's', { knownCategory: () => false })).toThrow(
      expect.objectContaining({ code: 'unknownReference', path: 's.categoryId' }),
    )
    expect(() => skillRecord(row, 's', { slotTaken: () => true })).toThrow(
      expect.objectContaining({ code: 'duplicateId', path: 's.slot' }),
    )
    expect(() => skillRecord(row, 's', { maxSlot: row.slot - 1 })).toThrow(RecordError)
  })
})
