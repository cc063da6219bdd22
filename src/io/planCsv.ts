/** Plan export: UTF-8 with BOM (Excel reads Cyrillic right), CRLF, quoted where needed. */
const BOM = '\uFEFF'

/** Cells a spreadsheet would run as a formula get a leading apostrophe. */
export function guardCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

export function escapeCell(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : guardCell(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function buildPlanCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(escapeCell).join(',')).join('\r\n') + '\r\n'
}
