// The planner as the app runs it (exact pruning, whole plan in the solver worker) next to the raw
// approach: HiGHS solving the unpruned model of the same team on the page.
import wasmUrl from 'highs/runtime?url'
import { generatePlannerInput } from '../../src/domain/planner/generate'
import { buildPlanModel } from '../../src/domain/planner/model'
import { modelToLp } from '../../src/domain/planner/lp'
import { createSolverClient } from '../../src/solver/solverClient'

declare global {
  interface Window {
    benchPlanner: (
      people: number,
      learning?: boolean,
      skills?: number,
      withRaw?: boolean,
    ) => Promise<{
      app: number
      raw: number
      proven: boolean
      status: string
      kept: number
      candidates: number
      longTasks: number[]
    }>
  }
}

const client = createSolverClient()

// `learning`: the same team with 12 learning resources and mentoring (issue 12).
// `skills` and no `withRaw`: a team too big for the unpruned model (50,000 × 200, issue 16).
window.benchPlanner = async (people, learning = false, skills = 100, withRaw = true) => {
  const input = generatePlannerInput({
    people,
    skills,
    roles: 10,
    seed: 1,
    ...(learning ? { resources: 12, mentoring: true } : {}),
  })
  // Load and warm HiGHS in the worker first: the figure is a plan, not the one-off load.
  await client.plan(generatePlannerInput({ people: 5, skills: 5, roles: 2, seed: 2 }))
  const longTasks: number[] = []
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)))
  observer.observe({ type: 'longtask' })
  let started = performance.now()
  const result = await client.plan(input)
  const app = performance.now() - started
  observer.disconnect()
  const summary = {
    app,
    proven: result.proven,
    status: result.status,
    kept: result.stats.keptCandidates,
    candidates: result.stats.candidates,
    longTasks,
  }
  if (!withRaw) return { ...summary, raw: 0 }

  const { default: loadHighs } = await import('highs')
  const highs = await loadHighs({ locateFile: (file: string) => (file.endsWith('.wasm') ? wasmUrl : file) })
  // The raw reference: the unpruned model's cost solve (the coverage tiers held at 0, as in every generated team).
  const { text } = modelToLp(buildPlanModel(input, { prune: false }), { kind: 'cost', tierBound: 0 })
  started = performance.now()
  highs.solve(text, { output_flag: false })
  const raw = performance.now() - started
  return { ...summary, raw }
}
