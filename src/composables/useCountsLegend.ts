import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { useWorkspaceStore } from '../stores/workspace'

/** "0/2 = holders at level 3+ / target people", with the skills' real target level (or words when they differ). */
export function useCountsLegend() {
  const workspace = useWorkspaceStore()
  const { t } = useI18n()
  return computed(() => {
    const skills = workspace.data?.skills ?? []
    const levels = new Set(skills.map((s) => s.target.level))
    const example = skills.find((s) => s.target.people > 0)
    const sample = `${Math.min(1, example?.target.people ?? 2)}/${example?.target.people ?? 2}`
    const [level] = levels
    return levels.size === 1 && level !== undefined
      ? t('coverage.legend.counts', { example: sample, level })
      : t('coverage.legend.countsMixed', { example: sample })
  })
}
