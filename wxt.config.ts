import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest stays minimal: no host permissions are shipped beyond the overlays'
// own hosts; hosts a leader adds are asked for at run time (optional_host_permissions).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: false },
  }),
  hooks: {
    // The testkit page seeds data for browser tests and the benchmark; users never get it.
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.mode === 'test') return;
      for (const entrypoint of entrypoints) if (entrypoint.name === 'testkit') entrypoint.skipped = true;
    },
  },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'da',
    permissions: ['storage', 'unlimitedStorage', 'alarms'],
    action: { default_title: 'TUS-assistent' },
    // The extension's options open the dashboard, where teams and settings live.
    options_ui: { page: 'dashboard.html', open_in_tab: true },
  },
});
