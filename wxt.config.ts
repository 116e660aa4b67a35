import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// End-to-end tests cannot press the toolbar button in Firefox, so the test build (and only it) may read
// pages served on 127.0.0.1. Builds that users install never carry a host permission.
const e2eHostPermissions = process.env.CROSSCHECK_E2E === '1' ? ['http://127.0.0.1/*'] : [];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Crosscheck',
    description:
      'Compares the news article you are reading with reference coverage, entirely inside your browser.',
    permissions: ['activeTab', 'scripting', 'storage'],
    ...(e2eHostPermissions.length > 0
      ? browser === 'firefox'
        ? { permissions: ['activeTab', 'scripting', 'storage', ...e2eHostPermissions] }
        : { host_permissions: e2eHostPermissions }
      : {}),
    action: { default_title: 'Crosscheck this article' },
    browser_action: { default_title: 'Crosscheck this article' },
    browser_specific_settings: {
      gecko: {
        id: 'crosscheck@crosscheck.local',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
