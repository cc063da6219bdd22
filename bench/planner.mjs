// Planner times in node, per seed: generated teams (people × 100 skills × 10 roles), proven optimal,
// the whole plan (model, solves, explanations); then the same teams with 12 learning resources and
// mentoring (issue 12), in each resilience mode. Chromium figures are part of `npm run bench`.
// usage: node bench/planner.mjs [--seeds 3] [--only learning]
// Plain node ESM: the TypeScript domain code is loaded through Vite's module runner.

import { runnerImport } from 'vite'

const args = process.argv.slice(2)
const seeds = Number(args[args.indexOf('--seeds') + 1]) || 3
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null
const sizes = [500, 2000]
const variants = [
  { name: 'today', options: {} },
  { name: '12 resources + mentors', options: { resources: 12, mentoring: true } },
  {
    name: '12 resources + mentors, no single holder',
    options: { resources: 12, mentoring: true, resilience: 'no-single-holder' },
  },
  {
    name: '12 resources + mentors, survive a departure',
    options: { resources: 12, mentoring: true, resilience: 'survive-departure' },
  },
].filter((v) => only === null || (only === 'learning' ? v.name !== 'today' : v.name === only))

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
for (const variant of variants)
  for (const people of sizes) {
    for (let seed = 1; seed <= seeds; seed++) {
      const input = generatePlannerInput({ people, skills: 100, roles: 10, seed, ...variant.options })
      let started = now()
      const model = planner.buildPlanModel(input)
      const { size } = planner.modelToLp(model)
      const buildMs = now() - started
      started = now()
      const result = await planner.planWith(input, solveLp)
      const totalMs = now() - started
      if (!result.proven) throw new Error(`${people} × 100, seed ${seed}: not proven optimal (${result.status})`)
      cases.push({
        variant: variant.name,
        people,
        seed,
        input,
        size,
        buildMs,
        totalMs,
        solveMs: result.stats.solveMs,
        result,
      })
    }
  }

console.log('\nNode', process.version, '— whole plan (model, solve, explanations, coverage after):\n')
console.log(
  '| variant | people × skills × roles | seed | need | trainings → kept | mentorships → kept | attendances → kept | rows × columns | solves | build | solve | total | status | actions (train/mentor/course/hire) |',
)
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|')
for (const c of cases) {
  const r = c.result
  const s = r.stats
  const kinds = ['train', 'mentor', 'course', 'hire'].map((k) => r.actions.filter((a) => a.kind === k).length).join('/')
  console.log(
    `| ${c.variant} | ${c.people} × 100 × 10 | ${c.seed} | ${r.totalNeed} | ${s.candidates} → ${s.keptCandidates} | ${s.mentorOptions} → ${s.keptMentorOptions} | ${s.courseOptions} → ${s.keptCourseOptions} | ${s.rows} × ${s.columns} | ${s.solves} | ${ms(c.buildMs)} | ${ms(c.solveMs)} | ${ms(c.totalMs)} | ${r.status} (cost ${r.totalCost}) | ${kinds} |`,
  )
}
for (const variant of variants)
  for (const people of sizes) {
    const mine = cases.filter((c) => c.people === people && c.variant === variant.name)
    console.log(
      `\nnode ${variant.name}, ${people} × 100 × 10: median total ${ms(median(mine.map((c) => c.totalMs)))}, worst ${ms(Math.max(...mine.map((c) => c.totalMs)))}`,
    )
  }

console.log('\nThe same plans in the production solver worker in Chromium: `npm run bench` (bench/run.mjs).')
