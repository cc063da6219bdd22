import { describe, expect, it } from 'vitest'
import { applyDelta } from '../../../../src/domain/changes'
import { EditError } from '../../../../src/domain/edits/editError'
import { buildImportChange } from '../../../../src/domain/import/buildImportChange'
import {
  UNCATEGORISED,
  type ImportMode,
  type ImportSource,
  type SkillChoice,
} from '../../../../src/domain/import/importSource'
import { importRatingChanges } from '../../../../src/domain/import/importRatingChanges'
import { resolveImport } from '../../../../src/domain/import/resolveImport'
import { byOrder } from '../../../../src/domain/order'
import { interestAt, levelAt } from '../../../../src/domain/ratings'
import { INTEREST_UNSET, NOT_ASSESSED } from '../../../../src/domain/scale'
import type { WorkspaceData } from '../../../../src/domain/types'
import { category, person, ratings, skill, workspace } from '../../../fixtures/builders'

interface SourcePerson {
  name: string
  email?: string
  team?: string
  title?: string
  levels: (number | null)[]
  interest?: (number | null)[]
}

/** An import source as the import draft gives it: skills, people and packed cells. */
function source(skills: [string, string?][], people: SourcePerson[]): ImportSource {
  const width = skills.length
  const levels = new Uint8Array(people.length * width).fill(NOT_ASSESSED)
  const interest = new Uint8Array(people.length * width).fill(INTEREST_UNSET)
  people.forEach((p, i) => {
    p.levels.forEach((level, k) => level !== null && (levels[i * width + k] = level))
    p.interest?.forEach((value, k) => value !== null && (interest[i * width + k] = value))
  })
  return {
    skills: skills.map(([name, categoryName = '']) => ({ name, category: categoryName })),
    people: people.map((p, i) => ({
      row: i + 2,
      name: p.name,
      email: p.email ?? '',
      team: p.team ?? '',
      title: p.title ?? '',
    })),
    levels,
    interest,
  }
}

/** A small workspace: Writing (alias "Copywriting", RU "Написание текстов") and SEO in Content; Ann and Bob. */
function team(): WorkspaceData {
  const content = category({ name: 'Content', nameRu: 'Контент', order: 0 })
  const uncategorised = category({ name: 'Misc', order: 1 })
  const writing = skill({
    slot: 0,
    categoryId: content.id,
    name: 'Writing',
    nameRu: 'Написание текстов',
    aliases: ['Copywriting'],
  })
  const seo = skill({ slot: 1, categoryId: content.id, name: 'SEO', order: 1 })
  const ann = person({ name: 'Ann Lee', email: 'ann@x.org', team: 'Core', title: 'Lead', order: 0 })
  const bob = person({ name: 'Bob Stone', email: '', team: 'Ops', order: 1, active: false })
  return {
    workspace: workspace({ nextSlot: 3 }),
    categories: [content, uncategorised],
    skills: [writing, seo],
    people: [ann, bob],
    roles: [
      {
        id: 'role-1',
        name: 'Writer',
        nameRu: '',
        requirements: { [writing.id]: 3 },
        hireCost: 10,
        order: 0,
        frameworkId: '',
      },
    ],
    resources: [],
    ratings: new Map([
      [ann.id, ratings(ann.id, [2, 1, 4], [0, null, null])],
      [bob.id, ratings(bob.id, [null, 3])],
    ]),
  }
}

let counter = 0
const options = (subject = 'team.csv') => ({ newId: () => `new-${++counter}`, now: 1000, subject })
const importInto = (data: WorkspaceData, from: ImportSource, mode: ImportMode) =>
  applyDelta(data, buildImportChange(data, from, mode, options()).forward, 1000)
const named = (data: WorkspaceData, name: string) => data.people.find((p) => p.name === name)

