import type { MatrixRow } from './matrixRows'

export const SUMMARY_ROW_ID = 'coverage-summary'

const EMPTY = new Uint8Array(0)

/** The pinned row under the headers: its skill cells show holders per skill (see `summaryCell`). */
export function summaryRow(label: string): MatrixRow {
  return Object.freeze({
    id: SUMMARY_ROW_ID,
    name: label,
    email: '',
    team: '',
    title: '',
    active: true,
    levels: EMPTY,
    lead: EMPTY,
    self: EMPTY,
    interest: EMPTY,
  })
}
