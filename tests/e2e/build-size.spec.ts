import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The production build is what users get, so its sizes are what count: this builds it here
// (about 10 s) rather than reading the test build, whose extra pages (testkit, the benchmark's
// floors) change how Rollup splits the shared code into chunks.
const OUT = '.output/chrome-mv3';
const KB = 1000;
// The limits, and our own for the worker's main script: the wiring alone (listeners, the
// message check, the panel registry), about 17 KB when this was written.
const LIMITS = { background: 150 * KB, chunk: 100 * KB, workerWiring: 30 * KB };
/** Code only these libraries contain (jsPDF's optional dependencies, for html() and SVG). */
const UNUSED = { html2canvas: 'html2canvas-container', canvg: 'luminanceToAlpha', DOMPurify: 'uponSanitizeElement' };

let files: { path: string; bytes: number; text: string }[] = [];
const file = (path: string) => files.find((f) => f.path === path)!;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

beforeAll(() => {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'pipe' });
  files = listFiles(OUT)
    .filter((p) => p.endsWith('.js') || p.endsWith('.html') || p.endsWith('.json'))
    .map((p) => ({ path: relative(OUT, p), bytes: statSync(p).size, text: readFileSync(p, 'utf8') }));
}, 180_000);

describe('the production build', () => {
  it(`has a service worker under ${LIMITS.background / KB} KB, its wiring alone, the rest in lazy scripts that hold only what the worker runs`, () => {
    const background = file('background.js');
    expect(background.bytes).toBeLessThan(LIMITS.background);
    // Chrome streams the main script and every lazy one to the worker at every wake (docs/architecture.md).
    expect(background.bytes).toBeLessThan(LIMITS.workerWiring);
    expect(background.text).not.toContain('DexieError');
    expect(background.text).not.toContain('xstate.init');
    expect(background.text).not.toContain('This script should only be loaded in a browser extension');
    // Its lazy scripts hold them instead (lib/browser/worker-lazy/load.ts), and the panels' handlers.
    expect(file('worker-db.js').text).toContain('DexieError');
    expect(file('worker-machines.js').text).toContain('xstate.init');
    expect(file('worker-work.js').text).toContain('consent.error.noMail');
    expect(background.text).not.toContain('consent.error.noMail');
    const worker = files.filter((f) => f.path === 'background.js' || f.path.startsWith('worker-'));
    expect(worker.map((f) => f.path).sort()).toEqual([
      'background.js',
      'worker-db.js',
      'worker-machines.js',
      'worker-replies.js',
      'worker-work.js',
    ]);
    for (const f of worker) {
      // Calendar files are made in the pages: the ics library (with yup, about 65 KB) is no worker's.
      expect(f.text, f.path).not.toContain('PRODID:');
      // The worker shows the reminders' texts alone, not the catalogs (lib/browser/worker-lazy/i18n-da.ts).
      // (The build writes æ, ø and å as escapes: these texts are ASCII.)
      expect(f.text, f.path).not.toContain('Send invitation med sp');
      expect(f.text, f.path).not.toContain('Plan the session (date and place)');
    }
    expect(file('worker-work.js').text).toContain('Samtykke mangler');
    expect(file('worker-work.js').text).toContain('Follow-up meeting soon');
  });

  it(`has no other script over ${LIMITS.chunk / KB} KB but jsPDF's and those holding Dexie (the pages' chunk, the worker's script)`, () => {
    const scripts = files.filter((f) => f.path.endsWith('.js') && f.path !== 'background.js');
    const dexie = scripts.filter((f) => f.text.includes('DexieError'));
    const jspdf = scripts.filter((f) => /^chunks\/jspdf\.[^/]*\.js$/.test(f.path));
    expect(dexie.map((f) => f.path).sort()).toEqual([expect.stringMatching(/^chunks\//), 'worker-db.js']);
    expect(jspdf).toHaveLength(1);
    const over = scripts.filter((f) => f.bytes >= LIMITS.chunk && !dexie.includes(f) && !jspdf.includes(f));
    expect(over.map((f) => `${f.path} ${f.bytes} B`)).toEqual([]);
    expect(scripts.length).toBeGreaterThan(10);
  });

  it("has content scripts that use Chrome's own API, without the polyfill (10 KB on every webmail page)", () => {
    const contentScripts = files.filter((f) => f.path.startsWith('content-scripts/') && f.path.endsWith('.js'));
    expect(contentScripts.map((f) => f.path).sort()).toEqual(['content-scripts/personnel-file.js', 'content-scripts/webmail.js']);
    for (const f of contentScripts) expect(f.text, f.path).not.toContain('This script should only be loaded in a browser extension');
  });

  it("holds no html2canvas, canvg or DOMPurify: jsPDF's import of them gets a stand-in that fails", () => {
    for (const [library, marker] of Object.entries(UNUSED)) {
      expect(
        files.filter((f) => f.text.includes(marker)).map((f) => f.path),
        library,
      ).toEqual([]);
    }
    expect(files.some((f) => f.text.includes("jsPDF's html() and SVG support"))).toBe(true);
  });

  // Vitest runs this with NODE_ENV=test, as a shell with NODE_ENV=development would: the build must not
  // then take Preact's development JSX, which names every element's source file by its absolute path
  // (a longer checkout path made a chunk 100 KB on another machine, and it tells users where we built).
  it('is a production build whatever NODE_ENV the shell has: no source paths in it', () => {
    expect(process.env.NODE_ENV).toBe('test');
    expect(files.filter((f) => f.text.includes(process.cwd())).map((f) => f.path)).toEqual([]);
    expect(files.filter((f) => f.text.includes('jsxDEV')).map((f) => f.path)).toEqual([]);
  });

  it("ships neither the testkit nor the benchmark's floors", () => {
    expect(files.filter((f) => /(^|\/)(testkit|bench-)/.test(f.path)).map((f) => f.path)).toEqual([]);
    expect(JSON.parse(file('manifest.json').text)).not.toHaveProperty('host_permissions');
  });
});
