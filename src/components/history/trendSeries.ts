import type { SnapshotSummary } from '../../domain/snapshots'

export type TrendKey = 'covered' | 'atRisk' | 'uncovered' | 'deficit'
export const TREND_KEYS: readonly TrendKey[] = ['covered', 'atRisk', 'uncovered', 'deficit']

/** Each series has its own colour AND marker shape (never colour alone); the deficit line is dashed. */
export const TREND_STYLE: Record<TrendKey, { colour: string; dashed: boolean }> = {
  covered: { colour: 'var(--status-covered)', dashed: false },
  atRisk: { colour: 'var(--status-at-risk)', dashed: false },
  uncovered: { colour: 'var(--status-uncovered)', dashed: false },
  deficit: { colour: '#4b5563', dashed: true },
}

/** An SVG path of the marker of a series, centred on (x, y). */
export function markerPath(key: TrendKey, x: number, y: number, r = 4): string {
  if (key === 'covered') return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`
  if (key === 'atRisk') return `M${x},${y - r - 1}L${x + r + 1},${y + r}L${x - r - 1},${y + r}Z`
  if (key === 'uncovered') return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`
  return `M${x},${y - r - 1}L${x + r + 1},${y}L${x},${y + r + 1}L${x - r - 1},${y}Z`
}

export const valueOf = (snapshot: SnapshotSummary, key: TrendKey): number => snapshot.totals[key]
