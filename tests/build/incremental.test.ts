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
  documentPageInputs,
  facetPageInputs,
  nodeSummary,
  stableJson,
} from '../../src/build/page-inputs.ts';
import { isRouteName, routeFile, routePath } from '../../src/build/routes.ts';
import {
  decideBuild,
  diffRoutes,
  parseManifest,
  serializeManifest,
  type RouteEntry,
} from '../../src/build/manifest.ts';
import { sitemapLocations } from '../../src/build/sitemap.ts';
import { parseShare, takeShare } from '../../src/build/plan.ts';
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

describe('stableJson', () => {
  it('sorts object keys at every depth and leaves undefined fields out', () => {
    expect(stableJson({ b: 1, a: { d: [true, null], c: undefined } })).toBe('{"a":{"d":[true,null]},"b":1}');
  });

  it('writes undefined array items as null, as JSON does', () => {
    expect(stableJson([undefined as unknown as null, 'x'])).toBe('[null,"x"]');
  });
});

describe('digestInputs', () => {
  it('gives the same digest whatever the order of keys', () => {
    expect(digestInputs({ a: 1, b: 'x' })).toBe(digestInputs({ b: 'x', a: 1 }));
  });

  it('gives another digest when one value changes', () => {
    expect(digestInputs({ a: 1, b: 'x' })).not.toBe(digestInputs({ a: 1, b: 'y' }));
  });
});

describe('nodeSummary', () => {
  it('holds what a list shows of a node: address, label, date, issuer and title', () => {
    expect(nodeSummary(nodeOf([nq, planA], '43-NQ/TW'))).toEqual({
      slug: '2023/43-nq-tw',
      key: '43-NQ/TW',
      kind: 'Nghị quyết',
      number: '43-NQ/TW',
      date: '2023-11-24',
      year: 2023,
      issuer: 'Ban Chấp hành Trung ương Đảng',
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
});

const entryOf = (digest: string): RouteEntry => ({ route: 'van-ban', digest, page: true });

describe('parseManifest', () => {
  it('reads back what serializeManifest wrote', () => {
    const manifest = { version: 1, site: 's', routes: { 'van-ban/a/index.html': entryOf('1') } };
    expect(parseManifest(serializeManifest(manifest))).toEqual(manifest);
  });

  it('refuses text that is not JSON, another version, or a route without a digest', () => {
    expect(parseManifest('{')).toBeNull();
    expect(parseManifest('{"version":0,"site":"s","routes":{}}')).toBeNull();
    expect(parseManifest('{"version":1,"site":"s","routes":{"a":{"route":"van-ban","page":true}}}')).toBeNull();
  });
});

describe('serializeManifest', () => {
  it('writes routes sorted by file, so equal builds write equal bytes', () => {
    const text = serializeManifest({ version: 1, site: 's', routes: { b: entryOf('2'), a: entryOf('1') } });
    expect(Object.keys((JSON.parse(text) as { routes: object }).routes)).toEqual(['a', 'b']);
  });
});

describe('decideBuild', () => {
  const manifestText = serializeManifest({ version: 1, site: 's', routes: {} });
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
