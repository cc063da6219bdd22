import { themeQuartz } from 'ag-grid-community'

/** Compact, spreadsheet-like density; system fonts only (nothing is fetched). */
export const matrixTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 12,
  headerFontWeight: 600,
  rowHeight: 30,
  spacing: 5,
  cellHorizontalPadding: 8,
  accentColor: '#2f5fb3',
  headerBackgroundColor: '#f3f5f9',
  wrapperBorderRadius: 6,
})
