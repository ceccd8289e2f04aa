// The leader's actions per flow (issue 19), beside the manual way (Randers' Excel sheet with its
// PDF macro, then Outlook and the HR system by hand). Counting needs the browser: the Chromium
// tests count every click, fill, file dialog, key and tab switch (tests/e2e/support/actions.ts)
// and write test-results/action-counts.json; this prints what is there. Alone:
// `npx vite-node bench/actions.ts` (after `flock /tmp/e2e.lock npm run test:e2e -- tests/e2e/archive-round.spec.ts`).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Counts, formatActions } from './action-table';

export const COUNTS_FILE = resolve('test-results/action-counts.json');

export function readCounts(file = COUNTS_FILE): Counts | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Counts) : null;
}

// Run alone or imported last by bench/run.ts: prints the table from the last e2e run.
const counts = readCounts();
console.log("\nThe leader's actions per flow (counted in Chromium by the e2e tests, read from test-results/action-counts.json):");
console.log(
  counts ? formatActions(counts) : 'No counts yet: run `flock /tmp/e2e.lock npm run test:e2e -- tests/e2e/archive-round.spec.ts` first.',
);
