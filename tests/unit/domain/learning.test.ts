import { describe, expect, it } from 'vitest'
import catalogueJson from '../../../src/assets/learning-resources.json'
import frameworkJson from '../../../src/assets/community-skills-framework.json'
import { applyDelta } from '../../../src/domain/changes'
import {
  addResource,
  deleteResource,
  deleteSkill,
  duplicateResource,
  EditError,
  mergeResources,
  updateResource,
  type ResourceFields,
} from '../../../src/domain/edits'
import { FrameworkError, parseFramework } from '../../../src/domain/framework'
import { catalogueResources } from '../../../src/domain/learning/catalogue'
import { resourcesFromLegacyLinks } from '../../../src/domain/learning/legacyLinks'
import type { WorkspaceData } from '../../../src/domain/types'
import { demoWorkspace } from '../../fixtures/demo'

const framework = parseFramework(frameworkJson, catalogueJson)
const rawCatalogue = catalogueJson as { resources: Record<string, unknown>[] }

let counter = 0
const newId = () => `new-${++counter}`

function fields(overrides: Partial<ResourceFields> = {}): ResourceFields {
  return {
    title: { en: 'Moderation school', ru: 'Школа модераторов' },
    url: 'https://example.org/school',
    kind: 'workshop',
    language: 'ru',
    teaches: {},
    seats: 8,
    costPerSeat: 1,
    costPerSession: 3.5,
    note: '',
    ...overrides,
  }
}

const skillOf = (data: WorkspaceData, frameworkId: string) => data.skills.find((s) => s.frameworkId === frameworkId)!

describe('the seeded learning catalogue', () => {
  it('is the shared learning-resources.json exactly: titles, links, kinds, seats and costs', () => {
    expect(framework.catalogue).toHaveLength(rawCatalogue.resources.length)
    framework.catalogue.forEach((entry, i) => {
      const raw = rawCatalogue.resources[i]!
      expect(entry).toEqual({
        frameworkId: raw.id,
        title: raw.title,
        url: raw.url,
        kind: raw.kind,
        language: raw.language,
        teaches: raw.teaches,
        seats: raw.seats,
        costPerSeat: raw.costPerSeat,
        costPerSession: raw.costPerSession,
        note: raw.note ?? '',
      })
    })
  })

  it('becomes resources of a workspace on its own skill ids, in the file’s order', () => {
    const data = demoWorkspace()
    expect(data.resources.map((r) => r.frameworkId)).toEqual(rawCatalogue.resources.map((r) => r.id))
    const facilitation = data.resources.find((r) => r.frameworkId === 'facilitation-masterclass')!
    expect({ ...facilitation.teaches }).toEqual({
      [skillOf(data, 'engagement.moderation').id]: 3,
      [skillOf(data, 'engagement.connections').id]: 3,
      [skillOf(data, 'engagement.productive-behaviours').id]: 2,
    })
    expect(data.resources.map((r) => r.order)).toEqual(data.resources.map((_, i) => i))
  })

  it('leaves out a skill the workspace does not have', () => {
    const [facilitation] = framework.catalogue.filter((e) => e.frameworkId === 'facilitation-masterclass')
    const moderation = { id: 'm', frameworkId: 'engagement.moderation' }
    const [resource] = catalogueResources([facilitation!], [moderation], newId)
    expect({ ...resource!.teaches }).toEqual({ m: 3 })
  })

  it.each<[string, (root: { resources: Record<string, unknown>[] }) => void, string]>([
    ['an unknown skill', (r) => (r.resources[1]!.teaches = { 'no.such': 2 }), 'resources[1].teaches'],
    ['a level of 5', (r) => (r.resources[1]!.teaches = { 'engagement.moderation': 5 }), 'resources[1].teaches'],
    ['a link that is not http(s)', (r) => (r.resources[0]!.url = 'ftp://x'), 'resources[0].url'],
    ['half a seat', (r) => (r.resources[2]!.seats = 2.5), 'resources[2].seats'],
    ['a repeated id', (r) => (r.resources[2]!.id = r.resources[1]!.id), 'resources[2].id'],
  ])('refuses a catalogue with %s, naming the path', (_, mutate, path) => {
    const copy = structuredClone(rawCatalogue)
    mutate(copy)
    expect(() => parseFramework(frameworkJson, copy)).toThrow(FrameworkError)
    expect(() => parseFramework(frameworkJson, copy)).toThrow(path)
  })
})

describe('resourcesFromLegacyLinks', () => {
  it('makes one free, self-paced resource per address, about every skill that listed it, at level 0', () => {
    const resources = resourcesFromLegacyLinks(
      [
        { skillId: 'a', links: [{ title: 'Guide', url: ' https://example.org/g ' }] },
        {
          skillId: 'b',
          links: [
            { title: 'Guide again', url: 'https://example.org/g' },
            { title: 'Wiki page', url: 'wiki/Moderation' },
            { title: ' ', url: '' },
          ],
        },
      ],
      newId,
      11,
    )
    expect(resources.map((r) => [r.title.en, r.url, { ...r.teaches }, r.note, r.order])).toEqual([
      ['Guide', 'https://example.org/g', { a: 0, b: 0 }, '', 11],
      ['Wiki page', null, { b: 0 }, 'wiki/Moderation', 12],
    ])
    expect(resources.every((r) => r.seats === null && r.costPerSeat === 0 && r.kind === 'link')).toBe(true)
  })
})

