import { useI18n } from 'vue-i18n'
import { interestLabel, isInterest, isLevel, levelDef } from '../domain/scale'
import { pickText } from '../domain/text'
import { useSettingsStore } from '../stores/settings'
import { useWorkspaceStore } from '../stores/workspace'

/** Levels and interest as words of the workspace's scale ("3 · Proficient"); unset values say so. */
export function useLevelWords() {
  const workspace = useWorkspaceStore()
  const settings = useSettingsStore()
  const { t } = useI18n()

  function levelText(level: number | null): string {
    if (!isLevel(level)) return t('matrix.notAssessed')
    return `${level} · ${pickText(levelDef(workspace.data?.workspace.scale ?? [], level).label, settings.locale)}`
  }

  /** A level as the level editor lists it: its name and what it means. */
  function levelChoice(level: number | null): { label: string; hint: string } {
    if (!isLevel(level)) return { label: t('editor.notAssessed'), hint: '' }
    const def = levelDef(workspace.data?.workspace.scale ?? [], level)
    return { label: pickText(def.label, settings.locale), hint: pickText(def.hint, settings.locale) }
  }

  function interestText(interest: number | null): string {
    if (!isInterest(interest)) return t('editor.unset')
    return interestLabel(workspace.data?.workspace.interestScale ?? [], interest, settings.locale)
  }

  return { levelText, levelChoice, interestText }
}
