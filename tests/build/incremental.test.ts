/**
 * The pure planning of incremental builds: page inputs and their digests, the routes' output
 * files, the manifest and the build decision.
 */
import { describe, it, expect } from 'vitest';
import { buildArchive } from '../../src/archive/identity.ts';
import { buildReferenceGraph, type GraphNode } from '../../src/archive/graph.ts';
import { facetValues } from '../../src/archive/browse.ts';
import type { ArchiveEntry } from '../../src/archive/identity.ts';
import {
  digestInputs,
  documentFeedInputs,
  documentJsonInputs,
  documentPageInputs,
  facetListInputs,
  facetPageInputs,
  implementersCsvInputs,
  nodeSummary,
  summaryDigest,
} from '../../src/build/page-inputs.ts';
import { directiveFeedItems } from '../../src/render/feeds.ts';
import { isRouteName, routeFile, routePath } from '../../src/build/routes.ts';
import {
  decideBuild,
  diffRoutes,
  MANIFEST_VERSION,
  parseManifest,
  serializeManifest,
  type RouteEntry,
} from '../../src/build/manifest.ts';
import { sitemapLocations } from '../../src/build/sitemap.ts';
import { parseShare, partCacheDirs, renderJobs, takeShare, TWO_PROCESS_DOCUMENTS } from '../../src/build/plan.ts';
import { entry } from '../helpers/archive.ts';

const directive = {
  number: '43-NQ/TW',
  kind: 'Nghị quyết' as const,
  date: '2023-11-24',
  issuer: 'BCH Trung ương Đảng',
};
const nq = entry('nq', { ...directive, title: 'Về phát huy sức mạnh đại đoàn kết dân tộc' });
const planA = entry('a', { number: '79/KH-LĐLĐ', issuer: 'LĐLĐ tỉnh', date: '2024-08-02', implements: [directive] });
const planB = entry('b', { number: '80/KH-LĐLĐ', issuer: 'LĐLĐ tỉnh', date: '2024-08-03', implements: [directive] });

/** The graph of some entries and a node of it by number. */
function nodeOf(entries: ArchiveEntry[], number: string): GraphNode {
  const graph = buildReferenceGraph(buildArchive(entries).documents);
  return graph.nodes.find((n) => n.number === number)!;
}

/** The digest of a document page in an archive of `entries`. */
const pageDigest = (entries: ArchiveEntry[], number: string, text = 'nội dung') =>
  digestInputs(documentPageInputs(nodeOf(entries, number), '', text));

describe('digestInputs', () => {
  it('gives the same digest for the same inputs built apart', () => {
    expect(digestInputs({ a: 1, b: ['x', null] })).toBe(digestInputs({ a: 1, b: ['x', null] }));
  });

  it('gives another digest when one value changes', () => {
    expect(digestInputs({ a: 1, b: 'x' })).not.toBe(digestInputs({ a: 1, b: 'y' }));
  });

  it('takes dates as their JSON text, as a plain copy would', () => {
    expect(digestInputs({ d: new Date('2024-08-02') } as never)).toBe(digestInputs({ d: '2024-08-02T00:00:00.000Z' }));
  });
});

describe('summaryDigest', () => {
  it('is the same for the same node in two builds of the graph', () => {
    expect(summaryDigest(nodeOf([nq, planA], '43-NQ/TW'))).toBe(summaryDigest(nodeOf([nq, planA, planB], '43-NQ/TW')));
  });

  it('changes with what the node shows', () => {
    const retitled = entry('nq', { ...directive, title: 'Một trích yếu khác' });
    expect(summaryDigest(nodeOf([retitled, planA], '43-NQ/TW'))).not.toBe(
      summaryDigest(nodeOf([nq, planA], '43-NQ/TW')),
    );
  });
});

describe('nodeSummary', () => {
  it('holds what a list shows of a node: address, label, date, issuer and title', () => {
    expect(nodeSummary(nodeOf([nq, planA], '43-NQ/TW'))).toEqual({
      slug: '2023/43-nq-tw',
      key: '43-NQ/TW',
      kind: 'Nghị quyết',
      number: '43-NQ/TW',
      numberPrinted: '43-NQ/TW',
      date: '2023-11-24',
      year: 2023,
      issuer: 'Ban Chấp hành Trung ương Đảng',
      issuerLevel: 'trung-uong',
      issuerProvince: undefined,
      title: 'Về phát huy sức mạnh đại đoàn kết dân tộc',
      subjects: [],
      archived: true,
    });
  });

  it('does not change when the node gains an implementer', () => {
    expect(nodeSummary(nodeOf([nq, planA, planB], '43-NQ/TW'))).toEqual(nodeSummary(nodeOf([nq, planA], '43-NQ/TW')));
  });
});

