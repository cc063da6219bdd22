import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { SkillChoice } from '../domain/import/importSource'
import { skillMatchesQuery } from '../domain/import/skillWords'
import { byOrder } from '../domain/order'
import { displayName } from '../domain/text'
import type { FileSkill } from '../stores/import'
import { useSettingsStore } from '../stores/settings'
import { useWorkspaceStore } from '../stores/workspace'

/** One entry of the skill picker: what it says and the choice it makes. */
export interface SkillOption {
  value: string
  text: string
  detail: string
  choice: SkillChoice
}

/**
 * What a file's skill can be imported as, for what the lead typed: "New skill" and "Leave out"
 * (before any search), then the stored skills in matrix order whose names or aliases hold the text,
 * each with its other-language name, its category and the column that already has it.
 */
export function useSkillOptions(
  skill: Ref<FileSkill>,
  query: Ref<string>,
  open: Ref<boolean>,
  takenBy: Ref<ReadonlyMap<string, string>>,
) {
  const workspace = useWorkspaceStore()
  const settings = useSettingsStore()
  const { t } = useI18n()
  const other = computed(() => (settings.locale === 'ru' ? 'en' : 'ru'))
  // A name a stored skill already has cannot become a new skill (names are unique).
  const canBeNew = computed(() => !(skill.value.resolution?.existing && !skill.value.resolution.chosen))

  return computed<SkillOption[]>(() => {
    const data = workspace.data
    if (!open.value || !data) return []
    const fixed: SkillOption[] = [
      { value: 'ignore', text: t('importExport.skillMap.ignore'), detail: '', choice: { kind: 'ignore' } },
    ]
    if (canBeNew.value)
      fixed.unshift({
        value: 'new',
        text: t('importExport.skillMap.newSkill', { name: skill.value.name }),
        detail: '',
        choice: { kind: 'new' },
      })
    const stored = byOrder(data.categories)
      .flatMap((category) =>
        byOrder(data.skills.filter((s) => s.categoryId === category.id)).map((s) => ({ skill: s, category })),
      )
      .filter((entry) => skillMatchesQuery(entry.skill, query.value))
      .map(({ skill: s, category }): SkillOption => {
        const name = displayName(s, settings.locale)
        const otherName = displayName(s, other.value)
        const used = takenBy.value.get(s.id)
        const detail = [
          otherName === name ? '' : otherName,
          displayName(category, settings.locale),
          used ? t('importExport.skillMap.takenBy', { column: used }) : '',
        ]
        return {
          value: s.id,
          text: name,
          detail: detail.filter(Boolean).join(' · '),
          choice: { kind: 'existing', skillId: s.id },
        }
      })
    return query.value.trim() ? stored : [...fixed, ...stored]
  })
}
