// Pure computations timed in the browser next to their raw floor.
import { applyDelta } from '../../src/domain/changes'
import { computeCoverage } from '../../src/domain/coverage'
import { effectiveData } from '../../src/domain/sources'
import type { WorkspaceData } from '../../src/domain/types'
import { generateWorkspace } from '../../tests/fixtures/generate'

declare global {
  interface Window {
    benchCoverage: (people: number, skills: number, runs: number) => { app: number[]; raw: number[] }
    benchTwoSources: (
      people: number,
      skills: number,
      runs: number,
    ) => { afterEdit: number[]; cold: number[]; raw: number[] }
  }
}

function time(run: () => unknown): number {
  const started = performance.now()
  run()
  return performance.now() - started
}

/** The floor of coverage: one pass over every packed cell counting levels ≥ 3, nothing else. */
function rawHolders(arrays: readonly Uint8Array[], skills: number): number {
  const holders = new Int32Array(skills)
  for (const levels of arrays)
    for (let s = 0; s < skills; s++) if ((levels[s] ?? 255) !== 255 && (levels[s] ?? 0) >= 3) holders[s]!++
  return holders[0] ?? 0
}

window.benchCoverage = (people, skills, runs) => {
  const data = generateWorkspace(people, skills)
  const arrays = data.people.map((p) => data.ratings.get(p.id)?.levels ?? new Uint8Array(0))
  const app: number[] = []
  const raw: number[] = []
  let sink = 0
  for (let i = 0; i < runs; i++) {
    app.push(time(() => (sink += computeCoverage(data).total.covered)))
    raw.push(time(() => (sink += rawHolders(arrays, skills))))
  }
  if (sink < 0) console.log(sink)
  return { app, raw }
}

/**
 * Coverage with two sources: every third person also rated themselves. `afterEdit` is the hot
 * path (one cell changed: one record folded again, the rest cached, then the tight loop); `cold`
 * folds every record first (a reload or a change of the rating source).
 */
window.benchTwoSources = (people, skills, runs) => {
  const generated = generateWorkspace(people, skills)
  for (const [i, person] of generated.people.entries()) {
    if (i % 3) continue
    const record = generated.ratings.get(person.id)
    if (!record) continue
    const self = new Uint8Array(skills).map((_, s) => (record.levels[s] === 255 ? (i + s) % 5 : 255))
    generated.ratings.set(person.id, { ...record, self })
  }
  let data: WorkspaceData = generated
  const arrays = data.people.map((p) => data.ratings.get(p.id)?.levels ?? new Uint8Array(0))
  const afterEdit: number[] = []
  const cold: number[] = []
  const raw: number[] = []
  let sink = 0
  computeCoverage(effectiveData(data))
  for (let i = 0; i < runs; i++) {
    const personId = data.people[i % data.people.length]?.id ?? ''
    data = applyDelta(data, { ratings: { cells: [{ personId, slot: i % skills, self: i % 5 }] } }, i)
    const edited = data
    afterEdit.push(time(() => (sink += computeCoverage(effectiveData(edited)).total.covered)))
    const fresh = { ...edited, ratings: new Map([...edited.ratings].map(([id, r]) => [id, { ...r }])) }
    cold.push(time(() => (sink += computeCoverage(effectiveData(fresh)).total.covered)))
    raw.push(time(() => (sink += rawHolders(arrays, skills))))
  }
  if (sink < 0) console.log(sink)
  return { afterEdit, cold, raw }
}
