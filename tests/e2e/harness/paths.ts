import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURE_PAGES_DIR = path.join(REPO_ROOT, 'tests/fixtures/pages');
export const CHROME_BUILD_DIR = path.join(REPO_ROOT, '.output/e2e/chrome-mv3');
export const FIREFOX_BUILD_DIR = path.join(REPO_ROOT, '.output/e2e/firefox-mv2');
export const SCREENSHOTS_DIR = path.join(REPO_ROOT, '.artifacts/screenshots');

export const CHROMIUM_EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_EXECUTABLE = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
