import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';

// What a store and an IT department get: `npm run zip` makes the Chrome and Firefox packages from
// production builds, and for Firefox's review the sources. Built here (about a minute) because
// the other browser tests use the test builds.
const OUT = '.output';
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const zipPath = (kind: string) => join(OUT, `tus-assistent-${VERSION}-${kind}.zip`);

/** A zip's entry names, without inflating anything. */
function entries(path: string): string[] {
  const names: string[] = [];
  unzipSync(readFileSync(path), {
    filter: (file) => {
      names.push(file.name);
      return false;
    },
  });
  return names;
}

function scripts(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.js') && statSync(join(dir, p)).isFile())
    .map((p) => readFileSync(join(dir, p), 'utf8'))
    .join('\n');
}

/** API namespaces that need a permission, and how a call to each looks in the minified build. */
const API_PERMISSIONS: Record<string, RegExp> = {
  storage: /\.storage\.(local|session|sync|managed|onChanged)\b/,
  alarms: /\.alarms\.(create|get|getAll|clear|clearAll|onAlarm)\b/,
  scripting: /\.scripting\.(registerContentScripts|unregisterContentScripts|getRegisteredContentScripts|executeScript|insertCSS)\b/,
  notifications: /\.notifications\.(create|clear|update|getAll|onClicked|onClosed)\b/,
  tabs: /\.tabs\.(executeScript|captureVisibleTab)\b/,
  downloads: /\.downloads\.(download|search|open)\b/,
  cookies: /\.cookies\.(get|getAll|set|remove)\b/,
  history: /\.history\.(search|addUrl|deleteUrl)\b/,
  bookmarks: /\.bookmarks\.(get|getTree|create|search)\b/,
  contextMenus: /\.contextMenus\.(create|update|remove)\b/,
  webRequest: /\.webRequest\.on[A-Z]/,
  declarativeNetRequest: /\.declarativeNetRequest\.(updateDynamicRules|updateSessionRules)\b/,
  identity: /\.identity\.(getAuthToken|launchWebAuthFlow)\b/,
  offscreen: /\.offscreen\.createDocument\b/,
};
/** Permissions that are no API call, each with its reason (also in wxt.config.ts and README's IT section). */
const NOT_AN_API: Record<string, string> = {
  unlimitedStorage: 'keeps the browser from evicting the IndexedDB database under storage pressure',
};

const run = promisify(execFile);

// Not execFileSync: a minute's block starves Vitest's worker channel.
beforeAll(() => run('npm', ['run', 'zip']), 300_000);

describe('the packages', () => {
  it('are a Chrome zip, a Firefox zip and a sources zip with no build output, test results or screenshots', () => {
    for (const browser of ['chrome', 'firefox']) expect(entries(zipPath(browser))).toContain('manifest.json');
    const sources = entries(zipPath('sources'));
    expect(sources).toEqual(
      expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'entrypoints/background/index.ts']),
    );
    const unwanted = sources.filter(
      (name) =>
        /^(\.output|test-results|node_modules|tests|bench|coverage|\.wxt)\//.test(name) ||
        (/\.(png|jpe?g|webm|zip)$/i.test(name) && !name.startsWith('public/icon/')) ||
        /^entrypoints\/(testkit|bench-)/.test(name),
    );
    expect(unwanted).toEqual([]);
  });

  for (const browser of ['chrome-mv3', 'firefox-mv3']) {
    it(`ask (${browser}) only for permissions that the build's code uses, and every permission it uses`, () => {
      const manifest = JSON.parse(readFileSync(join(OUT, browser, 'manifest.json'), 'utf8')) as { permissions: string[] };
      const code = scripts(join(OUT, browser));
      const used = Object.entries(API_PERMISSIONS)
        .filter(([, call]) => call.test(code))
        .map(([permission]) => permission);
      const asked = manifest.permissions.filter((p) => !(p in NOT_AN_API));
      expect(asked.sort()).toEqual(used.sort());
      expect(manifest.permissions.filter((p) => p in NOT_AN_API)).toEqual(['unlimitedStorage']);
      // No host is asked for up front: webmail hosts a leader adds are optional, one by one.
      expect(manifest).not.toHaveProperty('host_permissions');
    });
  }

  it('passes web-ext lint for Firefox, but for two innerHTML writes in library code that never runs', async () => {
    // web-ext exits non-zero on errors only; its JSON report is read either way.
    const lint = await run('npx', [
      'web-ext',
      'lint',
      '--source-dir',
      join(OUT, 'firefox-mv3'),
      '--output',
      'json',
      '--no-config-discovery',
    ]).catch((e: { stdout: string }) => e);
    const report = JSON.parse(lint.stdout) as Record<'errors' | 'warnings' | 'notices', { code: string; file: string; message: string }[]>;
    expect(report.errors).toEqual([]);
    expect(report.notices).toEqual([]);
    // Justified: Preact's renderer holds the dangerouslySetInnerHTML branch (oxlint forbids using it in our
    // code), and jsPDF's html() writes innerHTML through DOMPurify, which the build replaces by a stand-in
    // that throws (lib/pdf/jspdf-unused.ts; tests/e2e/build-size.spec.ts checks it is absent).
    expect(report.warnings.map((w) => `${w.code} ${w.file.replace(/-[\w-]{8}\.js$/, '.js')}`).sort()).toEqual([
      'UNSAFE_VAR_ASSIGNMENT chunks/jspdf.es.min.js',
      'UNSAFE_VAR_ASSIGNMENT chunks/use-t.js',
    ]);
  }, 60_000);
});
