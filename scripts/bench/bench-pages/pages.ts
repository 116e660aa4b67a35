import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Read-only saved real pages: <slug>/source.html (Readability's regression suite). */
export const PAGES_DIR = path.resolve(REPO_ROOT, '../shared/pages/readability');
export const ARTIFACT_FILE = path.join(REPO_ROOT, '.artifacts/bench-pages.json');

/** The page folders, sorted; empty when ../shared is absent. */
export function listPages(limit?: number): string[] {
  if (!existsSync(PAGES_DIR)) return [];
  const slugs = readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(PAGES_DIR, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort();
  return limit === undefined ? slugs : slugs.slice(0, limit);
}

export function sourceFile(slug: string): string {
  return path.join(PAGES_DIR, slug, 'source.html');
}
