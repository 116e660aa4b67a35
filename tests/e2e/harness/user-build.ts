import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface CopiedBuild {
  dir: string;
  remove(): Promise<void>;
}

/**
 * A copy of a Chrome test build with the permissions users get: its manifest loses the 127.0.0.1 host
 * permission that test builds carry, so the extension can read a page only after a click (activeTab).
 */
export async function copyWithoutHostPermissions(buildDir: string): Promise<CopiedBuild> {
  const dir = await mkdtemp(path.join(tmpdir(), 'crosscheck-user-build-'));
  await cp(buildDir, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
  delete manifest.host_permissions;
  delete manifest.optional_host_permissions;
  await writeFile(manifestPath, JSON.stringify(manifest));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
