#!/usr/bin/env node
// `npx claimlens scan …`: runs the TypeScript CLI through tsx, so there is one implementation.
import { register } from 'tsx/esm/api';

register();
process.argv.splice(1, 1, new URL('../src/cli/main.ts', import.meta.url).pathname);
await import('../src/cli/main.ts');