describe('resolveImport: skills', () => {
  it.each([['Writing'], ['  WRITING '], ['Написание  текстов'], ['copywriting']])(
    'matches %j to the stored skill by name, Russian name or alias',
    (header) => {
      const [resolved] = resolveImport(team(), source([[header]], []), 'merge').skills
      expect(resolved?.existing?.name).toBe('Writing')
    },
  )

  it.each(['Grant writing', 'Writ', 'Writing skills', 'SEO basics'])(
    'never matches %j by a part of a name: it is a new skill',
    (header) => {
      expect(resolveImport(team(), source([[header]], []), 'merge').skills[0]?.existing).toBeNull()
    },
  )

  it('puts a new skill in the category the file names, matching a stored category by either name', () => {
    const { skills, newCategories } = resolveImport(
      team(),
      source(
        [
          ['Podcasts', 'контент'],
          ['Grants', 'Fundraising'],
          ['Budgets', 'fundraising'],
        ],
        [],
      ),
      'merge',
    )
    expect(skills.map((s) => [s.categoryName, s.categoryIsNew])).toEqual([
      ['Content', false],
      ['Fundraising', true],
      ['Fundraising', true],
    ])
    expect(newCategories).toEqual(['Fundraising'])
  })

  it('puts a skill without a category in "Uncategorised", made once', () => {
    const { skills, newCategories } = resolveImport(team(), source([['A'], ['B']], []), 'merge')
    expect(skills.map((s) => s.categoryName)).toEqual([UNCATEGORISED.name, UNCATEGORISED.name])
    expect(newCategories).toEqual([UNCATEGORISED.name])
  })

  it('reports two columns that name one stored skill, and refuses to build the change', () => {
    const data = team()
    const from = source([['Writing'], ['Написание текстов']], [{ name: 'Ann Lee', levels: [1, 2] }])
    expect(resolveImport(data, from, 'merge').conflicts).toEqual([
      { first: 'Writing', second: 'Написание текстов', skill: 'Writing' },
    ])
    expect(() => buildImportChange(data, from, 'merge', options())).toThrow(EditError)
  })
})

