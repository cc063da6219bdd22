import { computed } from 'vue'
import { levelDef } from '../domain/scale'
import { pickText } from '../domain/text'
import type { TargetLevel } from '../domain/types'
import { useSettingsStore } from '../stores/settings'
import { useWorkspaceStore } from '../stores/workspace'

export const TARGET_LEVELS: readonly TargetLevel[] = [1, 2, 3, 4]

/** "3 · Proficient" for each possible target level, in the current language. */
export function useTargetLevelOptions() {
  const workspace = useWorkspaceStore()
  const settings = useSettingsStore()
  return computed(() =>
    TARGET_LEVELS.map((level) => ({
      level,
      label: `${level} · ${pickText(levelDef(workspace.data?.workspace.scale ?? [], level).label, settings.locale)}`,
    })),
  )
}

/** Reads a whole number ≥ 0 from an input, or null when it is not one. */
export function wholeNumber(text: string): number | null {
  const trimmed = text.trim()
  if (!/^\d+$/.test(trimmed)) return null
  return Number(trimmed)
}