describe('resource edits', () => {
  it('adds, updates, duplicates and deletes, each undone by its backward delta', () => {
    const data = demoWorkspace()
    const moderation = skillOf(data, 'engagement.moderation')
    const add = addResource(data, fields({ teaches: { [moderation.id]: 3 } }), 'r1')
    const added = applyDelta(data, add.forward, 1)
    const resource = added.resources.at(-1)!
    expect(resource).toMatchObject({ id: 'r1', order: data.resources.length, frameworkId: '', costPerSession: 3.5 })
    expect(applyDelta(added, add.backward, 2).resources).toEqual(data.resources)

    const update = updateResource(added, 'r1', fields({ seats: null, costPerSession: 9 }))!
    const updated = applyDelta(added, update.forward, 3).resources.at(-1)!
    // Self-paced: no session to pay for.
    expect(updated).toMatchObject({ seats: null, costPerSession: 0, teaches: {} })
    expect(updateResource(added, 'r1', fields({ teaches: { [moderation.id]: 3 } }))).toBeNull()

    const copy = duplicateResource(added, 'r1', { en: 'Copy', ru: '' }, 'r2')
    expect(applyDelta(added, copy.forward, 4).resources.at(-1)).toMatchObject({ id: 'r2', title: { en: 'Copy' } })
    expect(copy.label).toEqual({ action: 'duplicateResource', subject: 'Moderation school' })

    const removal = deleteResource(added, 'r1')
    const removed = applyDelta(added, removal.forward, 5)
    expect(removed.resources.some((r) => r.id === 'r1')).toBe(false)
    expect(applyDelta(removed, removal.backward, 6).resources).toEqual(added.resources)
  })

  it.each<[string, Partial<ResourceFields>, string]>([
    ['no title', { title: { en: ' ', ru: '\u0000' } }, 'edit.resourceTitleRequired'],
    ['a javascript: link', { url: 'javascript:alert(1)' }, 'edit.resourceUrl'],
    ['0 seats', { seats: 0 }, 'edit.resourceSeats'],
    ['2.5 seats', { seats: 2.5 }, 'edit.resourceSeats'],
    ['a negative seat cost', { costPerSeat: -1 }, 'edit.resourceCost'],
    ['a cost of 0.334', { costPerSession: 0.334 }, 'edit.resourceCostDecimals'],
    ['an unknown skill', { teaches: { nope: 3 } }, 'edit.skillMissing'],
  ])('refuses %s', (_, patch, code) => {
    expect(() => addResource(demoWorkspace(), fields(patch), 'x')).toThrow(expect.objectContaining({ code }))
    expect(() => addResource(demoWorkspace(), fields(patch), 'x')).toThrow(EditError)
  })

  it('deleting a skill takes it out of what resources teach, and undo puts it back', () => {
    const data = demoWorkspace()
    const moderation = skillOf(data, 'engagement.moderation')
    const change = deleteSkill(data, moderation.id)
    const after = applyDelta(data, change.forward, 1)
    expect(after.resources.some((r) => Object.hasOwn(r.teaches, moderation.id))).toBe(false)
    // A resource that taught only that skill stays in the catalogue.
    expect(after.resources).toHaveLength(data.resources.length)
    expect(applyDelta(after, change.backward, 2).resources).toEqual(data.resources)
  })
})

describe('mergeResources', () => {
  it('replaces a resource by id, else by title in either language, adds the rest, and deletes nothing', () => {
    const data = demoWorkspace()
    const [first, second] = data.resources
    const change = mergeResources(
      data,
      [
        { id: first!.id, fields: { ...first!, costPerSeat: 7 } },
        { id: '', fields: { ...second!, title: { en: '', ru: second!.title.ru }, costPerSeat: 9 } },
        { id: 'from-elsewhere', fields: fields() },
      ],
      newId,
    )!
    const after = applyDelta(data, change.forward, 1)
    expect(after.resources).toHaveLength(data.resources.length + 1)
    expect(after.resources.find((r) => r.id === first!.id)!.costPerSeat).toBe(7)
    expect(after.resources.find((r) => r.id === second!.id)!.costPerSeat).toBe(9)
    expect(after.resources.at(-1)!.title.en).toBe('Moderation school')
    expect(applyDelta(after, change.backward, 2).resources).toEqual(data.resources)
  })

  it('is no change when the file says what the catalogue already holds', () => {
    const data = demoWorkspace()
    expect(
      mergeResources(
        data,
        data.resources.map((r) => ({ id: r.id, fields: r })),
        newId,
      ),
    ).toBeNull()
  })
})

describe('a resource title typed with control characters', () => {
  it('is stored without them, and the change warns, naming the cleaned title', () => {
    const change = addResource(demoWorkspace(), fields({ title: { en: '', ru: 'Школа\u0000 модераторов' } }), 'r')
    expect(change.forward.resources?.put?.[0]?.title.ru).toBe('Школа модераторов')
    expect(change.warnings).toEqual([
      { code: 'edit.controlCharacters.resourceTitle', params: { value: 'Школа модераторов' } },
    ])
  })
})