describe('documentPageInputs', () => {
  it("changes a directive's page when a new plan implements it", () => {
    expect(pageDigest([nq, planA, planB], '43-NQ/TW')).not.toBe(pageDigest([nq, planA], '43-NQ/TW'));
  });

  it("keeps another implementer's page when a new plan implements the same directive", () => {
    expect(pageDigest([nq, planA, planB], '79/KH-LĐLĐ')).toBe(pageDigest([nq, planA], '79/KH-LĐLĐ'));
  });

  it("changes an implementer's page when the directive's title changes", () => {
    const retitled = entry('nq', { ...directive, title: 'Một trích yếu khác' });
    expect(pageDigest([retitled, planA], '79/KH-LĐLĐ')).not.toBe(pageDigest([nq, planA], '79/KH-LĐLĐ'));
  });

  it("changes a page when its document's file changes", () => {
    expect(pageDigest([nq, planA], '79/KH-LĐLĐ', 'nội dung mới')).not.toBe(pageDigest([nq, planA], '79/KH-LĐLĐ'));
  });

  it('changes a page when the issuer label its search metadata shows changes', () => {
    const node = nodeOf([nq, planA], '79/KH-LĐLĐ');
    expect(digestInputs(documentPageInputs(node, 'LĐLĐ TỈNH', ''))).not.toBe(
      digestInputs(documentPageInputs(node, 'LĐLĐ tỉnh', '')),
    );
  });
});

describe('facetPageInputs', () => {
  it('changes a list page when its count changes, even if its items do not', () => {
    const before = facetValues(buildReferenceGraph(buildArchive([nq, planA]).documents), 'loai').find(
      (v) => v.slug === 'ke-hoach',
    )!;
    const after = facetValues(buildReferenceGraph(buildArchive([nq, planA, planB]).documents), 'loai').find(
      (v) => v.slug === 'ke-hoach',
    )!;
    const first = (v: typeof before) => digestInputs(facetPageInputs(v, 1, 1, v.nodes.slice(-1)));
    expect(first(after)).not.toBe(first(before));
  });
});

/** The digests of a node's endpoints (JSON, feed, implementers CSV) in an archive of `entries`. */
function endpointDigests(entries: ArchiveEntry[], number: string): string[] {
  const node = nodeOf(entries, number);
  return [
    documentJsonInputs(node),
    documentFeedInputs(node, directiveFeedItems(node)),
    implementersCsvInputs(node),
  ].map(digestInputs);
}

describe('documentJsonInputs, documentFeedInputs, implementersCsvInputs', () => {
  it("change a directive's JSON, feed and implementers CSV when a new plan implements it", () => {
    const before = endpointDigests([nq, planA], '43-NQ/TW');
    const after = endpointDigests([nq, planA, planB], '43-NQ/TW');
    expect(after.map((d, i) => d !== before[i])).toEqual([true, true, true]);
  });

  it('change them when an implementer is retitled', () => {
    const retitled = entry('a', {
      number: '79/KH-LĐLĐ',
      issuer: 'LĐLĐ tỉnh',
      date: '2024-08-02',
      title: 'Một trích yếu khác',
      implements: [directive],
    });
    const before = endpointDigests([nq, planA], '43-NQ/TW');
    const after = endpointDigests([nq, retitled], '43-NQ/TW');
    expect(after.map((d, i) => d !== before[i])).toEqual([true, true, true]);
  });

  it("keep an implementer's JSON when another plan implements the same directive", () => {
    expect(endpointDigests([nq, planA, planB], '79/KH-LĐLĐ')[0]).toBe(endpointDigests([nq, planA], '79/KH-LĐLĐ')[0]);
  });

  it("change an implementer's JSON when the directive it implements is renumbered", () => {
    const renumbered = { ...directive, number: '44-NQ/TW' };
    const nq44 = entry('nq', { ...renumbered, title: 'Về phát huy sức mạnh đại đoàn kết dân tộc' });
    const planA44 = entry('a', {
      number: '79/KH-LĐLĐ',
      issuer: 'LĐLĐ tỉnh',
      date: '2024-08-02',
      implements: [renumbered],
    });
    expect(endpointDigests([nq44, planA44], '79/KH-LĐLĐ')[0]).not.toBe(endpointDigests([nq, planA], '79/KH-LĐLĐ')[0]);
  });
});

