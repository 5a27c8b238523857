/**
 * Merging a partial build into the previous output: the pages of removed documents are
 * deleted, every file the partial build wrote replaces its older copy, and every other file
 * is kept. The sitemap, which a partial build writes for its own pages only, is written again
 * for the whole site by the sitemap integration itself (sitemap.ts).
 *
 * Node only (files).
 */
import { cpSync, existsSync, lstatSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { INDEX_DIR } from '../search/contract.ts';

/** Astro's bundled scripts and styles, named by content hash. */
export const ASSETS_DIR = '_astro';

/** Is this file one of the sitemap's (sitemap-index.xml, sitemap-0.xml, …)? */
export const isSitemapFile = (file: string): boolean => /^sitemap-[\w-]+\.xml$/.test(file);

/**
 * Every file under a folder, relative to it with "/" separators, sorted.
 * @example listFiles('dist') // ['404.html', '_astro/Base.y9708bdW.css', …]
 */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Do two builds have the same bundled assets? Their names carry a hash of their content, so
 * equal names mean equal files; different ones (Tailwind found a new class, say) mean every
 * kept page links to assets the new build does not have, and only a full build is right.
 */
export function sameAssets(partial: string, dist: string): boolean {
  const a = listFiles(path.join(partial, ASSETS_DIR));
  const b = listFiles(path.join(dist, ASSETS_DIR));
  return a.length === b.length && a.every((f, i) => f === b[i]);
}

/** Remove a file and the folders it leaves empty, up to `root`. */
function removeFile(root: string, file: string): void {
  rmSync(path.join(root, file), { force: true });
  let dir = path.dirname(path.join(root, file));
  while (dir.startsWith(root + path.sep) && readdirSync(dir).length === 0) {
    rmdirSync(dir);
    dir = path.dirname(dir);
  }
}

/** Move a file or folder to a path that has none; a copy where a rename cannot cross file systems. */
function moveEntry(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
  }
}

/**
 * Move everything under `from` into `to`: a folder `to` lacks in one rename, a folder it has
 * entry by entry, a file over its copy. Moving file by file (with a mkdir each) took most of
 * the 44 s between the last page and the index on a 100,000-document build; the two parts of a
 * full build and an incremental build's changed pages mostly bring whole page folders.
 */
function moveTree(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    const existing = lstatSync(target, { throwIfNoEntry: false });
    if (entry.isDirectory() && existing?.isDirectory()) {
      moveTree(source, target);
      continue;
    }
    if (existing && (entry.isDirectory() || existing.isDirectory())) rmSync(target, { recursive: true, force: true });
    moveEntry(source, target);
  }
}

/**
 * Merge the partial build `partial` into `dist`: move every file of `partial` except the
 * sitemap's over its copy in `dist` (emptying `partial`), then delete each of the previous build's files
 * (`previous`, from its manifest) that is neither written now nor the output of a kept page:
 * the pages of removed documents, their feeds, JSON and CSV, and whatever page the pages
 * rendered on every build no longer write. The search index (`pagefind/`) is left to the
 * indexing step that follows. Returns the files written.
 */
export function mergeOutput(
  partial: string,
  dist: string,
  previous: Iterable<string>,
  kept: Iterable<string>,
): string[] {
  for (const file of readdirSync(dist)) if (isSitemapFile(file)) rmSync(path.join(dist, file));
  const files = listFiles(partial).filter((f) => !isSitemapFile(f));
  for (const file of readdirSync(partial)) if (isSitemapFile(file)) rmSync(path.join(partial, file));
  moveTree(partial, dist);
  const current = new Set([...files, ...kept]);
  for (const file of previous) {
    if (!current.has(file) && !file.startsWith(`${INDEX_DIR}/`)) removeFile(dist, file);
  }
  return files;
}

/**
 * The files of a build's output that are not a filtered route's (`routes`), the sitemap's or
 * the search index's: the manifest's `others`.
 * @example otherFiles(['404.html', 'van-ban/a/index.html', 'sitemap-0.xml'], { 'van-ban/a/index.html': e }) // ['404.html']
 */
export function otherFiles(files: Iterable<string>, routes: Record<string, unknown>): string[] {
  return [...files]
    .filter((f) => !Object.hasOwn(routes, f) && !isSitemapFile(f) && !f.startsWith(`${INDEX_DIR}/`))
    .sort();
}
