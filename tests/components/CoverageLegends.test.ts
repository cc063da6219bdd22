import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref, shallowRef } from 'vue'
import CoverageLegend from '../../src/components/coverage/CoverageLegend.vue'
import MatrixLegend from '../../src/components/matrix/MatrixLegend.vue'
import { useMatrixCoverage } from '../../src/composables/useMatrixCoverage'
import type { TargetLevel, WorkspaceData } from '../../src/domain/types'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { createAppI18n } from '../fixtures/i18n'
import { matrix, ratings } from '../fixtures/builders'

type Locale = 'en' | 'ru'

/** Four skills at target level 3: one holder of 2 wanted, nobody of 2, one holder of 0 wanted, two (one self-only) of 1. */
function team(): WorkspaceData {
  const data = matrix([
    [3, null, 4, 3],
    [1, null, null, null],
  ])
  const people = [2, 2, 0, 1]
  const skills = data.skills.map((s, i) => ({ ...s, target: { level: 3 as TargetLevel, people: people[i] ?? 2 } }))
  const second = data.people[1]!
  data.ratings.set(second.id, ratings(second.id, [1, null, null, null], [], [null, null, null, 4]))
  return { ...data, skills }
}

function withStores(data: WorkspaceData): Pinia {
  const pinia = createPinia()
  setActivePinia(pinia)
  useWorkspaceStore().data = data
  return pinia
}

let hooks: ReturnType<typeof useMatrixCoverage> | null = null
const gapsOnly = ref(false)
const Probe = defineComponent({
  setup() {
    hooks = useMatrixCoverage(shallowRef(null), gapsOnly)
    return () => h('div')
  },
})

function matrixCoverage(locale: Locale, data = team(), gaps = false) {
  const pinia = withStores(data)
  gapsOnly.value = gaps
  mount(Probe, { global: { plugins: [pinia, createAppI18n(locale)] } })
  if (!hooks) throw new Error('not mounted')
  return { data, hooks }
}

describe('skill headers and the pinned holders row', () => {
  it.each<[Locale, string[], string]>([
    [
      'en',
      ['! 1/2 At risk', '✕ 0/2 Uncovered', '○ 1/0 Not needed', '✓ 2/1 Covered'],
      '1/2 = holders at level 3+ / target people\nAt risk: 1 of the 2 people wanted',
    ],
    [
      'ru',
      ['! 1/2 Под угрозой', '✕ 0/2 Не покрыт', '○ 1/0 Не нужен', '✓ 2/1 Покрыт'],
      '1/2 = носители уровня 3+ / цель (человек)\nПод угрозой: 1 из 2 нужных человек',
    ],
  ])('say what the counts are and why the status (%s)', (locale, badges, firstTooltip) => {
    const { data, hooks } = matrixCoverage(locale)
    const states = data.skills.map((s) => hooks.headers.source.stateOf(s.id))
    expect(states.map((s) => s?.badge)).toEqual(badges)
    expect(states.map((s) => s?.status)).toEqual(['at-risk', 'uncovered', 'not-needed', 'covered'])
    expect(states[0]?.tooltip).toBe(firstTooltip)
    const cells = data.skills.map((s) => hooks.columnHooks.summaryCell(s))
    expect(cells.map((c) => c?.text)).toEqual(badges.map((b) => b.split(' ').slice(0, 2).join(' ')))
    expect(cells[2]?.classes).toEqual(['status-not-needed'])
    expect(cells[0]?.tooltip).toBe(firstTooltip)
  })

  it.each<[Locale, string, string]>([
    ['en', 'Not needed: the target wants nobody (0 people)', '1 of them on a self-assessment only'],
    ['ru', 'Не нужен: цель — 0 человек', 'из них 1 — только по самооценке'],
  ])('explain a not-needed skill and a holding on a self-assessment only (%s)', (locale, notNeeded, selfOnly) => {
    const { data, hooks } = matrixCoverage(locale)
    expect(hooks.headers.source.stateOf(data.skills[2]!.id)?.tooltip).toContain(notNeeded)
    expect(hooks.headers.source.stateOf(data.skills[3]!.id)?.tooltip).toContain(selfOnly)
    expect(hooks.headers.source.stateOf(data.skills[0]!.id)?.tooltip).not.toContain(selfOnly)
  })

  it.each<[Locale, string]>([
    ['en', 'one person is a single point of failure'],
    ['ru', 'всё держится на одном человеке'],
  ])('say a single holder is a single point of failure (%s)', (locale, text) => {
    const data = team()
    const single = {
      ...data,
      skills: data.skills.map((s, i) => (i === 0 ? { ...s, target: { ...s.target, people: 1 } } : s)),
    }
    const { hooks } = matrixCoverage(locale, single)
    expect(hooks.headers.source.stateOf(single.skills[0]!.id)?.tooltip).toContain(text)
  })

  it('hides not-needed skills with "Gaps only", like covered ones', () => {
    expect(matrixCoverage('en').hooks.columnHooks.hiddenSkillIds().size).toBe(0)
    const { data, hooks } = matrixCoverage('en', team(), true)
    expect([...hooks.columnHooks.hiddenSkillIds()].sort()).toEqual([data.skills[2]!.id, data.skills[3]!.id].sort())
  })
})

describe('legends', () => {
  it.each<[Locale, string, string]>([
    ['en', '1/2 = holders at level 3+ / target people', '○ Not needed'],
    ['ru', '1/2 = носители уровня 3+ / цель (человек)', '○ Не нужен'],
  ])('the matrix legend says what the counts are and lists the not-needed status (%s)', (locale, counts, status) => {
    const pinia = withStores(team())
    const wrapper = mount(MatrixLegend, { global: { plugins: [pinia, createAppI18n(locale)] } })
    expect(wrapper.get('[data-testid="legend-counts"]').text()).toBe(counts)
    expect(wrapper.text()).toContain(status)
  })

  it('uses words, not one level, when skills have different target levels', () => {
    const data = team()
    const pinia = withStores({
      ...data,
      skills: data.skills.map((s, i) => (i === 0 ? { ...s, target: { ...s.target, level: 2 as TargetLevel } } : s)),
    })
    const wrapper = mount(MatrixLegend, { global: { plugins: [pinia, createAppI18n('en')] } })
    expect(wrapper.get('[data-testid="legend-counts"]').text()).toBe(
      '1/2 = holders at the skill’s target level or above / target people',
    )
  })

  it.each<[Locale, string, string]>([
    [
      'en',
      'one person is a single point of failure — if they leave, nobody holds the skill',
      'Left out of the covered share',
    ],
    [
      'ru',
      'всё держится на одном человеке — если он уйдёт, навыком не будет владеть никто',
      'Не входит ни в долю покрытых',
    ],
  ])(
    'the coverage page legend says why one holder is at risk and what not needed means (%s)',
    (locale, atRisk, notNeeded) => {
      const pinia = withStores(team())
      const wrapper = mount(CoverageLegend, { global: { plugins: [pinia, createAppI18n(locale)] } })
      expect(wrapper.get('[data-status="at-risk"] dd').text()).toContain(atRisk)
      expect(wrapper.get('[data-status="not-needed"] dd').text()).toContain(notNeeded)
      expect(wrapper.findAll('.coverage-legend-row')).toHaveLength(4)
      expect(wrapper.get('[data-testid="coverage-legend-counts"]').text()).toContain('1/2')
    },
  )
})
