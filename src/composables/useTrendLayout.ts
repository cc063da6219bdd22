import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { markerPath, TREND_KEYS, TREND_STYLE, valueOf } from '../components/history/trendSeries'
import type { SnapshotSummary } from '../domain/snapshots'
import { useElementWidth } from './useElementWidth'

const MAX_WIDTH = 640
export const HEIGHT = 220
export const PAD = { left: 36, right: 24, top: 12, bottom: 30 }
const plotHeight = HEIGHT - PAD.top - PAD.bottom
const WIDTH_MIN = 260

/**
 * The history trend laid out at the figure's width: the series' lines and markers of each
 * snapshot, the value ticks and the days under the axis.
 */
export function useTrendLayout(
  figure: Readonly<Ref<HTMLElement | null>>,
  props: { snapshots: SnapshotSummary[]; formatDate: (time: number) => string; formatDay: (time: number) => string },
) {
  const { t } = useI18n()
  // Drawn about at its size in CSS pixels, so the 11px labels stay 11px on a phone.
  const measured = useElementWidth(figure, MAX_WIDTH)
  const width = computed(() => Math.max(WIDTH_MIN, Math.min(MAX_WIDTH, measured.value)))
  const plotWidth = computed(() => width.value - PAD.left - PAD.right)

  const top = computed(() =>
    Math.max(1, ...props.snapshots.flatMap((s) => [s.skills, ...TREND_KEYS.map((key) => valueOf(s, key))])),
  )
  // Snapshots are spaced evenly, in the order taken: every one gets a visible point.
  const xOf = (index: number) =>
    PAD.left +
    (props.snapshots.length > 1 ? (index / (props.snapshots.length - 1)) * plotWidth.value : plotWidth.value / 2)
  const yOf = (value: number) => PAD.top + plotHeight - (value / top.value) * plotHeight
  const ticks = computed(() => [0, Math.round(top.value / 2), top.value])

  const series = computed(() =>
    TREND_KEYS.map((key) => ({
      key,
      ...TREND_STYLE[key],
      line: props.snapshots.map((s, i) => `${xOf(i)},${yOf(valueOf(s, key))}`).join(' '),
    })),
  )
  const points = computed(() =>
    props.snapshots.map((s, index) => ({
      id: s.id,
      x: xOf(index),
      marks: TREND_KEYS.map((key) => ({
        key,
        path: markerPath(key, xOf(index), yOf(valueOf(s, key))),
        colour: TREND_STYLE[key].colour,
      })),
      title: t('history.trend.point', { date: props.formatDate(s.takenAt), ...s.totals }),
    })),
  )
  // Days under the axis: the first snapshot of each day (or, past 8 days — 4 on a phone — the first and the last); the ends stay inside.
  const dateLabels = computed(() => {
    const days = props.snapshots.map((s) => props.formatDay(s.takenAt))
    let shown = days.flatMap((day, i) => (i === 0 || day !== days[i - 1] ? [i] : []))
    if (shown.length > (width.value < 480 ? 4 : 8)) shown = [0, days.length - 1]
    return shown.map((i) => {
      const anchor = days.length === 1 ? 'middle' : i === 0 ? 'start' : i === days.length - 1 ? 'end' : 'middle'
      return { id: props.snapshots[i]?.id ?? String(i), x: xOf(i), anchor, text: days[i] ?? '' }
    })
  })

  return { width, ticks, series, points, dateLabels, yOf }
}
