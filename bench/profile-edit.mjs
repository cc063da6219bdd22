// A Chromium CPU profile of one cell edit in the built app at scale (issue 16):
//   npx vite build --minify false --outDir /tmp/skillgrid-unminified   (readable function names)
//   npx vite build -c bench/vite.config.ts
//   PROFILE_DIST=/tmp/skillgrid-unminified BENCH_PEOPLE=50000 BENCH_SKILLS=200 node bench/profile-edit.mjs
// Imports the generated wide CSV (PROFILE_SEED=1 seeds IndexedDB directly instead, and reloads),
// then profiles EDITS edits (keydown → painted → saved) with CDP Profiler.start/stop, counts long
// tasks (PerformanceObserver), and prints where the time goes: self and inclusive time by function.
import { rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchBench, serveBuilt, snapshotCount } from './browser.mjs'

/**
 * Runs `action` under a trace (the CPU profiler plus the renderer main thread's tasks) and returns
 * the main thread's profile and its tasks over SPAN_MS, each with the samples it holds.
 */
async function traceTasks(cdp, action) {
  const events = []
  const collected = (data) => events.push(...data.value)
  cdp.on('Tracing.dataCollected', collected)
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-v8.cpu_profiler,v8',
    options: 'sampling-frequency=10000',
  })
  await action()
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
  await cdp.send('Tracing.end')
  await done
  cdp.off('Tracing.dataCollected', collected)
  const mainThread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  const onMain = (e) => mainThread && e.pid === mainThread.pid && e.tid === mainThread.tid
  // The sampler's chunks carry the profile's id, not the main thread's tid: the page's main
  // thread is the profile with the most samples in the renderer.
  const profiles = new Map()
  for (const event of events) {
    if (!mainThread || event.pid !== mainThread.pid) continue
    if (event.name !== 'ProfileChunk' && event.name !== 'Profile') continue
    const one = profiles.get(event.id) ?? { nodes: [], samples: [], timeDeltas: [], startTime: 0 }
    profiles.set(event.id, one)
    const data = event.args?.data
    if (event.name === 'Profile') one.startTime = data.startTime
    for (const node of data?.cpuProfile?.nodes ?? [])
      one.nodes.push({
        ...node,
        children: [],
        callFrame: { lineNumber: 0, url: '', functionName: '', ...node.callFrame },
      })
    one.samples.push(...(data?.cpuProfile?.samples ?? []))
    one.timeDeltas.push(...(data?.timeDeltas ?? []))
  }
  const profile = [...profiles.values()].sort((a, b) => b.samples.length - a.samples.length)[0] ?? {
    nodes: [],
    samples: [],
    timeDeltas: [],
    startTime: 0,
  }
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  for (const node of profile.nodes) if (node.parent !== undefined) byId.get(node.parent)?.children.push(node.id)
  const tasks = events
    .filter((e) => onMain(e) && e.name === 'RunTask' && e.ph === 'X' && e.dur / 1000 >= SPAN_MS)
    .map((e) => ({ start: e.ts, ms: e.dur / 1000, samples: [] }))
  let at = profile.startTime
  profile.samples.forEach((id, index) => {
    at += profile.timeDeltas[index] ?? 0
    const task = tasks.find((t) => at >= t.start && at <= t.start + t.ms * 1000)
    if (task) task.samples.push([id, (profile.timeDeltas[index + 1] ?? 0) / 1000])
  })
  const first = tasks[0]?.start ?? 0
  for (const task of tasks) {
    task.at = (task.start - first) / 1000
    // The browser's own work in it (style, layout, paint, GC), by trace event name.
    task.events = new Map()
    for (const e of events)
      if (onMain(e) && e.ph === 'X' && e.name !== 'RunTask' && e.ts >= task.start && e.ts < task.start + task.ms * 1000)
        task.events.set(e.name, (task.events.get(e.name) ?? 0) + (e.dur ?? 0) / 1000)
  }
  return { profile, tasks }
}

