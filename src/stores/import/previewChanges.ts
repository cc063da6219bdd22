import { ref, shallowRef, watch, type Ref } from 'vue'
import { EditError } from '../../domain/edits/editError'
import { importRatingChangesSteps, type PersonChanges } from '../../domain/import/importRatingChanges'
import type { ImportMode, SkillChoice } from '../../domain/import/importSource'
import type { ImportResolution } from '../../domain/import/resolveImport'
import type { WorkspaceData } from '../../domain/types'
import type { ImportDraft } from '../../io/types'
import { nextTask, runInSlices } from '../../platform/nextTask'

export interface PreviewChangesInput {
  draft: Readonly<Ref<ImportDraft | null>>
  data: () => WorkspaceData | null
  mode: Readonly<Ref<ImportMode>>
  choices: Readonly<Ref<ReadonlyMap<string, SkillChoice>>>
  /** The preview's resolution: a new one (another draft, mode, mapping or data) means new changes. */
  resolution: Readonly<Ref<ImportResolution | null>>
}

interface ListedFor {
  draft: ImportDraft | null
  data: WorkspaceData | null
  mode: ImportMode
  choices: ReadonlyMap<string, SkillChoice>
  resolution: ImportResolution | null
}

/** The same file, data, mode and mapping (a resolution is made again when only the wizard's phase moves). */
function sameImport(a: ListedFor, b: ListedFor): boolean {
  return (
    a.draft === b.draft &&
    a.data === b.data &&
    a.mode === b.mode &&
    a.choices === b.choices &&
    (a.resolution === null) === (b.resolution === null)
  )
}

/**
 * Every rating of a stored person the import would change, as the preview lists them: worked out
 * in slices between paints (5,000 people were a ~60 ms piece of one task, issue 16), again for
 * each new resolution. `pending` while a newer list is on its way; the last asked for wins.
 */
export function createPreviewChanges(input: PreviewChangesInput) {
  const changes = shallowRef<PersonChanges[]>([])
  const pending = ref(false)
  /** What the list (or the one on its way) is for; a resolution made again from the same is the same list. */
  let listedFor: ListedFor | null = null
  let working: Promise<void> = Promise.resolve()

  function settle(key: ListedFor, list: PersonChanges[]) {
    if (listedFor !== key) return
    changes.value = list
    pending.value = false
  }

  /** Works the list out for the import as it is now (nothing to do if it already was). */
  function refresh(): Promise<void> {
    const key: ListedFor = {
      draft: input.draft.value,
      data: input.data(),
      mode: input.mode.value,
      choices: input.choices.value,
      resolution: input.resolution.value,
    }
    if (listedFor && sameImport(listedFor, key)) return working
    listedFor = key
    const { draft, data, mode, choices, resolution } = key
    if (!draft || !data || !resolution || resolution.conflicts.length) {
      settle(key, [])
      return (working = Promise.resolve())
    }
    pending.value = true
    const steps = importRatingChangesSteps(data, draft, mode, choices, resolution)
    // From the next task on: not in the one that re-renders the preview for the new mode or mapping.
    working = nextTask()
      .then(() => runInSlices(steps))
      .then(
        (list) => settle(key, list),
        (error: unknown) => {
          // A draft the commit would refuse (a blank name): the commit says why.
          if (!(error instanceof EditError)) throw error
          settle(key, [])
        },
      )
    return working
  }

  watch(input.resolution, () => void refresh())

  return { changes, pending, refresh }
}
