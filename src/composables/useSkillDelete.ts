import { useI18n } from 'vue-i18n'
import { displayName } from '../domain/text'
import type { Category, Skill } from '../domain/types'
import { useDialogStore } from '../stores/dialogs'
import { useSettingsStore } from '../stores/settings'
import { useSkillsStore } from '../stores/skills'

/**
 * Asks before deleting a skill. Deleting a category's last skill also offers to delete the category
 * it empties; either choice is one undo step.
 */
export function useSkillDelete() {
  const skills = useSkillsStore()
  const dialogs = useDialogStore()
  const settings = useSettingsStore()
  const { t } = useI18n()

  return async function confirmDelete(skill: Skill, category: Category | undefined, isLast: boolean) {
    const request = {
      title: t('skillsPage.deleteSkillTitle', { name: displayName(skill, settings.locale) }),
      body: t('skillsPage.deleteSkillBody'),
      confirmLabel: t('skillsPage.deleteConfirm'),
      danger: true,
    }
    if (!isLast || !category) {
      if (await dialogs.ask(request)) skills.remove(skill.id)
      return
    }
    const choice = await dialogs.askChoice({
      ...request,
      body: `${request.body}\n\n${t('skillsPage.lastSkillBody', { category: displayName(category, settings.locale) })}`,
      confirmLabel: t('skillsPage.deleteWithCategory'),
      alternativeLabel: t('skillsPage.deleteKeepCategory'),
    })
    if (choice === 'confirm') skills.removeWithEmptyCategory(skill.id)
    else if (choice === 'alternative') skills.remove(skill.id)
  }
}