/** Each long task: its length and the app functions that took most of it (inclusive time). */
function printLongTasks(label, { profile, tasks }) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  for (const task of tasks) {
    const inclusive = new Map()
    for (const [id, delta] of task.samples) {
      const seen = new Set()
      for (let current = id; current !== undefined; current = parent.get(current)) {
        const { functionName, url, lineNumber } = byId.get(current).callFrame
        const key = url ? `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}` : functionName
        if (!key || key === '(root)' || seen.has(key)) continue
        seen.add(key)
        inclusive.set(key, (inclusive.get(key) ?? 0) + delta)
      }
    }
    // SPAN_MATCH=regex: only the functions whose name or file matches (e.g. a component's chunk).
    const match = process.env.SPAN_MATCH ? new RegExp(process.env.SPAN_MATCH) : null
    const parts = [...inclusive]
      .filter(([key]) => !match || match.test(key))
      .filter(([, ms]) => ms >= Math.max(2, task.ms * 0.06))
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(process.env.SPAN_PARTS ?? 16))
      .map(([key, ms]) => `${key} ${ms.toFixed(0)}`)
    const self = new Map()
    for (const [id, delta] of task.samples) {
      const { functionName, url, lineNumber } = byId.get(id).callFrame
      const key = `${functionName || '(anonymous)'}${url ? ` ${url.split('/').pop()}:${lineNumber + 1}` : ''}`
      self.set(key, (self.get(key) ?? 0) + delta)
    }
    const selfParts = [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([key, ms]) => `${key} ${ms.toFixed(0)}`)
    console.log(`${label} task at +${task.at.toFixed(0)} ms, ${task.ms.toFixed(0)} ms: ${parts.join(' · ')}`)
    console.log(`  self: ${selfParts.join(' · ')}`)
    const browserParts = [...task.events]
      .filter(([name]) => /Layout|Style|Paint|GC|Commit|Composite|Parse|Prepaint|HitTest/.test(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
    console.log(`  browser: ${browserParts.join(' · ')}`)
  }
}

const SPAN_MS = Number(process.env.SPAN_MS ?? 50)
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 50000)
const SKILLS = Number(process.env.BENCH_SKILLS ?? 200)
const EDITS = Number(process.env.EDITS ?? 5)
const DIST = process.env.PROFILE_DIST ?? 'dist'
const OUT = process.env.PROFILE_OUT ?? join(tmpdir(), `skillgrid-edit-${PEOPLE}x${SKILLS}.cpuprofile`)

const { server, base } = await serveBuilt(DIST)
const { profile: profileDir, context, page } = await launchBench('skillgrid-profile-')
page.on('console', (m) => (m.type() === 'error' ? console.error('console:', m.text()) : undefined))

const started = Date.now()
await page.goto(`${base}/bench/seed.html`)
await page.waitForFunction(() => typeof window.benchSeed === 'function')
if (process.env.PROFILE_SEED) {
  await page.evaluate(([p, s]) => window.benchSeed(p, s), [PEOPLE, SKILLS])
  await page.goto(`${base}/?bench#/matrix`)
  await page.waitForFunction(() => window.__skillgrid !== undefined && window.__skillgrid.peopleCount() > 0, null, {
    timeout: 120_000,
  })
} else {
  await page.evaluate(([s]) => window.benchSeed(0, s), [SKILLS])
  await page.goto(`${base}/bench/io.html`)
  await page.waitForFunction(() => typeof window.benchWideCsv === 'function')
  // Levels only (no interest words): the file stays under the importer's 50 MB limit, as in the issue (26 MB).
  const csv = (await page.evaluate(([p, s]) => window.benchWideCsv(p, s), [PEOPLE, SKILLS])).replace(
    / \([^)\n]*\)/g,
    '',
  )
  const csvPath = join(profileDir, 'team.csv')
  writeFileSync(csvPath, csv)
  await page.goto(`${base}/?bench#/matrix`)
  await page.waitForFunction(() => window.__skillgrid !== undefined)
  await page.locator('[data-testid="matrix-empty"]').waitFor()
  console.log(`csv ${(csv.length / 1e6).toFixed(1)} MB written, importing`)
  await page.setInputFiles('[data-testid="import-file"]', csvPath)
  await page
    .locator('[data-testid="import-preview"]')
    .waitFor({ timeout: 600_000 })
    .catch(async (error) => {
      await page.screenshot({ path: join(tmpdir(), 'skillgrid-profile-stuck.png') })
      throw error
    })
  await page.locator('[data-testid="import-progress"]').waitFor({ state: 'detached', timeout: 600_000 })
  console.log('preview shown, committing')
  await page.locator('[data-testid="import-commit"]').click()
  await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached', timeout: 600_000 })
  await page.evaluate(() => window.__skillgrid.whenSaved())
}
await page
  .locator('[data-testid="matrix-grid"] .ag-row[row-index="0"] .ag-cell[col-id="skill-0"]')
  .waitFor({ timeout: 120_000 })