describe('the lead’s skill choices', () => {
  const writingId = (data: WorkspaceData) => data.skills.find((s) => s.name === 'Writing')!.id
  const choice = (entries: [string, SkillChoice][]) => new Map(entries)

  it('maps a column to the stored skill the lead picked: its cells land in that skill, no new skill', () => {
    const data = team()
    const from = source([['Тексты']], [{ name: 'Ann Lee', email: 'ann@x.org', levels: [4] }])
    const choices = choice([['тексты', { kind: 'existing', skillId: writingId(data) }]])
    const [resolved] = resolveImport(data, from, 'merge', choices).skills
    expect([resolved?.existing?.name, resolved?.chosen, resolved?.ignored]).toEqual(['Writing', true, false])
    const after = applyDelta(data, buildImportChange(data, from, 'merge', { ...options(), choices }).forward, 1000)
    expect(after.skills).toHaveLength(2)
    expect(levelAt(after.ratings.get(named(after, 'Ann Lee')!.id), 0)).toBe(4)
  })

  it('without the choice the same column is a new skill', () => {
    const data = team()
    const from = source([['Тексты']], [{ name: 'Ann Lee', email: 'ann@x.org', levels: [4] }])
    expect(importInto(data, from, 'merge').skills.map((s) => s.name)).toEqual(['Writing', 'SEO', 'Тексты'])
  })

  it('leaves an ignored column out: no skill, no cell, no category written', () => {
    const data = team()
    const from = source([['Podcasts', 'Audio'], ['SEO']], [{ name: 'Ann Lee', email: 'ann@x.org', levels: [3, 0] }])
    const choices = choice([['podcasts', { kind: 'ignore' }]])
    const resolution = resolveImport(data, from, 'merge', choices)
    expect(resolution.skills[0]).toMatchObject({ ignored: true, existing: null })
    expect(resolution.newCategories).toEqual([])
    const change = buildImportChange(data, from, 'merge', { ...options(), choices })
    expect(change.forward.skills?.put).toEqual([])
    expect(change.forward.categories?.put).toEqual([])
    const after = applyDelta(data, change.forward, 1000)
    const ann = after.ratings.get(named(after, 'Ann Lee')!.id)
    expect([levelAt(ann, 0), levelAt(ann, 1), levelAt(ann, 2)]).toEqual([2, 0, 4])
  })

  it('ignores a column that matches a stored skill by name when the lead says so', () => {
    const data = team()
    const from = source([['Writing']], [{ name: 'Ann Lee', email: 'ann@x.org', levels: [0] }])
    const after = applyDelta(
      data,
      buildImportChange(data, from, 'merge', { ...options(), choices: choice([['writing', { kind: 'ignore' }]]) })
        .forward,
      1000,
    )
    expect(levelAt(after.ratings.get(named(after, 'Ann Lee')!.id), 0)).toBe(2)
  })

  it('keeps a name a stored skill has on that skill even when asked for a new one (names are unique)', () => {
    const [resolved] = resolveImport(
      team(),
      source([['writing']], []),
      'merge',
      choice([['writing', { kind: 'new' }]]),
    ).skills
    expect(resolved?.existing?.name).toBe('Writing')
  })

  it('reports a conflict when a chosen skill is also another column’s', () => {
    const data = team()
    const from = source([['Writing'], ['Тексты']], [])
    const choices = choice([['тексты', { kind: 'existing', skillId: writingId(data) }]])
    expect(resolveImport(data, from, 'merge', choices).conflicts).toEqual([
      { first: 'Writing', second: 'Тексты', skill: 'Writing' },
    ])
  })

  it('lists the changes of the chosen skill in the preview, as the commit writes them', () => {
    const data = team()
    const from = source([['Тексты']], [{ name: 'Ann Lee', email: 'ann@x.org', levels: [4] }])
    const choices = choice([['тексты', { kind: 'existing', skillId: writingId(data) }]])
    expect(
      importRatingChanges(data, from, 'merge', choices)[0]?.changes.map((c) => [c.skillName, c.from, c.to]),
    ).toEqual([['Writing', 2, 4]])
    expect(importRatingChanges(data, from, 'merge')[0]?.changes.map((c) => [c.skillName, c.from, c.to])).toEqual([
      ['Тексты', NOT_ASSESSED, 4],
    ])
  })
})

describe('resolveImport: people', () => {
  it('matches by email first, ignoring case, then by exact name (case and spaces aside)', () => {
    const { people } = resolveImport(
      team(),
      source(
        [],
        [
          { name: 'Ann L.', email: 'ANN@x.org', levels: [] },
          { name: ' bob  stone', levels: [] },
          { name: 'Cid', levels: [] },
        ],
      ),
      'merge',
    )
    expect(people.map((p) => [p.existing?.name ?? null, p.matchedBy])).toEqual([
      ['Ann Lee', 'email'],
      ['Bob Stone', 'name'],
      [null, null],
    ])
  })

  it('does not match by name when the emails disagree', () => {
    const [match] = resolveImport(
      team(),
      source([], [{ name: 'Ann Lee', email: 'other@x.org', levels: [] }]),
      'merge',
    ).people
    expect(match?.existing).toBeNull()
  })

  it('does not give one stored person to two rows', () => {
    const { people } = resolveImport(
      team(),
      source(
        [],
        [
          { name: 'Someone', email: 'ann@x.org', levels: [] },
          { name: 'Ann Lee', levels: [] },
        ],
      ),
      'merge',
    )
    expect(people.map((p) => p.existing?.name ?? null)).toEqual(['Ann Lee', null])
  })

  it('lists the people a replace would remove', () => {
    const { removedPeople } = resolveImport(
      team(),
      source([], [{ name: 'Ann Lee', email: 'ann@x.org', levels: [] }]),
      'replace',
    )
    expect(removedPeople.map((p) => p.name)).toEqual(['Bob Stone'])
  })
})

