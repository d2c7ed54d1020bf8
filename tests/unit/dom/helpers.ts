/** Shared helpers for the DOM tests: a fresh document body, fake Highlight API, instant slices. */
import type { HighlightHost } from '../../../src/dom/highlighter';
import type { SliceSource } from '../../../src/pipeline/slices';

/** Replaces the test document's body with `html` and returns the body. */
export function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** A Highlight stand-in: a Set of ranges with a priority, as the real one is. */
export class FakeHighlight extends Set<Range> {
  priority = 0;
}

/** A registry and constructor in place of the browser's CSS.highlights (happy-dom has none). */
export function fakeHighlights(): HighlightHost & { registry: Map<string, FakeHighlight> } {
  const registry = new Map<string, FakeHighlight>();
  return { registry, create: () => new FakeHighlight() as unknown as Highlight } as HighlightHost & { registry: Map<string, FakeHighlight> };
}

/** The text of every range registered under `name`. */
export function painted(host: { registry: Map<string, FakeHighlight> }, name: string): string[] {
  return [...(host.registry.get(name) ?? [])].map((r) => r.toString());
}

/**
 * Slices that come at once and are always spent, so every stage pauses at every check: the
 * strictest test of resumable work.
 */
export function instantSlices(cancelled: () => boolean = () => false): SliceSource {
  return { nextSlice: () => Promise.resolve(), budget: { spent: () => true }, cancelled };
}
