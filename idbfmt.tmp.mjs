import { createServer } from 'node:http'
import { chromium } from 'playwright-core'
const server = createServer((q, r) => { r.writeHead(200, { 'content-type': 'text/html' }); r.end('<!doctype html><title>x</title>') })
await new Promise((res) => server.listen(0, '127.0.0.1', res))
const base = `http://127.0.0.1:${server.address().port}/`
const ctx = await chromium.launchPersistentContext('/tmp/idbx/p' + Date.now(), { executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--js-flags=--expose-gc'] })
const page = await ctx.newPage()
await page.goto(base)
const N = 50000, S = 200
for (const variant of ['three', 'one', 'string', 'chunk500', 'three', 'one', 'string', 'chunk500']) {
  const out = await page.evaluate(async ({ variant, N, S }) => {
    const name = 'x-' + variant
    await new Promise((r) => { const d = indexedDB.deleteDatabase(name); d.onsuccess = d.onerror = r })
    const db = await new Promise((r) => { const o = indexedDB.open(name, 1); o.onupgradeneeded = () => o.result.createObjectStore('m', { keyPath: 'k' }); o.onsuccess = () => r(o.result) })
    const rec = (i) => {
      const base = { k: 'p' + i, name: 'Person ' + i, email: 'p' + i + '@example.org', team: 'T' + (i % 50), title: 'Title', active: true, order: i, updatedAt: 1 }
      const a = new Uint8Array(S).fill(i % 5), b = new Uint8Array(S), c = new Uint8Array(S)
      if (variant === 'three') return { ...base, levels: a, self: b, interest: c }
      if (variant === 'one') { const p = new Uint8Array(3 * S); p.set(a); p.set(b, S); p.set(c, 2 * S); return { ...base, packed: p } }
      if (variant === 'string') return { ...base, packed: String.fromCharCode(...a, ...b, ...c) }
    }
    const tx = db.transaction('m', 'readwrite'); const st = tx.objectStore('m')
    if (variant === 'chunk500') {
      for (let c = 0; c < N / 500; c++) {
        const people = []; const bytes = new Uint8Array(500 * 3 * S)
        for (let j = 0; j < 500; j++) { const i = c * 500 + j; people.push({ k: 'p' + i, name: 'Person ' + i, email: 'p' + i + '@example.org', team: 'T' + (i % 50), title: 'Title', active: true, order: i, updatedAt: 1 }); bytes.fill(i % 5, j * 3 * S, j * 3 * S + S) }
        st.put({ k: 'c' + c, people, bytes })
      }
    } else for (let i = 0; i < N; i++) st.put(rec(i))
    await new Promise((r) => (tx.oncomplete = r))
    db.close()
    gc()
    await new Promise((r) => setTimeout(r, 300))
    const db2 = await new Promise((r) => { const o = indexedDB.open(name, 1); o.onsuccess = () => r(o.result) })
    const t0 = performance.now()
    const rows = await new Promise((r) => { const q = db2.transaction('m').objectStore('m').getAll(); q.onsuccess = () => r(q.result) })
    const t1 = performance.now()
    let sum = 0
    if (variant === 'string') { const big = new Uint8Array(N * 3 * S); let o = 0; for (const row of rows) { const s = row.packed; for (let i = 0; i < s.length; i++) big[o++] = s.charCodeAt(i) } sum = big[5] }
    const t2 = performance.now()
    gc()
    const t3 = performance.now()
    db2.close()
    return { variant, getAll: Math.round(t1 - t0), convert: Math.round(t2 - t1), gc: Math.round(t3 - t2), rows: rows.length, sum }
  }, { variant, N, S })
  console.log(JSON.stringify(out))
}
await ctx.close(); server.close()
