// The architecture rules (.dependency-cruiser.cjs) run in `npm run lint`; a rule that silently
// stops matching (a wrong path, an excluded folder) would pass forever. This runs the project's
// own configuration over a small made-up project that breaks each rule once.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { strict: true, module: 'ESNext', moduleResolution: 'Bundler', jsx: 'react-jsx', jsxImportSource: 'preact' },
  }),
  // lib/a → lib/b and lib/b → lib/a, through different files: no file cycle, a folder cycle.
  'lib/a/uses-b.ts': "import { b } from '../b/plain';\nexport const a = b;\n",
  'lib/a/plain.ts': 'export const w = 1;\n',
  'lib/b/plain.ts': 'export const b = 2;\n',
  'lib/b/uses-a.ts': "import { w } from '../a/plain';\nexport const z = w;\n",
  // A file cycle through type-only imports.
  'machines/p.ts': "import type { Q } from './q';\nexport type P = { q?: Q };\n",
  'machines/q.ts': "import type { P } from './p';\nexport type Q = { p?: P };\n",
  // lib/db and Dexie from a component, a type import included.
  'lib/db/database.ts': 'export interface TusDb { name: string }\n',
  'components/View.tsx':
    "import type { TusDb } from '../lib/db/database';\nexport const View = (p: { db: TusDb }) => <p>{p.db.name}</p>;\n",
  'components/use-query.ts': "import { liveQuery } from 'dexie';\nexport const q = liveQuery;\n",
  // Allowed: lib/c uses lib/db one way, a component uses lib/c.
  'lib/c/store.ts': "import type { TusDb } from '../db/database';\nexport const nameOf = (db: TusDb) => db.name;\n",
  'components/Name.tsx': "import { nameOf } from '../lib/c/store';\nexport const Name = () => <p>{nameOf({ name: 'x' })}</p>;\n",
};

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
  cycle?: { name: string }[];
}

let dir: string;
let violations: Violation[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'depcruise-rules-'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      '--config',
      join(ROOT, '.dependency-cruiser.cjs'),
      '--output-type',
      'json',
      'lib',
      'machines',
      'components',
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  violations = (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}, 30_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const named = (rule: string) => violations.filter((v) => v.rule.name === rule);

describe('architecture rules', () => {
  it('finds a folder cycle in lib/ that no file cycle shows', () => {
    expect(
      named('no-folder-cycles')
        .map((v) => [v.from, v.to])
        .sort(),
    ).toEqual([
      ['lib/a', 'lib/b'],
      ['lib/b', 'lib/a'],
    ]);
  });

  it('finds a file cycle made of type-only imports (reported once)', () => {
    const [cycle, ...more] = named('no-file-cycles');
    expect(more).toEqual([]);
    expect([cycle?.from, ...(cycle?.cycle ?? []).map((c) => c.name)].sort()).toEqual(['machines/p.ts', 'machines/p.ts', 'machines/q.ts']);
  });

  it('keeps components away from lib/db and Dexie, type imports included', () => {
    expect(
      named('components-not-db')
        .map((v) => v.from)
        .sort(),
    ).toEqual(['components/View.tsx', 'components/use-query.ts']);
  });

  it('flags nothing else', () => {
    expect(violations).toHaveLength(5);
  });
});
