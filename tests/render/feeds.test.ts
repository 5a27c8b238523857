import { describe, it, expect } from 'vitest';
import { buildArchive, type ArchiveEntry } from '../../src/archive/identity.ts';
import { buildReferenceGraph, type GraphNode } from '../../src/archive/graph.ts';
import { directiveFeedItems, feedEntry, FEED_LIMIT } from '../../src/render/feeds.ts';
import { entry } from '../helpers/archive.ts';

const nq43 = { number: '43-NQ/TW', kind: 'Nghị quyết' as const, date: '2023-11-24', issuer: 'BCH Trung ương Đảng' };
const province = entry('79', {
  number: '79/KH-LĐLĐ',
  date: '2024-08-02',
  issuer: 'LĐLĐ TỈNH BÌNH PHƯỚC',
  implements: [nq43],
});
const district = entry('27', {
  number: '27/KH-LĐLĐ',
  date: '2024-08-08',
  issuer: 'LĐLĐ HUYỆN PHÚ RIỀNG',
  implements: [{ number: '79/KH-LĐLĐ', date: '2024-08-02' }],
});
const mention = entry('cv', { number: '5/CV-X', kind: 'Công văn', date: '2024-01-10', mentions: [nq43] });
const graphOf = (...entries: ArchiveEntry[]) => buildReferenceGraph(buildArchive(entries).documents);
const nq = (g: ReturnType<typeof graphOf>) => g.bySlug.get('2023/43-nq-tw')!;
const urlOf = (n: GraphNode) => `https://example.gov.vn/van-ban/${n.slug}/`;

describe('directiveFeedItems', () => {
  it('carries the whole chain below the directive and the documents that mention it, newest first', () => {
    const items = directiveFeedItems(nq(graphOf(province, district, mention)));
    expect(items.map((i) => [i.node.number, i.relation, i.via.number])).toEqual([
      ['27/KH-LĐLĐ', 'implements', '79/KH-LĐLĐ'],
      ['79/KH-LĐLĐ', 'implements', '43-NQ/TW'],
      ['5/CV-X', 'mentions', '43-NQ/TW'],
    ]);
  });

  it('gains a new implementing document when one is added to the archive', () => {
    const before = directiveFeedItems(nq(graphOf(province))).map((i) => i.node.number);
    const after = directiveFeedItems(nq(graphOf(province, district))).map((i) => i.node.number);
    expect([before, after]).toEqual([['79/KH-LĐLĐ'], ['27/KH-LĐLĐ', '79/KH-LĐLĐ']]);
  });

  it('keeps the newest FEED_LIMIT documents only', () => {
    const many = Array.from({ length: FEED_LIMIT + 5 }, (_, i) =>
      entry(`p${i}`, {
        number: `${i + 1}/KH-X`,
        date: `2024-${String((i % 12) + 1).padStart(2, '0')}-01`,
        implements: [nq43],
      }),
    );
    expect(directiveFeedItems(nq(graphOf(...many)))).toHaveLength(FEED_LIMIT);
  });
});

describe('feedEntry', () => {
  it('says how the document relates to the directive, with its title and issuer', () => {
    const g = graphOf(province, district);
    const item = directiveFeedItems(nq(g))[0]!;
    expect(feedEntry(item, urlOf)).toEqual({
      id: 'https://example.gov.vn/van-ban/2024/27-kh-ldld/',
      url: 'https://example.gov.vn/van-ban/2024/27-kh-ldld/',
      title: 'Kế hoạch 27/KH-LĐLĐ: Văn bản 27',
      summary: 'Thực hiện Kế hoạch 79/KH-LĐLĐ — Văn bản 27',
      author: 'Liên đoàn Lao động huyện Phú Riềng',
      updated: '2024-08-08',
    });
  });

  it('names the canonical issuer when the authority knows it', () => {
    const item = directiveFeedItems(nq(graphOf(province, district)))[0]!;
    expect(
      feedEntry(item, urlOf, () => ({ name: 'Liên đoàn Lao động huyện Phú Riềng', level: 'huyen' })).author,
    ).toEqual('Liên đoàn Lao động huyện Phú Riềng');
  });

  it('marks a document known only from citations', () => {
    const g = graphOf(district);
    const cited = g.bySlug.get('2024/79-kh-ldld')!;
    expect(feedEntry({ node: cited }, urlOf).summary).toEqual('chỉ biết qua trích dẫn');
  });
});
