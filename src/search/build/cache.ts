/**
 * The shard cache: a shard's Pagefind files kept under its digest, so an unchanged shard is
 * taken from the cache on the next build instead of being indexed again; entries unused for
 * a few days are removed.
 *
 * Node only (files).
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/** Cache entries unused for this long are removed. */
export const CACHE_DAYS = 3;

/** Hard-link a file where possible (no copy), else copy it (another file system, no links). */
export function linkOrCopy(src: string, dst: string): void {
  try {
    linkSync(src, dst);
  } catch {
    copyFileSync(src, dst);
  }
}

/** Put a folder's files into another: hard links where possible, else copies. */
export function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(src, dst);
    else linkOrCopy(src, dst);
  }
}

/** Remove unfinished entries, and entries not in `keep` unused for CACHE_DAYS. */
export function pruneCache(cache: string, keep: Set<string>, now = Date.now()): void {
  const limit = now - CACHE_DAYS * 86_400_000;
  for (const entry of readdirSync(cache)) {
    const p = path.join(cache, entry);
    if (entry.includes('.tmp-') || (!keep.has(entry) && statSync(p).mtimeMs < limit))
      rmSync(p, { recursive: true, force: true });
  }
}
