import { computed } from 'vue'
import { skillsBySeverity, type SkillCoverage } from '../domain/coverage'
import { byOrder } from '../domain/order'
import { LEVELS, levelDef } from '../domain/scale'
import { displayName, pickText } from '../domain/text'
import type { Skill } from '../domain/types'
import { useCoverageStore } from '../stores/coverage'
import { useSettingsStore } from '../stores/settings'
import { useWorkspaceStore } from '../stores/workspace'

export interface SeverityItem {
  skill: Skill
  /** Name in the current language (the stored name stays in `skill.name`). */
  name: string
  category: string
  coverage: SkillCoverage
  soleHolder: string | null
  /** The only holder holds it on their self-assessment only. */
  soleHolderSelfOnly: boolean
  /** Holders whose holding rests on their self-assessment only. */
  selfOnly: number
}

/** What the Coverage page shows, in the current language, with the what-if applied. */
export function useCoverageView() {
  const workspace = useWorkspaceStore()
  const coverage = useCoverageStore()
  const settings = useSettingsStore()

  const categories = computed(() => byOrder(workspace.data?.categories ?? []))
  const categoryNames = computed(() => new Map(categories.value.map((c) => [c.id, displayName(c, settings.locale)])))

  const categoryRows = computed(() => {
    const report = coverage.report
    if (!report) return []
    return categories.value.flatMap((category) => {
      const totals = report.byCategory.get(category.id)
      return totals ? [{ id: category.id, name: categoryNames.value.get(category.id) ?? category.name, totals }] : []
    })
  })

  const heatmapRows = computed(() =>
    coverage.heatmap.map((row) => ({
      ...row,
      id: row.categoryId,
      name: categoryNames.value.get(row.categoryId) ?? '',
    })),
  )

  const levelLabels = computed(() =>
    LEVELS.map((level) => pickText(levelDef(workspace.data?.workspace.scale ?? [], level).label, settings.locale)),
  )

  const severityItems = computed<SeverityItem[]>(() => {
    const data = workspace.data
    const report = coverage.report
    if (!data || !report) return []
    const people = new Map(data.people.map((p) => [p.id, p.name]))
    const categoryOrder = new Map(categories.value.map((c, index) => [c.id, index]))
    return skillsBySeverity(data.skills, report, categoryOrder).flatMap((skill) => {
      const state = report.bySkill.get(skill.id)
      if (!state) return []
      const selfOnly = coverage.selfOnly.get(skill.id)
      return [
        {
          skill,
          name: displayName(skill, settings.locale),
          category: categoryNames.value.get(skill.categoryId) ?? '',
          coverage: state,
          soleHolder: state.soleHolderId ? (people.get(state.soleHolderId) ?? null) : null,
          soleHolderSelfOnly: state.soleHolderId !== null && (selfOnly?.has(state.soleHolderId) ?? false),
          selfOnly: selfOnly?.size ?? 0,
        },
      ]
    })
  })

  return { categoryRows, heatmapRows, levelLabels, severityItems }
}
