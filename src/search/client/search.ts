/**
 * Entry of the search page's script (src/pages/tim-kiem/index.astro): find the page, read its
 * UI strings and start it (search-page.ts).
 */
import { SearchPage } from './search-page.ts';
import type { Strings } from './view.ts';

/** Start the search page found in the document. */
export function initSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  new SearchPage(root, strings, base).start();
}
