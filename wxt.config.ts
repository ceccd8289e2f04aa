import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

/**
 * The Chrome service worker parses all it holds at every wake. In its build these modules are
 * replaced (keys are paths from the project root): the work beyond its wiring, the database, XState
 * with the machines, SHA-256 and the reading of consent replies by stand-ins for more scripts, loaded
 * when an event needs them (lib/browser/worker-lazy/load.ts); the message tables by the reminders'
 * texts alone. The work's own script (worker-work) is built with the other stand-ins, so each library
 * is in one script only.
 */
const WORKER_STAND_INS: Record<string, string> = {
  'lib/browser/worker-work.ts': 'lib/browser/worker-lazy/worker-work.ts',
  'machines/cycle.machine.ts': 'lib/browser/worker-lazy/cycle.machine.ts',
  'machines/pure-step.ts': 'lib/browser/worker-lazy/pure-step.ts',
  'node_modules/@noble/hashes/sha2.js': 'lib/browser/worker-lazy/noble-sha2.ts',
  'lib/i18n/da.ts': 'lib/browser/worker-lazy/i18n-da.ts',
  'lib/i18n/en.ts': 'lib/browser/worker-lazy/i18n-en.ts',
  'lib/messaging/message.ts': 'lib/browser/worker-lazy/message.ts',
  'lib/consent/classify.ts': 'lib/browser/worker-lazy/consent-classify.ts',
  'lib/browser/db.ts': 'lib/browser/worker-lazy/browser-db.ts',
  'node_modules/dexie/dist/modern/dexie.mjs': 'lib/browser/worker-lazy/dexie.ts',
};
/** The worker and the content scripts (Chrome) use Chrome's own API, less the polyfill (lib/browser/chrome-api.ts). */
const CHROME_API: Record<string, string> = {
  'node_modules/@wxt-dev/webextension-polyfill/dist/browser.mjs': 'lib/browser/chrome-api.ts',
};
const STAND_IN_DIRS = ['/lib/browser/worker-lazy/', '/lib/browser/chrome-api.ts'];
const standIns = (map: Record<string, string>): Plugin => ({
  name: 'tus-stand-ins',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!importer || STAND_IN_DIRS.some((dir) => importer.includes(dir))) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    const standIn = resolved && map[relative(ROOT, resolved.id)];
    return standIn ? resolve(ROOT, standIn) : null;
  },
});
/** Chrome MV3: the background is a service worker. Firefox's is an event page that keeps it all, and keeps the polyfill. */
let chromeMv3 = true;

// The manifest stays minimal: no host permissions are shipped beyond the overlays'
// own hosts; hosts a leader adds are asked for at run time (optional_host_permissions).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The Firefox store's sources zip: what builds the add-on, not the tests, their results and screenshots,
  // or the benchmark and the test builds' pages (hidden files, node_modules, specs and .output are left out by
  // WXT already; of a skipped entrypoint folder only its index.html).
  zip: {
    excludeSources: [
      'test-results/**',
      'tests/**',
      'bench/**',
      'coverage/**',
      '*.log',
      '*.zip',
      'entrypoints/testkit/**',
      'entrypoints/bench-*',
      'entrypoints/bench-*/**',
      // Pictures of documents for the next engineer (docs/), not needed to build.
      'docs/**/*.png',
    ],
  },
  vite: ({ mode }) => {
    // Every build but the dev server's is production code, whatever NODE_ENV the shell or Vitest has:
    // otherwise Vite picks a package's "development" export (e.g. xstate's, 2-3x slower) and Preact's
    // development JSX, which names each element's source file by its absolute path.
    if (mode !== 'development') process.env.NODE_ENV = 'production';
    return {
      plugins: [preact()],
      // Dexie's ES module build for current browsers. Its default entry wraps the ES5 UMD build
      // (to keep one copy where both require and import load it; ours only imports), 12 KB more.
      resolve: {
        alias: [
          { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' },
          // jsPDF's optional dependencies, for html() and SVG only: never called (tests/e2e/build-size.spec.ts).
          { find: /^(html2canvas|canvg|dompurify)$/, replacement: resolve(ROOT, 'lib/pdf/jspdf-unused.ts') },
        ],
      },
      build: { sourcemap: false },
    };
  },
  hooks: {
    'entrypoints:resolved': (wxt, entrypoints) => {
      chromeMv3 = wxt.config.browser !== 'firefox' && wxt.config.manifestVersion === 3;
      for (const entrypoint of entrypoints) {
        // The testkit page seeds data for browser tests and the benchmark, and the bench-* pages and
        // scripts are the benchmark's floors (bench/run.ts); users never get them.
        if (wxt.config.mode !== 'test' && (entrypoint.name === 'testkit' || entrypoint.name.startsWith('bench-')))
          entrypoint.skipped = true;
        if (!chromeMv3 && entrypoint.name.startsWith('worker-')) entrypoint.skipped = true;
      }
    },
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!chromeMv3) return;
      const plugins = (viteConfig.plugins ??= []);
      if (entrypoints.some((e) => e.type === 'background')) plugins.unshift(standIns({ ...WORKER_STAND_INS, ...CHROME_API }));
      if (entrypoints.some((e) => e.name === 'worker-work')) {
        const { 'lib/browser/worker-work.ts': _itself, ...others } = WORKER_STAND_INS;
        plugins.unshift(standIns({ ...others, ...CHROME_API }));
      }
      if (entrypoints.some((e) => e.type === 'content-script')) plugins.unshift(standIns(CHROME_API));
    },
  },
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'da',
    // Each is used by a call in the build (tests/e2e/packages.spec.ts compares them): storage (storage.session,
    // the panels' nonces), alarms (reminders), scripting (content scripts for hosts a leader adds), notifications
    // (reminders). unlimitedStorage is no API: it keeps the browser from evicting the IndexedDB database (teams,
    // the logs, the IKU PDFs) under storage pressure, which would lose the leader's only copy.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'scripting', 'notifications'],
    // Webmail hosts a leader adds (e.g. https://mail.<kommune>.dk): asked for one by one, at run time.
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    // The overlay iframe is shown inside webmail pages, whose hosts include ones added at run time.
    // Chrome: only through the per-session dynamic URL, so a page where we mount nothing cannot
    // probe for the extension. Firefox does not know the key (its extension URLs are per install).
    web_accessible_resources: [
      {
        resources: ['overlay.html', 'personnel.html'],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    action: { default_title: 'TUS-assistent' },
    // The extension's options open the dashboard, where teams and settings live.
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    // Test builds hold localhost already, so the browser tests' "add a host" gets no prompt
    // (headless Chromium cannot answer one); everything after the prompt runs as in production.
    ...(mode === 'test' ? { host_permissions: ['http://localhost/*'] } : {}),
    // Firefox requires an id and a statement of data collection: none leaves the machine.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'tus-assistent@tus-assistent.dk', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
