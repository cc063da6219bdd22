// Pure computations timed in the browser next to their raw floor.
import { computeCoverage } from '../../src/domain/coverage'
import { generateWorkspace } from '../../tests/fixtures/generate'

declare global {
  interface Window {
    benchCoverage: (people: number, skills: number, runs: number) => { app: number[]; raw: number[] }
  }
}

function time(run: () => unknown): number {
  const started = performance.now()
  run()
  return performance.now() - started
}

window.benchCoverage = (people, skills, runs) => {
  const data = generateWorkspace(people, skills)
  const arrays = data.people.map((p) => data.ratings.get(p.id)?.levels ?? new Uint8Array(0))
  const app: number[] = []
  const raw: number[] = []
  let sink = 0
  for (let i = 0; i < runs; i++) {
    app.push(time(() => (sink += computeCoverage(data).total.covered)))
    // Floor: one pass over every packed cell counting levels ≥ 3, nothing else.
    raw.push(
      time(() => {
        const holders = new Int32Array(skills)
        for (const levels of arrays) for (let s = 0; s < skills; s++) if ((levels[s] ?? 255) !== 255 && (levels[s] ?? 0) >= 3) holders[s]!++
        sink += holders[0] ?? 0
      }),
    )
  }
  if (sink < 0) console.log(sink)
  return { app, raw }
}
