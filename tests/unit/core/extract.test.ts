/** The engine's one entry point: every kind, in text order, each with its id. */
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../../src/core/extract';

const TEXT =
  '“Initech stole our designs,” said Anna Berg, whose firm Globex Corporation paid $2 million in fees. ' +
  'Initech denied it; its shares fell to $14. Globex Corporation said: “We want €5 million back.”';

describe('extractFindings', () => {
  const found = extractFindings(TEXT, { lang: 'en' });

  it('lists the findings in text order, the longer first at one start', () => {
    for (let i = 1; i < found.length; i++) {
      const a = found[i - 1]!, b = found[i]!;
      expect(a.start < b.start || (a.start === b.start && a.end >= b.end)).toBe(true);
    }
  });

  it('gives each finding its kind and start as id, unique on the page', () => {
    for (const f of found) expect(f.id).toBe(`${f.kind}:${f.start}`);
    expect(new Set(found.map((f) => f.id)).size).toBe(found.length);
  });

  it('holds every kind, each where the text has it', () => {
    expect(found.map((f) => [f.kind, f.text])).toEqual(
      expect.arrayContaining([
        ['quote', 'Initech stole our designs,'],
        ['company', 'Globex Corporation'],
        ['money', '$2 million'],
        ['money', '$14'],
        ['money', '€5 million'],
      ]),
    );
    for (const f of found) expect(TEXT.slice(f.start, f.end)).toBe(f.text);
  });
});