console.log(
  `ready with ${await page.evaluate(() => window.__skillgrid.peopleCount())} people after ${((Date.now() - started) / 1000).toFixed(1)} s`,
)
// Let the import's snapshot and idle work settle.
await page.waitForTimeout(Number(process.env.SETTLE_MS ?? 8000))

const cdp = await context.newCDPSession(page)
await cdp.send('Profiler.enable')
await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
const timings = []
const profiles = []
await page.evaluate(() => (window.__longTasks = []))
// PROFILE_LEAD=replace|merge: profiles EDITS imports as a lead does them — the generated team's CSV
// with other levels into the seeded workspace (PROFILE_SEED=1), 0.5 s after the matrix shows —
// from the click on Commit until the import's snapshot is stored.
if (process.env.PROFILE_LEAD) {
  await page.goto(`${base}/bench/io.html`)
  await page.waitForFunction(() => typeof window.benchWideCsv === 'function')
  const csv = await page.evaluate(([p, s]) => window.benchWideCsv(p, s, p < 20000, 11), [PEOPLE, SKILLS])
  const file = join(profileDir, 'lead.csv')
  writeFileSync(file, csv)
  for (let run = 0; run < EDITS; run++) {
    await page.goto(`${base}/bench/seed.html`)
    await page.waitForFunction(() => typeof window.benchSeed === 'function')
    const empty = process.env.PROFILE_LEAD === 'empty'
    await page.evaluate(([p, s]) => window.benchSeed(p, s), [empty ? 0 : PEOPLE, SKILLS])
    await page.goto(`${base}/?bench#/matrix`)
    await page
      .locator(empty ? '[data-testid="matrix-empty"]' : '[data-testid="matrix-grid"] .ag-row[row-index="0"]')
      .waitFor({ timeout: 120_000 })
    // A lead imports soon after opening the app; the bench's import into an empty workspace waits 4.5 s.
    await page.waitForTimeout(empty ? 4500 : 500)
    const before = await snapshotCount(page)
    // PROFILE_FROM=file: the trace starts at the file input (the preview too), else at Commit.
    const preview = async () => {
      await page.setInputFiles('[data-testid="import-file"]', file)
      await page.locator('[data-testid="import-preview"]').waitFor({ timeout: 300_000 })
      await page.locator('[data-testid="import-progress"]').waitFor({ state: 'detached', timeout: 300_000 })
      if (process.env.PROFILE_LEAD !== 'empty')
        await page.locator(`[data-testid="import-mode-${process.env.PROFILE_LEAD}"]`).check()
    }
    if (process.env.PROFILE_FROM !== 'file') await preview()
    const traced = await traceTasks(cdp, async () => {
      if (process.env.PROFILE_FROM === 'file') await preview()
      const started = Date.now()
      await page.locator('[data-testid="import-commit"]').click()
      await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached', timeout: 120_000 })
      const saved = Date.now() - started
      while ((await snapshotCount(page)) <= before) await page.waitForTimeout(20)
      timings.push({ painted: saved, saved: Date.now() - started })
    })
    profiles.push(traced.profile)
    printLongTasks(`run ${run + 1}`, traced)
  }
}
// PROFILE_SNAPSHOT=1: profiles EDITS history snapshots of the stored workspace (bench/pages/writes.ts).
if (process.env.PROFILE_SNAPSHOT) {
  await page.goto(`${base}/bench/writes.html`)
  await page.waitForFunction(() => typeof window.benchSnapshots === 'function')
  for (let run = 0; run < EDITS; run++) {
    await cdp.send('Profiler.start')
    const { ms } = await page.evaluate(() => window.benchSnapshots(1))
    timings.push({ painted: ms[0], saved: ms[0] })
    profiles.push((await cdp.send('Profiler.stop')).profile)
  }
}
// PROFILE_RELOAD=1: profiles EDITS reloads (navigation → first row, and the 3 s after it, where the
// bench counts long tasks) instead of edits. A trace outlives the navigation; the CPU profiler would not.
for (let run = 0; process.env.PROFILE_RELOAD && run < EDITS; run++) {
  const traced = await traceTasks(cdp, async () => {
    const started = Date.now()
    // A goto to the same URL with a hash would stay in the document: reload.
    await page.reload()
    await page.locator('[data-testid="matrix-grid"] .ag-row[row-index="0"]').waitFor({ timeout: 120_000 })
    const firstRow = await page.evaluate(() => performance.now())
    timings.push({ painted: firstRow, saved: Date.now() - started })
    await page.waitForTimeout(3000)
  })
  profiles.push(traced.profile)
  printLongTasks(`reload ${run + 1}`, traced)
}
for (
  let run = 0;
  !process.env.PROFILE_RELOAD && !process.env.PROFILE_SNAPSHOT && !process.env.PROFILE_LEAD && run < EDITS;
  run++
) {
  const row = run % 10
  const cell = page.locator(`[data-testid="matrix-grid"] .ag-row[row-index="${row}"] .ag-cell[col-id="skill-0"]`)
  await cell.click()
  const before = (await cell.innerText()).trim()
  const next = before === '3' ? '1' : '3'
  await page.waitForTimeout(300)
  // Only keydown → painted → saved is profiled (not the click that focuses the cell).
  await cdp.send('Profiler.start')
  timings.push(
    await page.evaluate(
      async ([rowIndex, level]) => {
        const target = document.activeElement
        const startedAt = performance.now()
        target.dispatchEvent(new KeyboardEvent('keydown', { key: level, bubbles: true, cancelable: true }))
        const text = () =>
          document
            .querySelector(`[data-testid="matrix-grid"] .ag-row[row-index="${rowIndex}"] .ag-cell[col-id="skill-0"]`)
            ?.textContent?.trim()
        while (text() !== level) await new Promise(requestAnimationFrame)
        await new Promise(requestAnimationFrame)
        const painted = performance.now() - startedAt
        await window.__skillgrid.whenSaved()
        return { painted, saved: performance.now() - startedAt }
      },
      [row, next],
    ),
  )
  profiles.push((await cdp.send('Profiler.stop')).profile)
}
// Each edit's own top self times: one slow edit is told apart from a slow path.
for (const [i, profile] of profiles.entries()) {
  const mine = new Map()
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  profile.samples.forEach((id, index) => {
    const node = byId.get(id)
    const name = node?.callFrame.functionName
    if (!node || name === '(idle)' || name === '(program)') return
    const key = `${name || '(anonymous)'} ${(node.callFrame.url || '').split('/').pop()}:${node.callFrame.lineNumber + 1}`
    mine.set(key, (mine.get(key) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000)
  })
  const top5 = [...mine].sort((a, b) => b[1] - a[1]).slice(0, 5)
  console.log(`edit ${i + 1}: ${top5.map(([k, ms]) => `${k} ${ms.toFixed(1)}`).join(' · ')}`)
}
await page.waitForTimeout(200)
const longTasks = await page.evaluate(() => window.__longTasks)
writeFileSync(OUT, JSON.stringify(profiles[0]))
console.log(
  `edits (keydown → painted / → saved): ${timings.map((t) => `${t.painted.toFixed(1)}/${t.saved.toFixed(1)}`).join(', ')} ms`,
)
console.log(`long tasks during the edits: ${longTasks.length} (${longTasks.map((t) => t.ms.toFixed(0)).join(', ')} ms)`)

// ---------- where the time goes ----------
const self = new Map()
const inclusive = new Map()
let total = 0
const keyOf = (node) => {
  const { functionName, url, lineNumber } = node.callFrame
  const file = url ? url.split('/').pop() : ''
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`
}
for (const profile of profiles) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  profile.samples.forEach((id, index) => {
    const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000
    const node = nodes.get(id)
    if (!node || node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') return
    total += delta
    self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + delta)
    const seen = new Set()
    for (let current = id; current !== undefined; current = parent.get(current)) {
      const key = keyOf(nodes.get(current))
      if (seen.has(key)) continue
      seen.add(key)
      inclusive.set(key, (inclusive.get(key) ?? 0) + delta)
    }
  })
}
const top = (map, count) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `  ${(ms / EDITS).toFixed(1).padStart(7)} ms/edit  ${key}`)
console.log(`\nbusy main-thread time in the profile: ${(total / EDITS).toFixed(1)} ms per edit (${EDITS} edits)`)
console.log('self time, top 25:\n' + top(self, 25).join('\n'))
console.log('inclusive time, top 45:\n' + top(inclusive, 45).join('\n'))
console.log(`profile written to ${OUT}`)
await context.close()
server.close()
rmSync(profileDir, { recursive: true, force: true })
