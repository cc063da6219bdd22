// `npm test`: builds the app, runs every Vitest project (unit, stores, components, e2e in Chromium),
// then typecheck and lint, and ends with one line "N passed, M failed" over all of it.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const results = '.vitest-results/results.json'
let passed = 0
let failed = 0

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status === 0
}

if (!run('build', 'npx', ['vite', 'build', '--logLevel', 'warn'])) {
  console.log('Build failed: browser tests cannot run.')
  failed++
}

mkdirSync('.vitest-results', { recursive: true })
rmSync(results, { force: true })
run('tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`])
if (existsSync(results)) {
  const report = JSON.parse(readFileSync(results, 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests
  // A file that crashed before running its tests shows up as a failed suite with no tests.
  failed += report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length
  if (report.numTotalTests === 0) {
    console.log('No tests ran.')
    failed++
  }
} else {
  console.log('Vitest wrote no results.')
  failed++
}

for (const [label, script] of [
  ['typecheck', 'typecheck'],
  ['lint', 'lint'],
]) {
  if (run(label, 'npm', ['run', '--silent', script])) passed++
  else failed++
}

console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
