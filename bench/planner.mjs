// Planner times: generated teams (people × 100 skills × 10 roles), proven optimal, in node and in
// the production solver worker in headless Chromium (the whole plan: model, solve, explanations).
// usage: node bench/planner.mjs [--seeds 3] [--no-browser]
// Plain node ESM: the TypeScript domain code is loaded through Vite's module runner.
import { readdirSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build, preview, runnerImport } from 'vite'

const args = process.argv.slice(2)
const seeds = Number(args[args.indexOf('--seeds') + 1]) || 3
const browser = !args.includes('--no-browser')
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

if (browser) {
  if (!existsSync('dist/index.html')) await build({ logLevel: 'warn' })
  const worker = readdirSync('dist/assets').find((f) => /^solver\.worker-.*\.js$/.test(f))
  if (!worker) throw new Error('No solver worker in dist/assets: run `npx vite build`')
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' })
  const baseUrl = server.resolvedUrls?.local[0]
  const { chromium } = await import('playwright-core')
  const profile = mkdtempSync(join(tmpdir(), 'skillgrid-bench-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(baseUrl)
  // The whole plan (model, solve, explanations) in the production worker, after HiGHS has loaded.
  const plain = (input) => ({ input: { ...input, ratings: undefined }, ratings: [...input.ratings.values()].map((r) => [r.personId, [...r.levels], [...r.interest]]) })
  const warmUp = plain(generatePlannerInput({ people: 8, skills: 6, roles: 2, seed: 2 }))
  const timings = await page.evaluate(
    async ({ url, warmUp, inputs }) => {
      const w = new Worker(url, { type: 'module' })
      let id = 0
      // Unpacked before any clock starts: the app holds its data in this shape already.
      const unpack = (data) => ({
        ...data.input,
        ratings: new Map(data.ratings.map(([personId, levels, interest]) => [personId, { personId, levels: Uint8Array.from(levels), interest: Uint8Array.from(interest), updatedAt: 0 }])),
      })
      const plan = (input) =>
        new Promise((resolve) => {
          w.onmessage = (event) => resolve(event.data)
          w.postMessage({ type: 'plan', id: ++id, input })
        })
      let started = performance.now()
      const first = await plan(unpack(warmUp))
      const loadMs = performance.now() - started
      const out = []
      for (const data of inputs) {
        const input = unpack(data)
        // The main thread keeps ticking while the worker plans: the largest gap shows it is not blocked.
        let last = performance.now()
        let maxGap = 0
        const ticker = setInterval(() => {
          const t = performance.now()
          maxGap = Math.max(maxGap, t - last)
          last = t
        }, 10)
        started = performance.now()
        const reply = await plan(input)
        const roundTrip = performance.now() - started
        clearInterval(ticker)
        const r = reply.result
        out.push({ roundTrip, status: r?.status, buildMs: r?.stats.buildMs, solveMs: r?.stats.solveMs, cost: r?.totalCost, maxGap })
      }
      return { loadMs, firstLoadMs: first.loadMs, out }
    },
    { url: `${baseUrl}assets/${worker}`, warmUp, inputs: cases.map((c) => plain(c.input)) },
  )
  await context.close()
  rmSync(profile, { recursive: true, force: true })
  await server.close()
  console.log(`\nChromium (headless, built worker ${worker}): first plan with HiGHS load + compile + warm-up ${ms(timings.loadMs)} (load ${ms(timings.firstLoadMs)})\n`)
  console.log('| people × skills × roles | seed | model build | solve | whole plan, post → reply | main-thread max gap | status |')
  console.log('|---|---|---|---|---|---|---|')
  timings.out.forEach((t, i) => {
    const c = cases[i]
    if (t.cost !== c.result.totalCost) throw new Error(`Chromium and node disagree on ${c.people}, seed ${c.seed}`)
    console.log(`| ${c.people} × 100 × 10 | ${c.seed} | ${ms(t.buildMs)} | ${ms(t.solveMs)} | ${ms(t.roundTrip)} | ${ms(t.maxGap)} | ${t.status} (cost ${t.cost}) |`)
  })
  for (const people of sizes) {
    const mine = timings.out.filter((_, i) => cases[i].people === people)
    console.log(`\nchromium ${people} × 100 × 10: median round trip ${ms(median(mine.map((t) => t.roundTrip)))}, worst ${ms(Math.max(...mine.map((t) => t.roundTrip)))}`)
  }
}
