import { computed, nextTick, ref, useId, useTemplateRef, type Ref } from 'vue'
import type { SkillChoice } from '../domain/import/importSource'
import { choiceOf, type FileSkill } from '../stores/import'
import { useSkillOptions, type SkillOption } from './useSkillOptions'

/**
 * The import preview's skill picker as a combobox (its template refs `button` and `search`): open and close (back to its button), the
 * search, the active option moved by the arrow keys, Enter to choose, Escape to close the list only.
 */
export function useSkillPicker(
  skill: Readonly<Ref<FileSkill>>,
  takenBy: Readonly<Ref<ReadonlyMap<string, string>>>,
  choose: (choice: SkillChoice) => void,
) {
  const id = useId()
  const open = ref(false)
  const query = ref('')
  const active = ref(0)
  const button = useTemplateRef<HTMLButtonElement>('button')
  const search = useTemplateRef<HTMLInputElement>('search')
  const options = useSkillOptions(skill, query, open, takenBy)
  const current = computed(() => choiceOf(skill.value))

  async function show() {
    open.value = true
    query.value = ''
    await nextTick()
    active.value = Math.max(
      0,
      options.value.findIndex((o) => o.value === current.value),
    )
    search.value?.focus()
  }

  function close(refocus: boolean) {
    open.value = false
    if (refocus) button.value?.focus()
  }

  function pick(option: SkillOption | undefined) {
    if (!option) return
    choose(option.choice)
    close(true)
  }

  function onKey(event: KeyboardEvent) {
    const count = options.value.length
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (count) active.value = (active.value + (event.key === 'ArrowDown' ? 1 : count - 1)) % count
      document.getElementById(`${id}-${active.value}`)?.scrollIntoView({ block: 'nearest' })
    } else if (event.key === 'Enter') {
      event.preventDefault()
      pick(options.value[active.value])
    } else if (event.key === 'Escape') {
      // Closes the list, not the import dialog around it.
      event.preventDefault()
      event.stopPropagation()
      close(true)
    }
  }

  function onFocusOut(event: FocusEvent) {
    const next = event.relatedTarget
    if (!(next instanceof Node) || !(event.currentTarget as HTMLElement).contains(next)) close(false)
  }

  return { id, open, query, active, options, current, show, close, pick, onKey, onFocusOut }
}
