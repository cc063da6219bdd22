import { mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import BusFactorList from '../../src/components/people/BusFactorList.vue'
import { createAppI18n } from '../fixtures/i18n'
import { useCoverageStore } from '../../src/stores/coverage'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { matrix, ratings } from '../fixtures/builders'

function mountWith(rows: (number | null)[][], people: Parameters<typeof matrix>[1] = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const data = matrix(rows, people)
  useWorkspaceStore().data = data
  const wrapper = mount(BusFactorList, {
    global: { plugins: [pinia, createAppI18n('en')], stubs: { RouterLink: RouterLinkStub } },
  })
  return { wrapper, data }
}

beforeEach(() => setActivePinia(createPinia()))

describe('BusFactorList', () => {
  it('puts the sole holders first and says what their leaving uncovers', () => {
    const { wrapper } = mountWith([
      [1, 3],
      [4, 3],
      [1, 1],
    ])
    const cards = wrapper.findAll('[data-testid="bus-person"]')
    expect(cards.map((c) => c.attributes('data-person'))).toEqual(['Person 1', 'Person 0', 'Person 2'])
    expect(cards[0]?.get('[data-testid="bus-impact"]').text()).toBe('If Person 1 leaves, 1 skill becomes uncovered')
    expect(cards[0]?.findAll('.bus-skill').map((s) => s.text())).toEqual(['★ Skill 0'])
    expect(cards[1]?.get('[data-testid="bus-impact"]').text()).toBe('If Person 0 leaves, no skill becomes uncovered')
  })

  it('switching what-if excludes the person in the coverage store and shows the new sole holder live', async () => {
    const { wrapper, data } = mountWith([
      [4, 3],
      [4, 3],
    ])
    await wrapper.get('[data-testid="whatif-toggle"][data-person="Person 0"]').setValue(true)
    expect(useCoverageStore().excluded.has(data.people[0]!.id)).toBe(true)
    const other = wrapper.get('[data-testid="bus-person"][data-person="Person 1"]')
    expect(other.get('[data-testid="bus-impact"]').text()).toBe('If Person 1 leaves, 2 skills become uncovered')
    expect(wrapper.get('[data-testid="bus-person"][data-person="Person 0"]').text()).toContain('treated as gone')
    expect(data.people[0]!.active).toBe(true)
  })

  it('renders at most 120 cards of a big team, with a filter that reaches everyone', async () => {
    const rows = Array.from({ length: 300 }, () => [1])
    const { wrapper } = mountWith(rows)
    expect(wrapper.findAll('[data-testid="bus-person"]')).toHaveLength(120)
    expect(wrapper.text()).toContain('Showing 120 of 300 people')
    await wrapper.get('[data-testid="people-filter"]').setValue('person 299')
    expect(wrapper.findAll('[data-testid="bus-person"]').map((c) => c.attributes('data-person'))).toEqual([
      'Person 299',
    ])
    await wrapper.get('[data-testid="people-filter"]').setValue('')
    await wrapper.get('[data-testid="people-show-all"]').trigger('click')
    expect(wrapper.findAll('[data-testid="bus-person"]')).toHaveLength(300)
  })

  it('leaves inactive people out of the switches and names them', () => {
    const { wrapper } = mountWith([[4], [4]], { people: [{}, { active: false, name: 'Tom Baker' }] })
    expect(wrapper.findAll('[data-testid="bus-person"]')).toHaveLength(1)
    expect(wrapper.text()).toContain('Not counted (inactive): Tom Baker')
  })

  it.each([
    ['en', 'self-assessed only'],
    ['ru', 'только по самооценке'],
  ] as const)('marks a ★ skill held on a self-assessment only, also under a what-if (%s)', async (locale, mark) => {
    const pinia = createPinia()
    setActivePinia(pinia)
    const data = matrix([
      [4, null],
      [4, null],
    ])
    const second = data.people[1]!
    // Person 1 holds skill 1 on their own word only, and skill 0 with the lead's rating.
    data.ratings.set(second.id, ratings(second.id, [4, null], [], [null, 4]))
    useWorkspaceStore().data = data
    const wrapper = mount(BusFactorList, {
      global: { plugins: [pinia, createAppI18n(locale)], stubs: { RouterLink: RouterLinkStub } },
    })
    const card = () => wrapper.get('[data-testid="bus-person"][data-person="Person 1"]')
    expect(card().findAll('.bus-skill')).toHaveLength(1)
    expect(card().get('[data-testid="bus-self-only"]').text()).toBe(mark)
    await wrapper.get('[data-testid="whatif-toggle"][data-person="Person 0"]').setValue(true)
    expect(card().findAll('.bus-skill')).toHaveLength(2)
    expect(card().findAll('[data-testid="bus-self-only"]')).toHaveLength(1)
  })
})