describe('buildImportChange, merge', () => {
  it('updates matched people’s ratings, keeping what a blank cell does not say', () => {
    const data = team()
    const ann = data.people[0]!
    const after = importInto(
      data,
      source([['Writing'], ['SEO']], [{ name: 'Ann Lee', email: 'ann@x.org', levels: [4, null], interest: [2, null] }]),
      'merge',
    )
    const record = after.ratings.get(ann.id)
    expect([levelAt(record, 0), levelAt(record, 1), levelAt(record, 2)]).toEqual([4, 1, 4])
    expect([interestAt(record, 0), interestAt(record, 1)]).toEqual([2, null])
  })

  it('updates team and title from non-blank cells and keeps the stored name', () => {
    const after = importInto(
      team(),
      source([['SEO']], [{ name: 'A. Lee', email: 'ann@x.org', team: 'Board', levels: [2] }]),
      'merge',
    )
    expect(after.people.find((p) => p.email === 'ann@x.org')).toMatchObject({
      name: 'Ann Lee',
      team: 'Board',
      title: 'Lead',
    })
  })

  it('adds unmatched people after the others, active and with only the file’s ratings', () => {
    const data = team()
    const after = importInto(data, source([['SEO']], [{ name: 'Cid', email: 'CID@x.org', levels: [3] }]), 'merge')
    const cid = named(after, 'Cid')
    expect(cid).toMatchObject({ email: 'cid@x.org', active: true, trainable: true, order: 2 })
    const record = after.ratings.get(cid!.id)
    expect([levelAt(record, 0), levelAt(record, 1)]).toEqual([null, 3])
    expect(after.people).toHaveLength(3)
  })

  it('creates new skills in new slots (never reused) and new categories, with the default target', () => {
    const data = team()
    const change = buildImportChange(
      data,
      source(
        [['Grant writing', 'Fundraising'], ['Writing']],
        [{ name: 'Ann Lee', email: 'ann@x.org', levels: [3, 1] }],
      ),
      'merge',
      options(),
    )
    const after = applyDelta(data, change.forward, 0)
    const grant = after.skills.find((s) => s.name === 'Grant writing')!
    // Slot 2 once belonged to a deleted skill (Ann still has a 4 there): a new skill gets slot 3.
    expect(grant.slot).toBe(3)
    expect(after.workspace.nextSlot).toBe(4)
    expect(after.categories.find((c) => c.id === grant.categoryId)?.name).toBe('Fundraising')
    expect(grant.target).toEqual(data.workspace.defaultTarget)
    expect(levelAt(after.ratings.get(data.people[0]!.id), 3)).toBe(3)
    expect(after.ratings.get(data.people[0]!.id)?.levels).toHaveLength(4)
  })

  it('is one change, labelled with the file, that undoes exactly', () => {
    const data = team()
    const change = buildImportChange(
      data,
      source(
        [['New skill', 'New category'], ['SEO']],
        [
          { name: 'Ann Lee', email: 'ann@x.org', levels: [1, 0] },
          { name: 'Dee', levels: [4, 4] },
        ],
      ),
      'merge',
      options('people.csv'),
    )
    expect(change.label).toEqual({ action: 'importCsv', subject: 'people.csv' })
    const undone = applyDelta(applyDelta(data, change.forward, 1), change.backward, 2)
    expect(undone.people).toEqual(data.people)
    expect(undone.skills).toEqual(data.skills)
    expect(undone.categories).toEqual(data.categories)
    expect([...undone.ratings.entries()]).toEqual([...data.ratings.entries()])
  })

  it('builds the same change from the preview’s resolution as from resolving again', () => {
    const data = team()
    const file = source(
      [['Copywriting'], ['New skill', 'New category']],
      [
        { name: 'ann lee', email: 'ANN@x.org', levels: [3, 1] },
        { name: 'Dee', levels: [4, null] },
      ],
    )
    const ids = () => {
      let n = 0
      return { newId: () => `id-${++n}`, now: 1000, subject: 'x.csv' }
    }
    const resolution = resolveImport(data, file, 'replace')
    const given = buildImportChange(data, file, 'replace', { ...ids(), resolution })
    expect(given).toEqual(buildImportChange(data, file, 'replace', ids()))
    expect(given.forward.people?.delete).toEqual([data.people[1]!.id])
  })
})

