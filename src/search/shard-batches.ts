/**
 * Batches of the shard manifest: a search reads the newest shards first, as many as fit in
 * SHARD_PAGES pages, and older batches when the reader asks. The search page carries the first
 * batch only (its head: `manifestHead`), with the archive's size for the status line; the whole
 * list (SHARD_MANIFEST) is fetched when an older batch is asked for. At 100,000 documents the
 * whole list is 250 shards, 5.8 KB of the page's gzip bytes, read by no first search.
 *
 * Pure: used by the index step and in the browser.
 */
import { SHARD_PAGES, type ManifestShard, type ShardManifest } from './contract.ts';

/**
 * Index of the shard after the batch that starts at `from`: at least one shard, then as many
 * as fit in `limit` pages.
 * @example batchEnd([{ name: 'a', pages: 2000, oldest: '' }, { name: 'b', pages: 2000, oldest: '' }], 0) === 1
 */
export function batchEnd(shards: ManifestShard[], from: number, limit = SHARD_PAGES): number {
  let pages = 0;
  let end = from;
  while (end < shards.length && (end === from || pages + shards[end]!.pages <= limit)) pages += shards[end++]!.pages;
  return end;
}

/** Pages in the given shards. */
const pagesOf = (shards: ManifestShard[]): number => shards.reduce((n, s) => n + s.pages, 0);

/**
 * The manifest's first batch, with the whole archive's size; a manifest of one batch as it is.
 * @example manifestHead({ version: 1, shards: [a400, b400] }) // { version: 1, shards: [a400], whole: { pages: 800, shards: 2 } }
 */
export function manifestHead(manifest: ShardManifest, limit = SHARD_PAGES): ShardManifest {
  const end = batchEnd(manifest.shards, 0, limit);
  if (end >= manifest.shards.length) return { version: manifest.version, shards: manifest.shards };
  const pages = pagesOf(manifest.shards);
  return {
    version: manifest.version,
    shards: manifest.shards.slice(0, end),
    whole: { pages, shards: manifest.shards.length },
  };
}

/**
 * Does the manifest list every shard (not a page's head)?
 * @example listsEveryShard({ version: 1, shards: [a], whole: { pages: 9, shards: 3 } }) === false
 */
export function listsEveryShard(manifest: ShardManifest): boolean {
  return !manifest.whole || manifest.whole.shards <= manifest.shards.length;
}

/** How much of the archive a search has covered. */
export interface Coverage {
  searched: number;
  total: number;
  /** Oldest year in the shards searched. */
  oldestYear: string;
}

/**
 * Pages searched with the first `loaded` shards, of all (`manifest` lists at least those).
 * @example coverageOf({ version: 1, shards: [{ name: '2024', pages: 3, oldest: '2024' }, { name: '2019', pages: 2, oldest: '2019' }] }, 1) // { searched: 3, total: 5, oldestYear: '2024' }
 */
export function coverageOf(manifest: ShardManifest, loaded: number): Coverage {
  const searched = manifest.shards.slice(0, loaded);
  return {
    searched: pagesOf(searched),
    total: manifest.whole?.pages ?? pagesOf(manifest.shards),
    oldestYear: searched.at(-1)?.oldest ?? '',
  };
}
