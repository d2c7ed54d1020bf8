import type { FindingKind } from './findings';

/**
 * A finding's id: its kind and where it starts. In a file of its own so that the engine module
 * (core/engine.ts) does not pull in findings.ts, whose zod schemas only messages need.
 */
export function findingId(kind: FindingKind, start: number): string {
  return `${kind}:${start}`;
}
