import { describe, expect, it } from 'vitest';
import { dirtyParts } from '../../../src/content/mutations';
import { page } from './helpers';

/** Runs `change` and returns the records a MutationObserver saw. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const seen: MutationRecord[] = [];
  const mo = new MutationObserver((r) => seen.push(...r));
  mo.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  change();
  await new Promise((r) => setTimeout(r, 0));
  seen.push(...mo.takeRecords());
  mo.disconnect();
  return seen;
}

const none = () => false;

describe('dirtyParts', () => {
  it('a new paragraph is a part of its own', async () => {
    page('<article id="a"><p>one</p></article>');
    const root = document.getElementById('a')!;
    const p = document.createElement('p');
    const records = await recordsOf(() => root.append(p));
    expect(dirtyParts(records, root, none)).toEqual({ full: false, parts: [p] });
  });

  it('text changed inside a paragraph marks that paragraph', async () => {
    page('<article id="a"><p id="p">one <b>two</b></p><p>three</p></article>');
    const root = document.getElementById('a')!;
    const records = await recordsOf(() => {
      document.querySelector('b')!.firstChild!.textContent = 'deux';
      document.getElementById('p')!.append(document.createElement('i'));
    });
    expect(dirtyParts(records, root, none).parts.map((e) => e.id)).toEqual(['p']);
  });

  it('changes outside the article and to Claimlens own nodes are ignored', async () => {
    page('<nav id="n"></nav><article id="a"><p>one</p></article>');
    const root = document.getElementById('a')!;
    const own = document.createElement('claimlens-card');
    const records = await recordsOf(() => {
      document.getElementById('n')!.append(document.createElement('p'));
      document.documentElement.append(own);
    });
    expect(dirtyParts(records, root, (n) => n === own || n === document.documentElement)).toEqual({ full: false, parts: [] });
    own.remove();
  });

  it('asks for a full scan when the article left the page, or a story arrives on a page scanned whole', async () => {
    page('<div id="app"><article id="a"><p>one</p></article></div>');
    const root = document.getElementById('a')!;
    const records = await recordsOf(() => (document.getElementById('app')!.innerHTML = '<article><p>new</p></article>'));
    expect(dirtyParts(records, root, none).full).toBe(true);
    const body = document.body;
    const more = await recordsOf(() => body.append(document.createElement('article')));
    expect(dirtyParts(more, body, none, true).full).toBe(true);
  });

  it('keeps only the outermost of nested parts', async () => {
    page('<article id="a"></article>');
    const root = document.getElementById('a')!;
    const section = document.createElement('section');
    const records = await recordsOf(() => {
      root.append(section);
      section.append(document.createElement('p'));
    });
    expect(dirtyParts(records, root, none).parts).toEqual([section]);
  });
});
