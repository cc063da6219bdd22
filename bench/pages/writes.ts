// Storage writes timed next to the raw IndexedDB floor.
import { SkillgridDb } from '../../src/db/db'
import { loadWorkspace, writeDelta } from '../../src/db/workspaceRepo'
import { saveSnapshot } from '../../src/db/snapshotRepo'
import { computeCoverage } from '../../src/domain/coverage'
import { snapshotSteps } from '../../src/domain/snapshots'
import { effectiveData } from '../../src/domain/sources'

declare global {
  interface Window {
    benchCellWrites: (runs: number) => Promise<{ app: number[]; raw: number[] }>
  }
}

window.benchCellWrites = async (runs) => {
  const db = new SkillgridDb()
  const [workspace] = await db.workspaces.toArray()
  if (!workspace) throw new Error('seed first')
  const data = await loadWorkspace(db, workspace.id)
  const person = data?.people[0]
  if (!data || !person) throw new Error('no person')
  const app: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await writeDelta(
      db,
      workspace.id,
      { ratings: { cells: [{ personId: person.id, slot: 0, level: i % 5 }] } },
      Date.now(),
      { tab: 'bench', personIds: [person.id], structural: false },
    )
    app.push(performance.now() - started)
  }
  db.close()
  const raw: number[] = []
  const request = indexedDB.open('skillgrid-raw-bench', 1)
  request.onupgradeneeded = () => request.result.createObjectStore('ratings')
  const rawDb = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)))
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await new Promise((resolve) => {
      const tx = rawDb.transaction('ratings', 'readwrite')
      tx.objectStore('ratings').put({ levels: new Uint8Array(100), interest: new Uint8Array(100) }, 'p')
      tx.oncomplete = resolve
    })
    raw.push(performance.now() - started)
  }
  rawDb.close()
  return { app, raw }
}

declare global {
  interface Window {
    benchSnapshots: (
      count: number,
    ) => Promise<{ bytes: number[]; ms: number[]; rawMs: number[]; packed: number; windows: [number, number][] }>
  }
}

/**
 * Snapshots of the stored workspace into the app's database: the IndexedDB usage each adds
 * (navigator.storage.estimate before and after), and the time to take and store one.
 */
window.benchSnapshots = async (count) => {
  const db = new SkillgridDb()
  const [workspace] = await db.workspaces.toArray()
  if (!workspace) throw new Error('seed first')
  const data = await loadWorkspace(db, workspace.id)
  if (!data) throw new Error('no workspace')
  const usage = async () => (await navigator.storage.estimate()).usage ?? 0
  const totals = computeCoverage(effectiveData(data)).total
  const bytes: number[] = []
  const ms: number[] = []
  /** When each take + store ran (page time): long tasks are counted inside these only. */
  const windows: [number, number][] = []
  for (let i = 0; i < count; i++) {
    const before = await usage()
    const started = performance.now()
    // As the history store takes one: in slices with a task between them, the totals from the
    // coverage the app has already counted.
    const steps = snapshotSteps(
      data,
      { id: `bench-snapshot-${Date.now()}-${i}`, takenAt: Date.now(), kind: 'manual', label: '' },
      totals,
    )
    let step = steps.next()
    while (!step.done) {
      await new Promise((resolve) => setTimeout(resolve, 0))
      step = steps.next()
    }
    const { summary, content } = step.value
    await saveSnapshot(db, workspace.id, summary, content, 'bench')
    ms.push(performance.now() - started)
    windows.push([started, performance.now()])
    bytes.push((await usage()) - before)
  }
  // Cleaned up again: the app's later runs see the workspace as seeded.
  await db.snapshots.clear()
  await db.snapshotContents.clear()
  db.close()
  // The raw floor: lead levels and interest (and self levels, if any), one byte per cell.
  const selfBytes = [...data.ratings.values()].some((r) => r.self.some((l) => l !== 255)) ? 1 : 0
  const packed = data.people.length * data.workspace.nextSlot * (2 + selfBytes)
  // …and the time of one bare IndexedDB put of that many bytes.
  const request = indexedDB.open('skillgrid-raw-bench', 1)
  request.onupgradeneeded = () => request.result.createObjectStore('ratings')
  const rawDb = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)))
  const rawMs: number[] = []
  for (let i = 0; i < count; i++) {
    const started = performance.now()
    await new Promise((resolve) => {
      const tx = rawDb.transaction('ratings', 'readwrite')
      tx.objectStore('ratings').put({ packed: new Uint8Array(packed) }, `snapshot-${i}`)
      tx.oncomplete = resolve
    })
    rawMs.push(performance.now() - started)
  }
  rawDb.close()
  return { bytes, ms, rawMs, packed, windows }
}
