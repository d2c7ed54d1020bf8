import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../../src/core/quotes/spans';
import { quotes } from './helpers';

const inner = (text: string) => findQuoteSpans(text).map((s) => text.slice(s.open + 1, s.close).trim());

describe('quotation marks of every convention', () => {
  const cases: [string, string, string][] = [
    ['French guillemets with no-break spaces', 'Il a dit : «\u00a0nous partons demain\u00a0».', 'nous partons demain'],
    ['French guillemets with narrow no-break spaces', 'Elle a dit «\u202fça suffit\u202f».', 'ça suffit'],
    ['English curly quotes', 'He said “we will win the case”.', 'we will win the case'],
    ['straight double quotes', 'She said "the deal is off" on Monday.', 'the deal is off'],
    ['German low-high quotes', 'Er sagte „wir bleiben hier“.', 'wir bleiben hier'],
    ['German single low-high quotes', 'Er sagte ‚wir bleiben‘.', 'wir bleiben'],
    ['German chevrons pointing inwards', 'Sie sagte »das ist falsch« gestern.', 'das ist falsch'],
    ['single guillemets', 'Il disait ‹ tout va bien › hier.', 'tout va bien'],
    ['Japanese corner brackets', '社長は「来年も続ける」と述べた。', '来年も続ける'],
    ['Japanese white corner brackets', '社長は『来年も続ける』と述べた。', '来年も続ける'],
    ['English single quotes in a headline', "Minister says 'we did nothing wrong'", 'we did nothing wrong'],
  ];
  for (const [name, text, want] of cases) it(name, () => expect(inner(text)).toContain(want));
});

describe('apostrophes are not quotation marks', () => {
  it('inside French, English and Italian words', () => {
    expect(inner('À l’heure dite, il n’est pas venu.')).toEqual([]);
    expect(inner("They don't know, and it's late.")).toEqual([]);
    expect(inner('La visita dell’Iran e l’accordo.')).toEqual([]);
  });
  it('around a quotation that holds them', () => {
    expect(inner('Il a dit « c’est l’heure du départ » hier.')).toEqual(['c’est l’heure du départ']);
    expect(inner('He said “it’s the company’s fault” today.')).toEqual(['it’s the company’s fault']);
  });
});

describe('nesting, paragraphs and stray marks', () => {
  it('keeps a quote inside a quote, and lists only the outer one', () => {
    const text = 'He said: “They told me ‘no way’ and left.”';
    expect(inner(text)).toEqual(['They told me ‘no way’ and left.', 'no way']);
    expect(quotes(text, 'en').map((q) => q.text)).toEqual(['They told me ‘no way’ and left.']);
  });
  it('runs a quotation over paragraphs that repeat the opening mark', () => {
    const text = 'Paul Morel a déclaré :\n\n« Nous avons tout essayé.\n\n« Rien n’a marché. »\n\nFin.';
    const spans = inner(text);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toContain('Nous avons tout essayé');
    expect(spans[0]).toContain('Rien n’a marché.');
  });
  it('does not run an unclosed mark into the next paragraph', () => {
    expect(inner('Il a dit « rien\n\nAutre chose « ici » fin.')).toEqual(['ici']);
  });
  it('closes a hurried headline quote with a stray mark', () => {
    expect(inner("Biden: “Serve una pausa per i prigionieri'.\n\nAltro.")).toEqual(['Serve una pausa per i prigionieri']);
  });
  it('takes text joined from inline elements as is', () => {
    expect(quotes('She said “the plan is dead and buried” today.', 'en')[0]!.text).toBe('the plan is dead and buried');
  });
});

describe('finding text and offsets', () => {
  it('covers the words inside the marks, without their spaces', () => {
    const text = 'Il a lancé : «\u00a0nous ne céderons pas\u00a0», a dit Paul Morel.';
    const [q] = quotes(text, 'fr');
    expect(q!.text).toBe('nous ne céderons pas');
    expect(text.slice(q!.start, q!.end)).toBe(q!.text);
  });
});

describe('what is not listed', () => {
  it('a scare quote with no speaker', () => {
    expect(quotes('The so-called “experts” were wrong about the merger.', 'en')).toEqual([]);
  });
  it('the title of a work', () => {
    expect(quotes('Elle a vu le film « La Grande Vadrouille » hier soir.', 'fr')).toEqual([]);
    expect(quotes('He wrote the book “How We Built a Bank” in 2010, he said.', 'en')).toEqual([]);
  });
  it('a nickname in Title Case', () => {
    expect(quotes('The firm, known as “Big Blue Steel”, grew fast.', 'en')).toEqual([]);
  });
  it('but a short quote with a reporting verb is listed', () => {
    expect(quotes('Ana Ruiz calificó de «cómplice» al Gobierno.', 'es').map((q) => q.text)).toEqual(['cómplice']);
  });
});
