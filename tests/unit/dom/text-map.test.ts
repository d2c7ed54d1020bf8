import { describe, expect, it } from 'vitest';
import { TextMapBuilder, buildTextMap } from '../../../src/dom/text-map';
import { rangeFor } from '../../../src/dom/ranges';
import { page } from './helpers';

const textOf = (html: string) => buildTextMap(page(html)).text;
const squash = (s: string) => s.replace(/[ \t\n\r\f]+/g, ' ');

describe('article text', () => {
  it('joins inline elements so an amount split by markup reads as one', () => {
    expect(textOf('<p>They pay 42 <b>000</b> $ a month.</p>')).toBe('They pay 42 000 $ a month.');
    expect(textOf('<p><span>$</span><span>1</span><span>9</span><span>.99</span></p>')).toBe('$19.99');
  });

  it('breaks at block boundaries so words of two paragraphs never join', () => {
    expect(textOf('<p>Micro</p><p>soft</p>')).toBe('Micro\n\nsoft');
    expect(textOf('<div>one<div>two</div>three</div>')).toBe('one\n\ntwo\n\nthree');
    expect(textOf('<ul><li>a</li><li>b</li></ul><h2>c</h2>')).toBe('a\n\nb\n\nc');
  });

  it('turns <br> into one newline', () => {
    expect(textOf('<p>first line<br>second line</p>')).toBe('first line\nsecond line');
    expect(textOf('<p>a <br> b</p>')).toBe('a \nb');
  });

  it('collapses runs of HTML whitespace as a browser renders them', () => {
    expect(textOf('<p>  several \n\t  spaces   here  </p>')).toBe('several spaces here ');
    expect(textOf('<p>a</p>\n   \n<p>b</p>')).toBe('a\n\nb');
  });

  it('keeps no-break and narrow no-break spaces, which group digits', () => {
    expect(textOf('<p>42\u00a0000\u202f$</p>')).toBe('42\u00a0000\u202f$');
    expect(textOf('<p>a\u00a0\u00a0b</p>')).toBe('a\u00a0\u00a0b');
  });

  it('skips text no reader sees as the article', () => {
    const text = textOf(`
      <p>kept</p>
      <script>var x = "script";</script><style>p{}</style><noscript>noscript</noscript>
      <textarea>textarea</textarea><input value="input"><select><option>option</option></select>
      <div contenteditable="true">editable</div><div contenteditable="false">not editable</div>
      <div hidden>hidden</div><div aria-hidden="true">aria</div><p style="display: none">styled</p>
      <p>call <code>code()</code> here</p><pre>pre</pre>`);
    expect(text).toBe('kept\n\nnot editable\n\ncall here');
  });

  it('asks the skip option about each element (the live page hides by computed style)', () => {
    const body = page('<p>shown</p><div class="menu"><p>menu</p></div><p>also</p>');
    const map = buildTextMap(body, { skip: (el) => el.classList.contains('menu') });
    expect(map.text).toBe('shown\n\nalso');
  });

  it('builds the same map when paused at every check as in one go', () => {
    const html = Array.from({ length: 300 }, (_, i) => `<p>Paragraph ${i} with <b>bold ${i}</b> and <i>italic</i> text.</p>`).join('');
    const body = page(html);
    const whole = buildTextMap(body);
    const builder = new TextMapBuilder(body);
    let pauses = 0;
    while (!builder.run(() => true)) pauses++;
    const sliced = builder.result();
    expect(pauses).toBeGreaterThan(5);
    expect(sliced.text).toBe(whole.text);
    expect(sliced.segments.map((s) => [s.start, s.end])).toEqual(whole.segments.map((s) => [s.start, s.end]));
  });
});

describe('offsets to ranges', () => {
  it('maps every word back to a range over the same characters', () => {
    const body = page(`
      <h1>  Big   headline </h1>
      <p>They pay 42 <b>000</b>&nbsp;$ per <i>month</i>, said <a href="#">Micro<b>soft</b></a>.<br>
         Next   line</p>
      <p>  Last paragraph.  </p>`);
    const map = buildTextMap(body);
    const words = [...map.text.matchAll(/\S+/g)];
    expect(words.length).toBeGreaterThan(10);
    for (const w of words) {
      const start = w.index!;
      const end = start + w[0].length;
      const range = rangeFor(map, start, end);
      expect(range, w[0]).toBeDefined();
      expect(squash(range!.toString())).toBe(w[0]);
    }
  });

  it('covers a span across inline elements and collapsed whitespace', () => {
    const body = page('<p>pay   42 <b>000</b>\n $ now</p>');
    const map = buildTextMap(body);
    expect(map.text).toBe('pay 42 000 $ now');
    const start = map.text.indexOf('42');
    const range = rangeFor(map, start, map.text.indexOf(' now'))!;
    expect(squash(range.toString())).toBe('42 000 $');
    expect(range.startContainer.textContent).toContain('pay');
    expect(range.endContainer.textContent).toContain('$');
  });

  it('ends a range that stops before a block break inside the paragraph', () => {
    const body = page('<p>first</p><p>second</p>');
    const map = buildTextMap(body);
    const range = rangeFor(map, 0, 'first'.length)!;
    expect(range.toString()).toBe('first');
    expect(range.endContainer.textContent).toBe('first');
    // An end offset inside the inserted break still ends in the paragraph before it.
    expect(rangeFor(map, 0, 'first'.length + 1)!.toString()).toBe('first');
  });

  it('refuses offsets outside the text and empty spans', () => {
    const map = buildTextMap(page('<p>short</p>'));
    expect(rangeFor(map, 3, 3)).toBeUndefined();
    expect(rangeFor(map, -1, 2)).toBeUndefined();
    expect(rangeFor(map, 0, 99)).toBeUndefined();
  });
});
