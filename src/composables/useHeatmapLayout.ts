import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { fitText } from '../components/coverage/chartText'
import { useElementWidth } from './useElementWidth'

export interface HeatmapChartRow {
  id: string
  name: string
  /** People at level 0–4 (their highest in the category). */
  counts: readonly number[]
  notAssessed: number
}

const LABEL_WIDTH = 170
const CELL_WIDTH = 64
export const CELL_HEIGHT = 30
const HEAD_HEIGHT = 36
/** Narrower cells than this leave the level names out of the head: a line under the chart gives them. */
const NAMED_CELL = 56
const MAX_WIDTH = LABEL_WIDTH + 6 * CELL_WIDTH
/** About the width of a character of the 11–12px text, to cut names to their space. */
export const CHAR_WIDTH = 7

/**
 * The level heat map laid out at the figure's width in CSS pixels (so its text keeps its size on a
 * phone): the head's columns, each category's row of cells with its colour and tooltip, and the
 * level names as a line of text when the head has no room for them.
 */
export function useHeatmapLayout(
  figure: Readonly<Ref<HTMLElement | null>>,
  props: { rows: HeatmapChartRow[]; levelLabels: string[] },
) {
  const { t } = useI18n()
  const measured = useElementWidth(figure, MAX_WIDTH)
  const width = computed(() => Math.max(240, Math.min(MAX_WIDTH, measured.value)))
  const labelWidth = computed(() => (width.value >= MAX_WIDTH ? LABEL_WIDTH : Math.round(width.value * 0.3)))
  const cellWidth = computed(() => (width.value - labelWidth.value) / 6)
  const named = computed(() => cellWidth.value >= NAMED_CELL)
  const headHeight = computed(() => (named.value ? HEAD_HEIGHT : 22))

  const columns = computed(() => [
    ...props.levelLabels.map((label, level) => ({
      key: String(level),
      top: String(level),
      bottom: fitText(label, Math.floor((cellWidth.value - 4) / 6.5)),
      full: `${level} · ${label}`,
    })),
    { key: 'na', top: t('coverage.heatmap.notAssessedShort'), bottom: '', full: t('coverage.heatmap.notAssessed') },
  ])
  const max = computed(() => Math.max(1, ...props.rows.flatMap((row) => [...row.counts, row.notAssessed])))

  const cells = computed(() =>
    props.rows.map((row, r) => ({
      ...row,
      label: fitText(row.name, Math.min(24, Math.floor((labelWidth.value - 8) / CHAR_WIDTH))),
      y: headHeight.value + r * CELL_HEIGHT,
      cells: [...row.counts, row.notAssessed].map((count, c) => {
        const column = columns.value[c]
        const strength = count / max.value
        return {
          key: column?.key ?? String(c),
          x: labelWidth.value + c * cellWidth.value,
          count,
          // Not assessed is grey: it is missing information, not a level.
          fill:
            column?.key === 'na'
              ? `rgba(91, 101, 119, ${(0.08 + 0.5 * strength).toFixed(2)})`
              : `rgba(47, 95, 179, ${(0.06 + 0.84 * strength).toFixed(2)})`,
          dark: column?.key !== 'na' && strength > 0.55,
          title: t('coverage.heatmap.cell', { category: row.name, level: column?.full ?? '', count }),
        }
      }),
    })),
  )
  const height = computed(() => headHeight.value + props.rows.length * CELL_HEIGHT)
  /** The level names as a line of text, when the head has no room for them. */
  const key = computed(() => props.levelLabels.map((label, level) => `${level} ${label}`).join(' · '))

  return { width, height, labelWidth, cellWidth, named, headHeight, columns, cells, key }
}
