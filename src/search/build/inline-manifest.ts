/**
 * The shard manifest written into the search page, and a script that preloads the newest
 * shard (issue 14, first results within 500 ms). With the manifest fetched at run time, the
 * browser learns the newest shard's name only after the page's script has run and a round
 * trip more, and only then starts on Pagefind's files, one after the other. Written into the
 * page's HTML, the manifest is there with the page; and a small script of the index
 * (PRELOAD_FILE, loaded async by the page: the site's CSP allows no inline script) asks the
 * browser for the newest shard's files while it parses the page, side by side with the page's
 * own script. It does so only for a page opened on a query without digits: a number query is
 * answered from the number index and must not pay for Pagefind (at most 60 KB), and a query
 * without a digit is never one.
 *
 * The search page renders an empty slot (src/pages/tim-kiem/index.astro): a hidden element
 * whose MANIFEST_ATTRIBUTE is "null" (an attribute, not a JSON script: the site's pages carry
 * no inline script of any kind). The index step writes the manifest's JSON into it on every
 * build; an earlier fill (a page kept by an incremental build) is replaced.
 *
 * Pure: strings in, strings out.
 */
import { MANIFEST_ATTRIBUTE, type ManifestShard, type ShardManifest } from '../contract.ts';
import { ENTRY_FILE } from './index-chunks.ts';

/** The slot's attribute and its value. */
const SLOT = new RegExp(`(\\s${MANIFEST_ATTRIBUTE}=)"[^"]*"`);

/** The newest shard's files Pagefind fetches before its first search. */
export interface ShardStart {
  /** Pagefind's metadata file in the shard folder, e.g. "pagefind.vi_1f49d334f9.pf_meta". */
  metaFile: string;
}

/**
 * JSON written for a script: no "</script>" or "<!--" inside can end it early.
 * @example scriptJson({ a: '</script>' }) === '{"a":"\\u003c/script>"}'
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * JSON as the value of a double-quoted HTML attribute.
 * @example attributeJson({ a: '"<&' }) === '{&quot;a&quot;:&quot;\\&quot;&lt;&amp;&quot;}'
 */
export function attributeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * The newest shard's files Pagefind loads before its first search, relative to the index
 * folder: its script, its entry file (the URL Pagefind asks for with the shard's tag), its
 * WebAssembly and its metadata.
 * @example preloadFiles({ name: '2024', pages: 3, oldest: '2024', tag: 'ab' }, { metaFile: 'm.pf_meta' })[1] === '2024/pagefind-entry.json?ts=ab'
 */
export function preloadFiles(shard: ManifestShard, start: ShardStart): string[] {
  const dir = `${encodeURIComponent(shard.name)}/`;
  const entry = `${ENTRY_FILE}${shard.tag ? `?ts=${shard.tag}` : ''}`;
  return ['pagefind.js', entry, 'wasm.unknown.pagefind', start.metaFile].map((file) => `${dir}${file}`);
}

/**
 * The preload script: it resolves `files` against its own URL (the index folder) and preloads
 * them (the first as a module, the others as fetches, as Pagefind asks for them) unless the
 * page's query holds a digit.
 * @example preloadScript(['2024/pagefind.js', '2024/wasm.unknown.pagefind']) // '(function(){…})();\n'
 */
export function preloadScript(files: string[]): string {
  return `(function(){var s=document.currentScript;if(!s||/\\d/.test(new URLSearchParams(location.search).get("q")||""))return;${scriptJson(files)}.forEach(function(f,i){var l=document.createElement("link");l.href=new URL(f,s.src).href;if(i){l.rel="preload";l.as="fetch";l.crossOrigin="anonymous"}else l.rel="modulepreload";document.head.appendChild(l)})})();\n`;
}

/**
 * The search page with the manifest in its slot; null when the page has no slot.
 * @example inlineManifest('<div hidden data-search-manifest="null"></div>', manifest) // '<div hidden data-search-manifest="{&quot;version&quot;:1,…}"></div>'
 */
export function inlineManifest(html: string, manifest: ShardManifest): string | null {
  const match = SLOT.exec(html);
  if (!match) return null;
  const slot = `${match[1]}"${attributeJson(manifest)}"`;
  return html.slice(0, match.index) + slot + html.slice(match.index + match[0].length);
}
