import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TrendChart from '../../src/components/history/TrendChart.vue'
import type { SnapshotSummary } from '../../src/domain/snapshots'
import { createAppI18n } from '../fixtures/i18n'

const summary = (i: number, covered: number): SnapshotSummary => ({
  id: `s${i}`,
  takenAt: Date.UTC(2025, 0, 1 + i * 7),
  kind: i % 2 ? 'auto' : 'manual',
  label: '',
  people: 10,
  skills: 20,
  totals: { covered, atRisk: 20 - covered - 2, uncovered: 2, deficit: 30 - covered },
})

describe('TrendChart', () => {
  it('draws a point per snapshot, each titled with its figures, and lists them in a table', () => {
    const snapshots = [summary(0, 5), summary(1, 7), summary(2, 12)]
    const wrapper = mount(TrendChart, {
      props: {
        snapshots,
        formatDate: (t: number) => new Date(t).toISOString().slice(0, 10),
        formatDay: (t: number) => new Date(t).toISOString().slice(5, 10),
      },
      global: { plugins: [createAppI18n('en')] },
    })
    const points = wrapper.findAll('[data-testid="trend-point"]')
    expect(points).toHaveLength(3)
    expect(points[2]!.get('title').text()).toBe('2025-01-15: 12 covered, 6 at risk, 2 uncovered, deficit 18')
    expect(points[0]!.findAll('path')).toHaveLength(4)
    expect(wrapper.findAll('tbody tr').map((r) => r.findAll('td').map((c) => c.text()))).toEqual([
      ['2025-01-01', '5', '13', '2', '25'],
      ['2025-01-08', '7', '11', '2', '23'],
      ['2025-01-15', '12', '6', '2', '18'],
    ])
    // Covered rises: its line ends higher (a smaller y) than it starts.
    const covered = wrapper
      .findAll('polyline')[0]!
      .attributes('points')!
      .split(' ')
      .map((p) => Number(p.split(',')[1]))
    expect(covered[2]!).toBeLessThan(covered[0]!)
  })
})
