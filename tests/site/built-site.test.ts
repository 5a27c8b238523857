import { describe, it, expect, inject } from 'vitest';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { checkBuiltSite } from '../../src/checks/built-site.ts';

const sites = inject('sites');

describe.each([
  ['the bundled archive', 'seeds'],
  ['the bundled archive under a sub-path', 'seedsSubPath'],
  ['the imported corpus', 'corpus'],
] as const)('%s', (_name, key) => {
  it('has every internal link and asset resolving, and valid HTML', async () => {
    const site = sites[key];
    const result = await checkBuiltSite(site.dist, site.base, site.origin);
    expect(result.pages).toBeGreaterThan(10);
    expect(result.broken).toEqual([]);
    expect(result.invalid).toEqual([]);
  });
});

const page = (slug: string) => readFileSync(path.join(sites.seeds.dist, 'van-ban', slug, 'index.html'), 'utf8');
/** The text of the section under a heading, up to the next h2. */
const section = (html: string, heading: string) => {
  const start = html.indexOf(heading);
  if (start < 0) return '';
  const end = html.indexOf('<h2', start + heading.length);
  return html.slice(start, end < 0 ? undefined : end);
};

describe('the pages of the bundled archive', () => {
  it('list the Phú Riềng plan under 43-NQ/TW as implementing it', () => {
    expect(section(page('2023/43-nq-tw'), 'Văn bản thực hiện văn bản này')).toContain('27/KH-LĐLĐ');
  });

  it('list the Lai Châu plan and the Phú Riềng plan, which mentions it, under 02-NQ/TW', () => {
    const html = page('2021/2-nq-tw');
    expect(section(html, 'Văn bản thực hiện văn bản này')).toContain('314/KH-LĐLĐ');
    expect(section(html, 'Văn bản nhắc đến văn bản này')).toContain('27/KH-LĐLĐ');
  });

  it('list the plan of seed 000 under 196-KL/TW and the Lâm Đồng letter under 58-KL/TW', () => {
    expect(section(page('2025/196-kl-tw'), 'Văn bản thực hiện văn bản này')).toContain(
      'thuc-hien-ket-luan-so-196-kl-tw',
    );
    expect(section(page('2023/58-kl-tw'), 'Văn bản thực hiện văn bản này')).toContain('3304-CV/TU');
  });

  it('mark a document known only from citations', () => {
    expect(page('2023/43-nq-tw')).toContain('chưa có toàn văn trong kho');
  });

  it('link every citation in every body', () => {
    for (const slug of ['2024/27-kh-ldld', '2022/314-kh-ldld', '2024/2719-kh-bhxh', '2023/3304-cv-tu']) {
      const html = page(slug);
      const body = html.slice(html.indexOf('class="doc-body"'), html.indexOf('</article>'));
      const plain = body.replace(/<a [^>]*class="cite"[^>]*>.*?<\/a>/g, '').replace(/<[^>]+>/g, ' ');
      expect(plain, slug).not.toMatch(/\d+\s*[-/]\s*(NQ|KL|CT|KH|QĐ|CTr|HD)\s*[/-]\s*[A-ZĐ]{2,}/);
    }
  });

  it('show raw HTML from a source as text, never as markup', () => {
    for (const slug of ['2024/27-kh-ldld', '2024/2719-kh-bhxh']) expect(page(slug)).not.toMatch(/<script>(?!\s*\{)/);
  });

  it('publish the kept original beside the page', () => {
    const source = 'nguon/sources/2024/27-kh-ldld.txt';
    expect(existsSync(path.join(sites.seeds.dist, source)), `${source} in the output`).toBe(true);
    expect(page('2024/27-kh-ldld')).toContain('/nguon/sources/2024/27-kh-ldld.txt');
  });

  it('describe each document as schema.org Legislation with what it implements', () => {
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page('2024/27-kh-ldld'))![1]!;
    const ld = JSON.parse(json) as {
      '@type': string;
      legislationIdentifier: string;
      legislationDate: string;
      legislationApplies: Array<{ legislationIdentifier: string }>;
    };
    expect(ld['@type']).toBe('Legislation');
    expect(ld.legislationIdentifier).toBe('27/KH-LĐLĐ');
    expect(ld.legislationDate).toBe('2024-08-08');
    expect(ld.legislationApplies.map((x: { legislationIdentifier: string }) => x.legislationIdentifier)).toContain(
      '43-NQ/TW',
    );
  });

  it('have a sitemap, an Atom feed and a 404 page', () => {
    for (const f of ['sitemap-index.xml', 'feed.xml', '404.html'])
      expect(existsSync(path.join(sites.seeds.dist, f)), f).toBe(true);
    expect(readFileSync(path.join(sites.seeds.dist, 'feed.xml'), 'utf8')).toContain('<entry>');
  });

  it("give the search index their text but no heading anchors (the table of contents' targets are skipped)", () => {
    // Pagefind keeps an anchor per id in the indexed body and the search page would build an
    // excerpt for each; the ids are on spans it skips.
    const html = page('2024/27-kh-ldld');
    expect(html).toMatch(/<h2><span id="muc-[^"]+" data-pagefind-ignore=""><\/span>/);
    const index = path.join(sites.seeds.dist, 'pagefind');
    const fragments = readdirSync(index, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.pf_fragment'));
    expect(fragments.length).toBeGreaterThan(5);
    const contents = new Map<string, string>();
    for (const file of fragments) {
      const data = gunzipSync(readFileSync(path.join(index, file))).toString('utf8');
      const fragment = JSON.parse(data.slice(data.indexOf('{'))) as {
        url: string;
        anchors: unknown[];
        content: string;
      };
      expect(fragment.anchors, file).toEqual([]);
      contents.set(fragment.url, fragment.content);
    }
    // The headings' text is still indexed with the body.
    expect(contents.get('/van-ban/2024/27-kh-ldld/')).toContain('II. NHIỆM VỤ, GIẢI PHÁP');
  });
});
