import { ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Level } from '../domain/scale'
import { pickText } from '../domain/text'
import type { Id, LearningResource } from '../domain/types'
import { useDialogStore } from '../stores/dialogs'
import { useLearningStore } from '../stores/learning'
import { useSettingsStore } from '../stores/settings'

/** What the resource editor is open on: a resource, or a new one teaching some skills. */
export type ResourceEditing = { resource: LearningResource } | { resource: null; teaches: Record<Id, Level> }

/** Add, edit, duplicate and delete resources, as the Learning page and a skill's page offer them. */
export function useResourceActions() {
  const learning = useLearningStore()
  const dialogs = useDialogStore()
  const settings = useSettingsStore()
  const { t } = useI18n()
  const editing = shallowRef<ResourceEditing | null>(null)
  /** The resource just added or copied, to scroll to. */
  const lastAdded = ref<Id | null>(null)

  function add(teaches: Record<Id, Level> = {}) {
    editing.value = { resource: null, teaches }
  }

  function edit(resource: LearningResource) {
    editing.value = { resource }
  }

  function done(id: Id | null) {
    if (id && editing.value?.resource === null) lastAdded.value = id
    editing.value = null
  }

  function duplicate(resource: LearningResource) {
    const copy = (title: string) => (title ? t('resources.copyName', { name: title }) : '')
    const id = learning.duplicate(resource.id, { en: copy(resource.title.en), ru: copy(resource.title.ru) })
    if (id) lastAdded.value = id
  }

  /** Asks first: the plan stops using it. Ctrl+Z brings it back. */
  async function remove(resource: LearningResource) {
    const confirmed = await dialogs.ask({
      title: t('resources.deleteTitle', { title: pickText(resource.title, settings.locale) }),
      body: t('resources.deleteBody'),
      confirmLabel: t('resources.delete'),
      danger: true,
    })
    if (confirmed) learning.remove(resource.id)
  }

  return { editing, lastAdded, add, edit, done, duplicate, remove }
}
