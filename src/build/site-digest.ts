/**
 * The site digest: what every page depends on besides its own inputs. The code, templates,
 * styles and translations (src/), the static files (public/), the configuration and the
 * locked dependency versions, the Node version and the settings that change every URL
 * (BASE_PATH, SITE_URL) or the archive read (CONTENT_DIR). When it changes, every page is
 * rendered again.
 *
 * Node only (reads files).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Folders whose every file is part of the site digest, relative to the project root. */
export const SITE_FOLDERS = ['src', 'public'];
/** Single files part of the site digest. */
export const SITE_FILES = [
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'scripts/build.ts',
];
/** Environment variables part of the site digest. */
export const SITE_ENV = ['BASE_PATH', 'SITE_URL'];

/** Every file under a folder, relative to `root`, sorted. */
function filesUnder(root: string, folder: string): string[] {
  const dir = path.join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * The site digest of the project at `root` under the environment `env` (see the module comment).
 * @example computeSiteDigest(process.cwd(), process.env).length === 32
 */
export function computeSiteDigest(root: string, env: Record<string, string | undefined>): string {
  const hash = createHash('sha256');
  const files = [
    ...SITE_FOLDERS.flatMap((f) => filesUnder(root, f)),
    ...SITE_FILES.filter((f) => existsSync(path.join(root, f))),
  ];
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(path.join(root, file)))
      .update('\0');
  for (const name of SITE_ENV) hash.update(`${name}=${env[name] ?? ''}\0`);
  hash.update(`CONTENT_DIR=${path.resolve(root, env['CONTENT_DIR'] || 'content')}\0node=${process.version}`);
  return hash.digest('hex').slice(0, 32);
}
