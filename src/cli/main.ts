/**
 * `claimlens scan [--jsonl] [--whole-page] FILE.html…`: runs the extension's own pipeline
 * (src/pipeline/scan-page.ts, in one go: scan-page-at-once.ts) over saved pages, parsed with
 * linkedom.
 *
 * A file that cannot be read gets a one-line error naming it; the others are still scanned and
 * the exit code is 1.
 */
import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { scanPage } from '../pipeline/scan-page-at-once';
import { decodeHtml } from './decode-html';
import { toJsonLine, toReadable } from './format';

const USAGE = `usage: claimlens scan [--jsonl] [--whole-page] FILE.html…
  --jsonl       one JSON object per page (the contract in ../shared/eval/README.md)
  --whole-page  scan the whole page, not only the article`;

async function scanFile(file: string, jsonl: boolean, wholePage: boolean): Promise<boolean> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    process.stderr.write(`claimlens: cannot read ${file}: ${why}\n`);
    return false;
  }
  try {
    const { html } = decodeHtml(bytes);
    const { document } = parseHTML(html);
    const scan = scanPage(document as unknown as Document, { wholePage });
    process.stdout.write((jsonl ? toJsonLine(file, scan) : toReadable(file, scan) + '\n') + '\n');
    return true;
  } catch (e) {
    process.stderr.write(`claimlens: cannot scan ${file}: ${(e as Error).message}\n`);
    return false;
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'scan') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const jsonl = rest.includes('--jsonl');
  const wholePage = rest.includes('--whole-page');
  const files = rest.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    process.stderr.write(`claimlens: no file given\n${USAGE}\n`);
    return 2;
  }
  let ok = true;
  for (const file of files) ok = (await scanFile(file, jsonl, wholePage)) && ok;
  return ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`claimlens: ${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  },
);