describe('facetListInputs', () => {
  const plans = (entries: ArchiveEntry[]) =>
    facetValues(buildReferenceGraph(buildArchive(entries).documents), 'loai').find((v) => v.slug === 'ke-hoach')!;

  it('changes a whole list when a document joins it', () => {
    expect(digestInputs(facetListInputs(plans([nq, planA, planB]), Infinity))).not.toBe(
      digestInputs(facetListInputs(plans([nq, planA]), Infinity)),
    );
  });

  it('keeps a feed of the newest documents when an older document joins beyond them', () => {
    const older = entry('c', { number: '5/KH-LĐLĐ', issuer: 'LĐLĐ tỉnh', date: '2020-01-02', implements: [directive] });
    const after = plans([nq, planA, older]);
    expect(after.nodes.map((n) => n.number)).toEqual(['79/KH-LĐLĐ', '5/KH-LĐLĐ']);
    expect(digestInputs(facetListInputs(after, 1))).toBe(digestInputs(facetListInputs(plans([nq, planA]), 1)));
    expect(digestInputs(facetListInputs(after, 2))).not.toBe(digestInputs(facetListInputs(plans([nq, planA]), 2)));
  });
});

describe('isRouteName', () => {
  it('knows the filtered routes and nothing else', () => {
    expect([isRouteName('van-ban'), isRouteName('nguon'), isRouteName('feed'), isRouteName('toString')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('routePath', () => {
  it('leaves out an empty rest parameter (the first page of a list)', () => {
    expect(routePath('duyet', { facet: 'nam', value: '2024', page: undefined })).toBe('duyet/nam/2024/');
  });

  it('keeps the slashes of a rest parameter', () => {
    expect(routePath('van-ban', { slug: '2023/43-nq-tw' })).toBe('van-ban/2023/43-nq-tw/');
  });

  it('refuses a missing named parameter', () => {
    expect(() => routePath('duyet', { facet: 'nam' })).toThrow(/Thiếu tham số "value"/);
  });
});

describe('routeFile', () => {
  it("puts a page in its folder's index.html", () => {
    expect(routeFile('van-ban-chi-dao', { page: '2' })).toBe('van-ban-chi-dao/2/index.html');
  });

  it('writes an endpoint under its own path', () => {
    expect(routeFile('nguon', { path: 'sources/2024/27-kh-ldld.txt' })).toBe('nguon/sources/2024/27-kh-ldld.txt');
  });

  it("writes a document's endpoints beside its page, under their own names", () => {
    expect(
      (['van-ban-json', 'van-ban-feed', 'thuc-hien-csv'] as const).map((r) => routeFile(r, { slug: '2023/43-nq-tw' })),
    ).toEqual([
      'van-ban/2023/43-nq-tw/index.json',
      'van-ban/2023/43-nq-tw/feed.xml',
      'van-ban/2023/43-nq-tw/thuc-hien.csv',
    ]);
    expect(routeFile('co-quan-feed', { value: 'chinh-phu' })).toBe('duyet/co-quan/chinh-phu/feed.xml');
    expect(routeFile('danh-sach-csv', { facet: 'nam', value: '2024' })).toBe('duyet/nam/2024/danh-sach.csv');
  });
});

const entryOf = (digest: string): RouteEntry => ({ route: 'van-ban', digest, page: true });

describe('parseManifest', () => {
  it('reads back what serializeManifest wrote', () => {
    const manifest = {
      version: MANIFEST_VERSION,
      site: 's',
      routes: { 'van-ban/a/index.html': entryOf('1') },
      others: [],
    };
    expect(parseManifest(serializeManifest(manifest))).toEqual(manifest);
  });

  it('refuses text that is not JSON, another version, or a route without a digest', () => {
    expect(parseManifest('{')).toBeNull();
    expect(parseManifest('{"version":0,"site":"s","routes":{}}')).toBeNull();
    expect(
      parseManifest('{"version":2,"site":"s","routes":{"a":{"route":"van-ban","page":true}},"others":[]}'),
    ).toBeNull();
    expect(parseManifest('{"version":2,"site":"s","routes":{}}')).toBeNull();
  });
});

describe('serializeManifest', () => {
  it('writes routes sorted by file, so equal builds write equal bytes', () => {
    const text = serializeManifest({
      version: MANIFEST_VERSION,
      site: 's',
      routes: { b: entryOf('2'), a: entryOf('1') },
      others: [],
    });
    expect(Object.keys((JSON.parse(text) as { routes: object }).routes)).toEqual(['a', 'b']);
  });
});

describe('decideBuild', () => {
  const manifestText = serializeManifest({ version: MANIFEST_VERSION, site: 's', routes: {}, others: [] });
  const decide = (full: boolean, site: string, hasOutput: boolean, text: string | null) =>
    decideBuild({ full, site, previous: { hasOutput, manifestText: text } });

  it('builds incrementally over an output of the same site', () => {
    expect(decide(false, 's', true, manifestText).mode).toBe('incremental');
  });

  it('builds in full, saying why, when asked, without output, manifest, or with another site digest', () => {
    expect(
      [
        decide(true, 's', true, manifestText),
        decide(false, 's', false, null),
        decide(false, 's', true, null),
        decide(false, 's', true, '{'),
        decide(false, 't', true, manifestText),
      ].map((d) => [d.mode, d.reason]),
    ).toEqual([
      ['full', 'dựng toàn bộ theo yêu cầu (--full)'],
      ['full', 'chưa có bản dựng trước'],
      ['full', 'bản dựng trước không có tệp kê khai .build-manifest.json'],
      ['full', 'tệp kê khai .build-manifest.json hỏng hoặc của phiên bản khác'],
      ['full', 'mã nguồn, giao diện, cấu hình hoặc biến BASE_PATH/SITE_URL đã đổi'],
    ]);
  });
});

describe('diffRoutes', () => {
  it('sorts files into added, changed, removed and kept', () => {
    const before = { a: entryOf('1'), b: entryOf('2'), c: entryOf('3') };
    const after = { a: entryOf('1'), b: entryOf('9'), d: entryOf('4') };
    expect(diffRoutes(before, after)).toEqual({ added: ['d'], changed: ['b'], removed: ['c'], kept: ['a'] });
  });
});

describe('sitemapLocations', () => {
  it('reads every <loc>, decoding entities', () => {
    expect(
      sitemapLocations(
        '<urlset><url><loc>https://a.vn/x/</loc></url><url><loc>https://a.vn/?a=1&amp;b=2</loc></url></urlset>',
      ),
    ).toEqual(['https://a.vn/x/', 'https://a.vn/?a=1&b=2']);
  });
});

describe('parseShare', () => {
  it('reads "k/n" with k below n', () => {
    expect([parseShare('1/2'), parseShare('0/1')]).toEqual([
      { index: 1, count: 2 },
      { index: 0, count: 1 },
    ]);
  });

  it('gives null for an absent, malformed or impossible share', () => {
    expect([parseShare(undefined), parseShare('2/2'), parseShare('1/0'), parseShare('a/b')]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('renderJobs', () => {
  it('renders a large archive in two processes on a machine with two cores or more', () => {
    expect([TWO_PROCESS_DOCUMENTS, 100_000].map((n) => renderJobs(n, 2))).toEqual([2, 2]);
    expect(renderJobs(100_000, 16)).toBe(2);
  });

  it('renders a small archive, or on one core, in one', () => {
    expect([0, TWO_PROCESS_DOCUMENTS - 1].map((n) => renderJobs(n, 8))).toEqual([1, 1]);
    expect(renderJobs(100_000, 1)).toBe(1);
  });
});

describe('takeShare', () => {
  it('gives each share every n-th item, together all of them once', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const shares = [0, 1].map((index) => takeShare(items, { index, count: 2 }));
    expect(shares).toEqual([
      ['a', 'c', 'e'],
      ['b', 'd'],
    ]);
  });

  it('keeps everything without a share', () => {
    expect(takeShare(['a'], null)).toEqual(['a']);
  });
});

describe('partCacheDirs', () => {
  it("gives every render process a cache folder of its own, the first the project's", () => {
    const dirs = partCacheDirs('/p/node_modules/.astro', '/w/run-1', 3);
    expect(dirs).toEqual(['/p/node_modules/.astro', '/w/run-1/astro-cache-1', '/w/run-1/astro-cache-2']);
    expect(new Set(dirs).size).toBe(3);
    expect(partCacheDirs('/p/c', '/w', 1)).toEqual(['/p/c']);
  });
});
