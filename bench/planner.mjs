// Planner times in node, per seed: generated teams (people × 100 skills × 10 roles), proven optimal,
// the whole plan (model, solve, explanations). Chromium figures are part of `npm run bench`.
// usage: node bench/planner.mjs [--seeds 3]
// Plain node ESM: the TypeScript domain code is loaded through Vite's module runner.

import { runnerImport } from 'vite'

const args = process.argv.slice(2)
const seeds = Number(args[args.indexOf('--seeds') + 1]) || 3
const sizes = [500, 2000]

const load = async (id) => (await runnerImport(id, { logLevel: 'error' })).module
const planner = await load('/src/domain/planner/index.ts')
const { generatePlannerInput } = await load('/src/domain/planner/generate.ts')
const { solveLpText, WARM_UP_LP } = await load('/src/solver/runHighs.ts')
const { default: loadHighs } = await import('highs')

const now = () => performance.now()
const ms = (value) => `${Math.round(value)} ms`
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

// Node: the whole pipeline (build model → LP → solve → decode → explain → coverage after).
const highs = await loadHighs()
solveLpText(highs, WARM_UP_LP)
const solveLp = async (lp) => solveLpText(highs, lp)
const cases = []
for (const people of sizes) {
  for (let seed = 1; seed <= seeds; seed++) {
    const input = generatePlannerInput({ people, skills: 100, roles: 10, seed })
    let started = now()
    const model = planner.buildPlanModel(input)
    const { size } = planner.modelToLp(model)
    const buildMs = now() - started
    started = now()
    const result = await planner.planWith(input, solveLp)
    const totalMs = now() - started
    if (!result.proven) throw new Error(`${people} × 100, seed ${seed}: not proven optimal (${result.status})`)
    cases.push({ people, seed, input, size, buildMs, totalMs, solveMs: result.stats.solveMs, result })
  }
}

console.log('\nNode', process.version, '— whole plan (model, solve, explanations, coverage after):\n')
console.log('| people × skills × roles | seed | need | training options → kept | rows × columns | build | solve | total | status |')
console.log('|---|---|---|---|---|---|---|---|---|')
for (const c of cases) {
  const r = c.result
  console.log(`| ${c.people} × 100 × 10 | ${c.seed} | ${r.totalNeed} | ${r.stats.candidates} → ${r.stats.keptCandidates} | ${c.size.rows} × ${c.size.columns} | ${ms(c.buildMs)} | ${ms(c.solveMs)} | ${ms(c.totalMs)} | ${r.status} (cost ${r.totalCost}) |`)
}
for (const people of sizes) {
  const mine = cases.filter((c) => c.people === people)
  console.log(`\nnode ${people} × 100 × 10: median total ${ms(median(mine.map((c) => c.totalMs)))}, worst ${ms(Math.max(...mine.map((c) => c.totalMs)))}`)
}

console.log('\nThe same plans in the production solver worker in Chromium: `npm run bench` (bench/run.mjs).')
