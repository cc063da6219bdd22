import type { CsvDelimiter } from '../domain/types'
import { buildCsv, UTF8_BOM } from './csvText'

/** Plan export: UTF-8 with BOM (Excel reads Cyrillic right), CRLF, guarded and quoted like every export. */
export function buildPlanCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  delimiter: CsvDelimiter = ',',
): string {
  return UTF8_BOM + buildCsv([header, ...rows], delimiter)
}
