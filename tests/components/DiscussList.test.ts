import { mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import DiscussList from '../../src/components/people/DiscussList.vue'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { createAppI18n } from '../fixtures/i18n'
import { matrix, ratings } from '../fixtures/builders'

function mountList(locale: 'en' | 'ru') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const data = matrix([
    [4, null, 1],
    [null, null, null],
  ])
  const [first, second] = data.people
  // Person 0: lead 4 / self 1 (a disagreement), self 2 below the target 3 (nothing), lead 1 / self 4 (lead counts).
  data.ratings.set(first!.id, ratings(first!.id, [4, null, 1], [], [1, 2, 4]))
  // Person 1: never rated by the lead, self 3 in skill 1 — a holder on their own word only.
  data.ratings.set(second!.id, ratings(second!.id, [null, null, null], [], [null, 3, null]))
  useWorkspaceStore().data = data
  return mount(DiscussList, {
    global: { plugins: [pinia, createAppI18n(locale)], stubs: { RouterLink: RouterLinkStub } },
  })
}

describe('DiscussList', () => {
  it.each([
    ['en', 'To discuss (3)', 'Person 1 — Skill 1: self 3', 'not rated by the lead'],
    ['ru', 'Обсудить (3)', 'Person 1 — Skill 1: сам 3', 'руководитель не оценивал'],
  ] as const)(
    'lists holders on a self-assessment only beside the disagreements (%s)',
    (locale, title, item, unrated) => {
      const wrapper = mountList(locale)
      expect(wrapper.get('h2').text()).toBe(title)
      expect(wrapper.findAll('[data-testid="discuss-item"]').map((i) => i.attributes('data-person'))).toEqual([
        'Person 0',
        'Person 0',
      ])
      const selfOnly = wrapper.findAll('[data-testid="discuss-self-only"]')
      expect(selfOnly.map((i) => [i.attributes('data-person'), i.attributes('data-skill')])).toEqual([
        ['Person 1', 'Skill 1'],
      ])
      expect(selfOnly[0]?.text()).toContain(item)
      expect(selfOnly[0]?.text()).toContain(unrated)
    },
  )
})