describe('buildImportChange, replace', () => {
  it('makes people and ratings exactly the file’s, keeping skills, categories, targets and roles', () => {
    const data = team()
    const [ann, bob] = data.people
    const after = importInto(
      data,
      source(
        [['SEO'], ['Grant writing']],
        [
          { name: 'Zed', levels: [1, null] },
          { name: 'Ann Lee', email: 'ann@x.org', team: '', levels: [null, 2] },
        ],
      ),
      'replace',
    )
    expect(byOrder(after.people).map((p) => [p.name, p.email, p.team, p.title])).toEqual([
      ['Zed', '', '', ''],
      ['Ann Lee', 'ann@x.org', '', ''],
    ])
    // Ann keeps her id; Bob, not in the file, is gone with his ratings.
    expect(after.people.find((p) => p.name === 'Ann Lee')?.id).toBe(ann!.id)
    expect(after.ratings.has(bob!.id)).toBe(false)
    const record = after.ratings.get(ann!.id)
    expect([levelAt(record, 0), levelAt(record, 1), levelAt(record, 2), levelAt(record, 3)]).toEqual([
      null,
      null,
      null,
      2,
    ])
    expect(interestAt(record, 0)).toBeNull()
    expect(after.skills.slice(0, 2)).toEqual(data.skills)
    expect(after.skills.map((s) => s.name)).toEqual(['Writing', 'SEO', 'Grant writing'])
    expect(after.roles).toEqual(data.roles)
    expect(after.categories.slice(0, 2)).toEqual(data.categories)
  })

  it('keeps a matched person’s active flag', () => {
    const after = importInto(team(), source([['SEO']], [{ name: 'Bob Stone', levels: [1] }]), 'replace')
    expect(named(after, 'Bob Stone')?.active).toBe(false)
  })

  it('undoes exactly, bringing removed people and their ratings back', () => {
    const data = team()
    const change = buildImportChange(data, source([['SEO']], [{ name: 'Zed', levels: [1] }]), 'replace', options())
    const undone = applyDelta(applyDelta(data, change.forward, 1), change.backward, 2)
    expect(byOrder(undone.people)).toEqual(byOrder(data.people))
    expect(new Map(undone.ratings)).toEqual(new Map(data.ratings))
  })

  it('refuses a person without a name', () => {
    expect(() =>
      buildImportChange(team(), source([['SEO']], [{ name: '  ', levels: [1] }]), 'replace', options()),
    ).toThrow(EditError)
  })
})

describe('buildImportChange, new skills', () => {
  it('gives a new skill the workspace default target, validated as when a skill is added by hand', () => {
    const data = team()
    const after = importInto(data, source([['Grant writing', 'Content']], [{ name: 'Ann Lee', levels: [2] }]), 'merge')
    expect(after.skills.find((s) => s.name === 'Grant writing')).toMatchObject({
      slot: 3,
      target: data.workspace.defaultTarget,
      aliases: [],
      notes: '',
    })
  })

  it('refuses new skills when the workspace default target is out of range', () => {
    const data = team()
    data.workspace = { ...data.workspace, defaultTarget: { level: 2, people: 5000 } }
    expect(() =>
      buildImportChange(
        data,
        source([['Grant writing', 'Content']], [{ name: 'Ann Lee', levels: [2] }]),
        'merge',
        options(),
      ),
    ).toThrow('edit.targetPeopleRange')
  })
})

describe('buildImportChange, replace from a file without some columns', () => {
  it('keeps the stored title of a matched person when the file has no title column (a long file)', () => {
    const from = {
      ...source([['SEO']], [{ name: 'Ann Lee', email: 'ann@x.org', team: 'New team', levels: [1] }]),
      fields: { email: true, team: true, title: false },
    }
    const after = importInto(team(), from, 'replace')
    expect(named(after, 'Ann Lee')).toMatchObject({ team: 'New team', title: 'Lead' })
  })
})
