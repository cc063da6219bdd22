import type { ImportDraft } from '../types'

/** True when the draft can be committed as it stands: no header problem, and every problem row skipped or its bad cells left blank. */
export function draftIsCommittable(draft: ImportDraft): boolean {
  if (draft.headerBlocked || draft.people.length === 0) return false
  return draft.problemRows.length === draft.skippedRows.length + draft.blankedRows.length
}
