/**
 * Entry of the search page's script (src/pages/tim-kiem/index.astro): find the page, read its
 * UI strings and start it (search-page.ts).
 */
import { MANIFEST_ATTRIBUTE, type ShardManifest } from '../contract.ts';
import { SearchPage } from './search-page.ts';
import type { Strings } from './view.ts';

/**
 * The shard manifest the index step wrote into the page (its first batch: shard-batches.ts), or
 * null (not filled, not a list, or an archive size that is not one).
 * @example readInlineManifest('{"version":1,"shards":[{"name":"2024","pages":3,"oldest":"2024"}]}') // the manifest
 */
export function readInlineManifest(text: string | null | undefined): ShardManifest | null {
  try {
    const value = JSON.parse(text ?? 'null') as Partial<ShardManifest> | null;
    if (!value || !Array.isArray(value.shards) || value.shards.length === 0) return null;
    const whole = value.whole;
    if (whole !== undefined && !(Number.isInteger(whole?.pages) && Number.isInteger(whole?.shards))) return null;
    return value as ShardManifest;
  } catch {
    return null;
  }
}

/** Start the search page found in the document. */
export function initSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  const manifest = readInlineManifest(
    document.querySelector(`[${MANIFEST_ATTRIBUTE}]`)?.getAttribute(MANIFEST_ATTRIBUTE),
  );
  new SearchPage(root, strings, base, manifest).start();
}
