// CSV baselines: raw Papa.parse + one Dexie bulkPut of packed person records; raw Papa.unparse.
// Workbook baselines: raw exceljs load + the same bulkPut; raw exceljs write of the same cells.
import Dexie from 'dexie'
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { exportWide } from '../../src/io/exportCsv'
import { matrixWorkbook } from '../../src/io/exportXlsx'
import { generateWorkspace } from '../../tests/fixtures/generate'

declare global {
  interface Window {
    benchWideCsv: (people: number, skills: number, interest?: boolean, seed?: number) => string
    benchRawImport: (text: string, runs: number) => Promise<number[]>
    benchRawExport: (people: number, skills: number, runs: number) => number[]
  }
}

/**
 * The generated team as a wide CSV; without `interest` only the levels (a smaller file). Another
 * `seed` gives the same people (names, emails) with other levels: a merge then changes them.
 */
window.benchWideCsv = (people, skills, interest = true, seed = 7) => {
  const data = generateWorkspace(people, skills, seed)
  if (!interest) for (const record of data.ratings.values()) record.interest.fill(255)
  return exportWide(data)
}

/** The floor of an import: parse the text, pack each row's levels, write them in one bulkPut. */
window.benchRawImport = async (text, runs) => {
  await Dexie.delete('skillgrid-bench-raw')
  const db = new Dexie('skillgrid-bench-raw')
  db.version(1).stores({ ratings: '[workspaceId+personId]' })
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    const { data } = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true })
    const body = data.slice(2)
    const records = body.map((row, index) => {
      const levels = new Uint8Array(row.length - 4)
      for (let i = 4; i < row.length; i++) levels[i - 4] = row[i] === '' ? 255 : Number.parseInt(row[i] ?? '', 10)
      return { workspaceId: 'raw', personId: `p${index}`, levels, interest: new Uint8Array(row.length - 4) }
    })
    await db.table('ratings').bulkPut(records)
    times.push(performance.now() - started)
  }
  db.close()
  return times
}

/** The floor of an export: Papa.unparse of the same matrix as plain rows of text. */
window.benchRawExport = (people, skills, runs) => {
  const data = generateWorkspace(people, skills)
  const rows = [
    ['Name', 'Email', 'Team', 'Title', ...data.skills.map((s) => s.name)],
    ...data.people.map((p) => {
      const levels = data.ratings.get(p.id)?.levels
      return [
        p.name,
        p.email,
        p.team,
        p.title,
        ...data.skills.map((s) => ((levels?.[s.slot] ?? 255) === 255 ? '' : String(levels?.[s.slot]))),
      ]
    }),
  ]
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    Papa.unparse(rows)
    times.push(performance.now() - started)
  }
  return times
}

// ---------- Excel workbooks: the app's own matrix workbook, and what exceljs alone does with it ----------

declare global {
  interface Window {
    benchMatrixXlsx: (people: number, skills: number) => Promise<string>
    benchRawXlsxImport: (base64: string, runs: number) => Promise<number[]>
    benchRawXlsxExport: (people: number, skills: number, runs: number) => Promise<number[]>
  }
}

const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0))
function toBase64(bytes: Uint8Array): string {
  let text = ''
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(text)
}

/** The matrix workbook the app exports for the generated team (Matrix, Interest, Coverage), as base64. */
window.benchMatrixXlsx = async (people, skills) =>
  toBase64(await matrixWorkbook(generateWorkspace(people, skills), { locale: 'en' }))

/**
 * The floor of a workbook import: exceljs loads the file (every sheet, as it always does), the
 * Matrix sheet's levels are packed per person, and one bulkPut writes them.
 */
window.benchRawXlsxImport = async (base64, runs) => {
  const bytes = fromBase64(base64)
  await Dexie.delete('skillgrid-bench-raw')
  const db = new Dexie('skillgrid-bench-raw')
  db.version(1).stores({ ratings: '[workspaceId+personId]' })
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes.slice().buffer as unknown as Parameters<typeof workbook.xlsx.load>[0])
    const sheet = workbook.getWorksheet('Matrix')
    const records: { workspaceId: string; personId: string; levels: Uint8Array; interest: Uint8Array }[] = []
    const width = (sheet?.columnCount ?? 4) - 4
    sheet?.eachRow((row, rowNumber) => {
      if (rowNumber < 3) return
      const levels = new Uint8Array(width).fill(255)
      row.eachCell((cell, column) => {
        if (column > 4 && typeof cell.value === 'number') levels[column - 5] = cell.value
      })
      records.push({ workspaceId: 'raw', personId: `p${rowNumber}`, levels, interest: new Uint8Array(width) })
    })
    await db.table('ratings').bulkPut(records)
    times.push(performance.now() - started)
  }
  db.close()
  return times
}

/** The floor of a workbook export: exceljs writes the same two sheets' values (levels, interest words), unstyled. */
window.benchRawXlsxExport = async (people, skills, runs) => {
  const data = generateWorkspace(people, skills)
  const words = ['not interested', 'open to it', 'wants to grow']
  const header = ['Name', 'Email', 'Team', 'Title', ...data.skills.map((s) => s.name)]
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    const workbook = new ExcelJS.Workbook()
    const matrix = workbook.addWorksheet('Matrix')
    const interest = workbook.addWorksheet('Interest')
    matrix.addRow(header)
    interest.addRow(header)
    for (const person of data.people) {
      const record = data.ratings.get(person.id)
      const who = [person.name, person.email, person.team, person.title]
      matrix.addRow([
        ...who,
        ...data.skills.map((s) => ((record?.levels[s.slot] ?? 255) === 255 ? null : record?.levels[s.slot])),
      ])
      interest.addRow([...who, ...data.skills.map((s) => words[record?.interest[s.slot] ?? 255] ?? null)])
    }
    await workbook.xlsx.writeBuffer()
    times.push(performance.now() - started)
  }
  return times
}
