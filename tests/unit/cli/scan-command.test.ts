// The scan command as a user runs it: a real process over files, both output formats, errors.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'claimlens-scan-'));
const page = join(dir, 'page.html');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'bin/claimlens.mjs'), 'scan', ...args], { encoding: 'utf8', cwd: root });

beforeAll(() => {
  writeFileSync(
    page,
    `<!doctype html><html lang="en"><head><title>t</title></head><body>
     <nav><a href="/">Home</a> <a href="/markets">Markets</a></nav>
     <article><h1>Harbour Freight Ltd books a record year</h1>
     <p>The shipping firm said revenue rose to $42 million last year, and its chief executive said the result was "the best in our history".</p>
     <p>Analysts had expected less. The company will pay a dividend in spring, it said in a statement on Monday morning.</p>
     <p>Its shares rose in early trading in London, where the group has been listed since it left its former parent.</p></article></body></html>`,
  );
});

describe('claimlens scan', () => {
  it('prints one JSON line per page with --jsonl, in the scorer contract', () => {
    const r = run('--jsonl', page);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const rec = JSON.parse(lines[0]!);
    expect(rec).toMatchObject({ file: page, lang: 'en' });
    expect(Array.isArray(rec.findings)).toBe(true);
    for (const f of rec.findings) expect(['money', 'company', 'quote', 'claim']).toContain(f.kind);
  });

  it('prints a readable list grouped by kind by default', () => {
    const r = run(page);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(page);
    expect(r.stdout).toMatch(/Money \(\d+\)/);
    expect(r.stdout).toMatch(/Companies \(\d+\)/);
    expect(r.stdout).toMatch(/Quotes \(\d+\)/);
  });

  it('names a missing file on one line, scans the others, and exits non-zero', () => {
    const r = run('--jsonl', join(dir, 'missing.html'), page);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`claimlens: cannot read ${join(dir, 'missing.html')}: no such file`]);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('explains its usage when given no file', () => {
    const r = run();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: claimlens scan');
  });

  it('runs through npm run scan as well', () => {
    const out = execFileSync('npm', ['run', '--silent', 'scan', '--', '--jsonl', page], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(out.trim()).file).toBe(page);
  });
});
