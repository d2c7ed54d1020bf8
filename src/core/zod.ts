/**
 * The one place Claimlens imports zod. zod/mini is tree-shakable (~18 kB instead of ~73 kB per
 * entrypoint), and `jitless` stops zod from probing `new Function`, which strict page and
 * extension CSPs would log as violations.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
