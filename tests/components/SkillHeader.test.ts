import { describe, expect, it } from 'vitest'
import type { SkillHeaderParams, SkillHeaderState } from '../../src/grid/SkillHeader'
import { SkillHeader, SkillHeaderRegistry } from '../../src/grid/SkillHeader'

function setup(state: { current: SkillHeaderState | null }) {
  const registry = new SkillHeaderRegistry(() => state.current)
  const tooltips: string[] = []
  const params = {
    displayName: 'Platform architecture & integration',
    skillId: 'platform',
    source: registry.source,
    setTooltip: (text: string) => tooltips.push(text),
  } as unknown as SkillHeaderParams
  const header = new SkillHeader()
  header.init(params)
  return { registry, header, tooltips, params }
}

describe('SkillHeader', () => {
  it('keeps the skill name as the header text and puts the status badge in a shadow root', () => {
    const state = { current: { status: 'at-risk' as const, badge: '! 1/2 At risk', tooltip: 'At risk: 1 of 2' } }
    const { header, tooltips } = setup(state)
    const gui = header.getGui()
    expect(gui.textContent).toBe('Platform architecture & integration')
    const badge = gui.querySelector('.skill-status') as HTMLElement
    expect(badge.dataset.status).toBe('at-risk')
    expect(badge.shadowRoot?.textContent).toBe('! 1/2 At risk')
    expect(tooltips.at(-1)).toBe('Platform architecture & integration\nAt risk: 1 of 2')
  })

  it('renders names as text, never as markup', () => {
    const state = { current: null }
    const registry = new SkillHeaderRegistry(() => state.current)
    const header = new SkillHeader()
    header.init({
      displayName: '<img src=x onerror=alert(1)>',
      skillId: 's',
      source: registry.source,
      setTooltip: () => {},
    } as unknown as SkillHeaderParams)
    expect(header.getGui().querySelector('img')).toBeNull()
    expect(header.getGui().textContent).toBe('<img src=x onerror=alert(1)>')
  })

  it('updates only the headers of the skills asked for, and forgets destroyed ones', () => {
    const state: { current: SkillHeaderState | null } = {
      current: { status: 'at-risk', badge: '! 1/2 At risk', tooltip: '' },
    }
    const { registry, header } = setup(state)
    const badge = () => (header.getGui().querySelector('.skill-status') as HTMLElement).shadowRoot?.textContent
    state.current = { status: 'uncovered', badge: '✕ 0/2 Uncovered', tooltip: '' }
    registry.update(['another-skill'])
    expect(badge()).toBe('! 1/2 At risk')
    registry.update(['platform'])
    expect(badge()).toBe('✕ 0/2 Uncovered')
    expect(registry.size).toBe(1)
    header.destroy()
    expect(registry.size).toBe(0)
  })

  it('hides the badge when the skill has no coverage yet', () => {
    const { header } = setup({ current: null })
    expect((header.getGui().querySelector('.skill-status') as HTMLElement).hidden).toBe(true)
  })
})
