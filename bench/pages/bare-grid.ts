// The floor for the matrix: AG Grid alone with the same modules, rows and columns, no app around it.
import { createGrid, type ColDef, type GridApi } from 'ag-grid-community'
import { registerGridModules } from '../../src/grid/modules'
import { matrixRows, type MatrixRow } from '../../src/grid/matrixRows'
import { matrixTheme } from '../../src/grid/theme'
import { generateWorkspace } from '../../tests/fixtures/generate'

declare global {
  interface Window {
    bareGrid: GridApi<MatrixRow>
    bareEdit: (rowIndex: number, slot: number, level: number) => Promise<number>
  }
}

const params = new URLSearchParams(location.search)
const data = generateWorkspace(Number(params.get('people') ?? 5000), Number(params.get('skills') ?? 100))
registerGridModules()
const columnDefs: ColDef<MatrixRow>[] = [
  { colId: 'person.name', valueGetter: (p) => p.data?.name, pinned: 'left', width: 190 },
  { colId: 'person.team', valueGetter: (p) => p.data?.team, width: 110 },
  { colId: 'person.title', valueGetter: (p) => p.data?.title, width: 150 },
  ...data.skills.map<ColDef<MatrixRow>>((skill) => ({
    colId: skill.id,
    headerName: skill.name,
    width: 104,
    valueGetter: (p) => {
      const level = p.data?.levels[skill.slot]
      return level === undefined || level === 255 ? null : level
    },
  })),
]
window.bareGrid = createGrid<MatrixRow>(document.getElementById('grid') as HTMLElement, {
  theme: matrixTheme,
  columnDefs,
  rowData: matrixRows(data),
  getRowId: (p) => p.data.id,
})

/** applyTransaction of one changed row, until the cell shows the new value. */
window.bareEdit = async (rowIndex, slot, level) => {
  const node = window.bareGrid.getDisplayedRowAtIndex(rowIndex)
  if (!node?.data) throw new Error('no row')
  const levels = node.data.levels.slice()
  levels[slot] = level
  const started = performance.now()
  window.bareGrid.applyTransaction({ update: [{ ...node.data, levels }] })
  const cell = () => document.querySelector(`.ag-row[row-index="${rowIndex}"] .ag-cell[col-id="skill-${slot}"]`)
  while (cell()?.textContent !== String(level)) await new Promise(requestAnimationFrame)
  return performance.now() - started
}
