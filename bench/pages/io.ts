// CSV baselines: raw Papa.parse + one Dexie bulkPut of packed person records; raw Papa.unparse.
import Dexie from 'dexie'
import Papa from 'papaparse'
import { exportWide } from '../../src/io/exportCsv'
import { generateWorkspace } from '../../tests/fixtures/generate'

declare global {
  interface Window {
    benchWideCsv: (people: number, skills: number) => string
    benchRawImport: (text: string, runs: number) => Promise<number[]>
    benchRawExport: (people: number, skills: number, runs: number) => number[]
  }
}

window.benchWideCsv = (people, skills) => exportWide(generateWorkspace(people, skills))

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
