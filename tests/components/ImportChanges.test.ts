import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import ImportChanges from '../../src/components/import/ImportChanges.vue'
import { createImportSession } from '../../src/io/importSession'
import { useImportStore } from '../../src/stores/import'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { matrix } from '../fixtures/builders'
import { createAppI18n } from '../fixtures/i18n'

/** A workspace of `people` × `skills`, everyone at level 1, and a wide file raising the first `changed` people to 3 everywhere. */
async function setUp(people: number, skills: number, changed: number) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const data = matrix(Array.from({ length: people }, () => Array<number>(skills).fill(1)))
  useWorkspaceStore().data = data
  const header = ['Name', ...data.skills.map((s) => s.name)].join(',')
  const rows = data.people.slice(0, changed).map((p) => [p.name, ...data.skills.map(() => '3')].join(','))
  const draft = createImportSession(new TextEncoder().encode([header, ...rows].join('\n'))).run({
    read: {},
    draft: {},
    context: { levelWords: [], interestWords: [] },
  })
  const store = useImportStore()
  store.draft = draft
  store.phase = 'preview'
  // The list is worked out in slices: the preview shows once it is.
  await store.listChanges()
  const wrapper = mount(ImportChanges, { global: { plugins: [pinia, createAppI18n('en')] } })
  return { wrapper, store, data }
}

beforeEach(() => setActivePinia(createPinia()))

describe('ImportChanges', () => {
  it('lists every changed cell, grouped by person, with from and to', async () => {
    const { wrapper } = await setUp(3, 2, 2)
    const changes = wrapper.findAll('[data-testid="import-change"]')
    expect(
      changes.map((c) => [
        c.attributes('data-person'),
        c.attributes('data-skill'),
        c.attributes('data-from'),
        c.attributes('data-to'),
      ]),
    ).toEqual([
      ['Person 0', 'Skill 0', '1', '3'],
      ['Person 0', 'Skill 1', '1', '3'],
      ['Person 1', 'Skill 0', '1', '3'],
      ['Person 1', 'Skill 1', '1', '3'],
    ])
    expect(wrapper.findAll('[data-testid="import-change-group"]').map((g) => g.attributes('data-person'))).toEqual([
      'Person 0',
      'Person 1',
    ])
  })

  it('declines a cell, a person, or everything, and accepts all again', async () => {
    const { wrapper, store, data } = await setUp(3, 2, 2)
    await wrapper.get('[data-testid="import-change"] input').setValue(false)
    expect(store.isAccepted(data.people[0]!.id, 0)).toBe(false)
    expect(wrapper.get('[data-testid="import-changes-summary"]').text()).toContain('accepted: 3')
    await wrapper.findAll('[data-testid="import-accept-person"]')[1]!.setValue(false)
    expect(store.isAccepted(data.people[1]!.id, 0) || store.isAccepted(data.people[1]!.id, 1)).toBe(false)
    expect(wrapper.get('[data-testid="import-changes-summary"]').text()).toContain('accepted: 1')
    await wrapper.get('[data-testid="import-accept-all"]').trigger('click')
    expect(wrapper.get('[data-testid="import-changes-summary"]').text()).toContain('accepted: 4')
    await wrapper.get('[data-testid="import-reject-all"]').trigger('click')
    expect(wrapper.get('[data-testid="import-changes-summary"]').text()).toContain('accepted: 0')
  })

  it('starts big change lists collapsed: a group renders its changes only when opened', async () => {
    const { wrapper } = await setUp(60, 10, 60)
    expect(wrapper.findAll('[data-testid="import-change-group"]')).toHaveLength(60)
    expect(wrapper.findAll('[data-testid="import-change"]')).toHaveLength(0)
    await wrapper.findAll('[data-testid="import-change-toggle"]')[3]!.trigger('click')
    const shown = wrapper.findAll('[data-testid="import-change"]')
    expect(shown).toHaveLength(10)
    expect(new Set(shown.map((c) => c.attributes('data-person')))).toEqual(new Set(['Person 3']))
  })

  it('shows nothing when the import changes no stored rating', async () => {
    const { wrapper } = await setUp(2, 2, 0)
    expect(wrapper.find('[data-testid="import-changes"]').exists()).toBe(false)
  })

  it('says a newer list is on its way and greys the one shown until it comes', async () => {
    const { wrapper, store } = await setUp(3, 2, 2)
    expect(wrapper.find('[data-testid="import-changes-pending"]').exists()).toBe(false)
    store.changesPending = true
    await nextTick()
    expect(wrapper.get('[data-testid="import-changes-pending"]').text()).toBe('Comparing with the stored ratings…')
    expect(wrapper.get('[data-testid="import-changes"]').classes()).toContain('stale')
    expect(wrapper.get('[data-testid="import-changes"]').attributes('aria-busy')).toBe('true')
  })
})
