/**
 * Build an archive into a temporary folder, the way `npm run build` does, for tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/** Run `astro build` on a content folder; the output goes to a fresh temporary folder. */
export function buildSite(contentDir: string, env: Record<string, string> = {}): BuildResult {
  const work = mkdtempSync(path.join(tmpdir(), 'luu-tru-build-'));
  const outDir = path.join(work, 'dist');
  const run = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      ASTRO_CACHE_DIR: path.join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      ...env,
    },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir };
}

/** Write a content folder of Markdown files from a name → text map. */
export function writeContent(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'luu-tru-content-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
