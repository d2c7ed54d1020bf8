#!/usr/bin/env node
// `npm test`: every test, as CI runs them. Unit and DOM tests, then both builds, then the
// real-browser tests; each step runs even if an earlier one failed, so one report shows all.
// Ends with a plain "N passed, N failed" line summed from vitest's JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = { unit: '.output/reports/unit.json', e2e: '.output/reports/e2e.json' };
mkdirSync('.output/reports', { recursive: true });
for (const f of Object.values(reports)) rmSync(f, { force: true });

const steps = [
  ['unit and DOM tests', 'npx', ['vitest', 'run']],
  ['Chrome build', 'npx', ['wxt', 'build']],
  ['Firefox build', 'npx', ['wxt', 'build', '-b', 'firefox']],
  ['real-browser tests', 'npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts']],
];
const failedSteps = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) failedSteps.push(name);
}

let passed = 0;
let failed = 0;
for (const [suite, file] of Object.entries(reports)) {
  if (!existsSync(file)) {
    console.log(`no report from the ${suite} tests (${file})`);
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += (r.numFailedTests ?? 0) + (r.numFailedTestSuites ?? 0 ? 0 : 0);
  console.log(`${suite}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests ?? 0} skipped`);
}
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 || failed > 0 || passed === 0 ? 1 : 0);
