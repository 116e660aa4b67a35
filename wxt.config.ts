import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// End-to-end tests cannot press the toolbar button in Firefox, so the test build (and only it) may read
// pages served on 127.0.0.1. Builds that users install never carry a host permission.
const e2eHostPermissions = process.env.CROSSCHECK_E2E === '1' ? ['http://127.0.0.1/*'] : [];

export default defineConfig({
  // Test builds carry the extra host permission, so they never share a folder with the real builds.
  outDir: process.env.CROSSCHECK_E2E === '1' ? '.output/e2e' : '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Crosscheck',
    description:
      'Compares the news article you are reading with reference coverage, entirely inside your browser.',
    // MV2 (Firefox) lists host permissions with the others; MV3 (Chrome) apart.
    permissions: ['activeTab', 'scripting', 'storage', ...(browser === 'firefox' ? e2eHostPermissions : [])],
    ...(browser !== 'firefox' && e2eHostPermissions.length > 0
      ? { host_permissions: e2eHostPermissions }
      : {}),
    // Asked for one site at a time, only when the reader turns on auto-analysis for it (options page).
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'crosscheck@crosscheck.local',
              // data_collection_permissions ("none": nothing leaves the browser) needs Firefox 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learnt data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
