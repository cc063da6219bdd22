import type { ImportDraft } from '../types'

/** True when the draft can be committed as it stands: no header problem, and every problem row skipped. */
export function draftIsCommittable(draft: ImportDraft): boolean {
  if (draft.headerBlocked || draft.people.length === 0) return false
  return draft.problemRows.length === 0 || draft.skippedRows.length === draft.problemRows.length
}
