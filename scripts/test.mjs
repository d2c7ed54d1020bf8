#!/usr/bin/env node
// `npm test`: every test, as CI runs them. Unit and DOM tests, then both builds, then the
// real-browser tests; each step runs even if an earlier one failed, so one report shows all.
// Ends with a plain "N passed, N failed" line summed from vitest's JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

// Own report files, named on the command line: a vitest run of a subset elsewhere (which writes
// the configs' default unit.json / e2e.json) cannot overwrite what this run counts.
const reports = { unit: '.output/reports/test-unit.json', e2e: '.output/reports/test-e2e.json' };
const json = (file) => ['--reporter=default', '--reporter=json', `--outputFile.json=${file}`];
mkdirSync('.output/reports', { recursive: true });
for (const f of Object.values(reports)) rmSync(f, { force: true });

const steps = [
  ['unit and DOM tests', 'npx', ['vitest', 'run', ...json(reports.unit)]],
  ['Chrome build', 'npx', ['wxt', 'build']],
  ['Firefox build', 'npx', ['wxt', 'build', '-b', 'firefox']],
  ['real-browser tests', 'npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...json(reports.e2e)]],
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
  // A file that failed without a failed test (an import error, a failing beforeAll) counts as one failure.
  const brokenFiles = (r.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed')).length;
  passed += r.numPassedTests ?? 0;
  failed += (r.numFailedTests ?? 0) + brokenFiles;
  console.log(`${suite}: ${r.numPassedTests} passed, ${r.numFailedTests} failed${brokenFiles ? ` (+${brokenFiles} file(s) that failed to run)` : ''}, ${r.numPendingTests ?? 0} skipped`);
}
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 || failed > 0 || passed === 0 ? 1 : 0);
