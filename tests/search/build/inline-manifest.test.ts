import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  attributeJson,
  inlineManifest,
  preloadFiles,
  preloadScript,
  scriptJson,
} from '../../../src/search/build/inline-manifest.ts';
import type { ShardManifest } from '../../../src/search/contract.ts';

const manifest: ShardManifest = {
  version: 1,
  shards: [
    { name: '2024', pages: 3, oldest: '2024', tag: 'abc123' },
    { name: '2019_2023', pages: 2, oldest: '2019', tag: 'def456' },
  ],
};
const start = { metaFile: 'pagefind.vi_1f49d334f9.pf_meta' };
const slot = (content = 'null') => `<main><div hidden data-search-manifest="${content}"></div><p>x</p></main>`;
/** The manifest a filled slot holds, as the browser reads it. */
const slotValue = (html: string): unknown =>
  JSON.parse(
    /data-search-manifest="([^"]*)"/
      .exec(html)![1]!
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );

describe('scriptJson', () => {
  it('writes JSON that cannot close the script element it sits in', () => {
    expect(scriptJson({ a: '</script><!--' })).toBe('{"a":"\\u003c/script>\\u003c!--"}');
    expect(JSON.parse(scriptJson({ a: '</script>' }))).toEqual({ a: '</script>' });
  });
});

describe('attributeJson', () => {
  it('escapes what would end or break a double-quoted attribute', () => {
    expect(attributeJson({ a: '"<&>' })).toBe('{&quot;a&quot;:&quot;\\&quot;&lt;&amp;&gt;&quot;}');
  });
});

describe('preloadFiles', () => {
  it("lists the newest shard's script, entry (with its tag), WebAssembly and metadata", () => {
    expect(preloadFiles(manifest.shards[0]!, start)).toEqual([
      '2024/pagefind.js',
      '2024/pagefind-entry.json?ts=abc123',
      '2024/wasm.unknown.pagefind',
      '2024/pagefind.vi_1f49d334f9.pf_meta',
    ]);
  });

  it('leaves the tag out of the entry URL of a shard that has none', () => {
    expect(preloadFiles({ name: '2024', pages: 1, oldest: '2024' }, start)[1]).toBe('2024/pagefind-entry.json');
  });
});

/** The links the preload script adds to a page opened at `search` (?q=…). */
function runPreloads(script: string, search: string): Array<Record<string, string>> {
  const links: Array<Record<string, string>> = [];
  const document = {
    currentScript: { src: 'http://x/luu-tru/pagefind/preload.js' },
    createElement: () => ({}),
    head: { appendChild: (link: Record<string, string>) => links.push({ ...link }) },
  };
  runInNewContext(script, { document, location: { search }, URLSearchParams, URL });
  return links;
}

describe('preloadScript', () => {
  const script = preloadScript(['2024/pagefind.js', '2024/pagefind-entry.json?ts=1', '2024/wasm.unknown.pagefind']);
  const fetched = (href: string) => ({ href, rel: 'preload', as: 'fetch', crossOrigin: 'anonymous' });

  it("preloads Pagefind's script as a module and its other files as fetches, next to the script", () => {
    expect(runPreloads(script, '?q=ng%C6%B0%E1%BB%9Di+lao+%C4%91%E1%BB%99ng')).toEqual([
      { href: 'http://x/luu-tru/pagefind/2024/pagefind.js', rel: 'modulepreload' },
      fetched('http://x/luu-tru/pagefind/2024/pagefind-entry.json?ts=1'),
      fetched('http://x/luu-tru/pagefind/2024/wasm.unknown.pagefind'),
    ]);
    expect(runPreloads(script, '')).toHaveLength(3);
  });

  it('preloads nothing for a query with a digit (a number query needs no Pagefind)', () => {
    expect(runPreloads(script, '?q=43-NQ%2FTW')).toEqual([]);
    expect(runPreloads(script, '?q=nq+43')).toEqual([]);
  });
});

describe('inlineManifest', () => {
  it('fills the slot with the manifest', () => {
    const html = inlineManifest(slot(), manifest)!;
    expect(slotValue(html)).toEqual(manifest);
    expect(html).toMatch(/^<main><div hidden data-search-manifest="[^"]*"><\/div><p>x<\/p><\/main>$/);
  });

  it('replaces an earlier fill', () => {
    const next: ShardManifest = { version: 1, shards: [{ name: '2025', pages: 1, oldest: '2025', tag: '999' }] };
    expect(inlineManifest(inlineManifest(slot(), manifest)!, next)).toBe(inlineManifest(slot(), next));
  });

  it('gives null for a page without a slot', () => {
    expect(inlineManifest('<main data-search-page></main>', manifest)).toBeNull();
  });
});
