import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest stays minimal: no host permissions are shipped beyond the overlays'
// own hosts; hosts a leader adds are asked for at run time (optional_host_permissions).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: ({ mode }) => {
    // Test builds (browser tests, benchmark) must run production library code: Vite picks a
    // package's "development" export (e.g. xstate's, 2-3x slower) unless NODE_ENV is production.
    if (mode === 'test') process.env.NODE_ENV = 'production';
    return { plugins: [preact()], build: { sourcemap: false } };
  },
  hooks: {
    // The testkit page seeds data for browser tests and the benchmark; users never get it.
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.mode === 'test') return;
      for (const entrypoint of entrypoints) if (entrypoint.name === 'testkit') entrypoint.skipped = true;
    },
  },
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'da',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'scripting', 'notifications'],
    // Webmail hosts a leader adds (e.g. https://mail.<kommune>.dk): asked for one by one, at run time.
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    // The overlay iframe is shown inside webmail pages, whose hosts include ones added at run time.
    web_accessible_resources: [{ resources: ['overlay.html', 'personnel.html'], matches: ['<all_urls>'] }],
    action: { default_title: 'TUS-assistent' },
    // The extension's options open the dashboard, where teams and settings live.
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    // Test builds hold localhost already, so the browser tests' "add a host" gets no prompt
    // (headless Chromium cannot answer one); everything after the prompt runs as in production.
    ...(mode === 'test' ? { host_permissions: ['http://localhost/*'] } : {}),
    // Firefox requires an id and a statement of data collection: none leaves the machine.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'tus-assistent@tus-assistent.dk', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
