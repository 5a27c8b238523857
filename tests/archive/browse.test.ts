import { describe, it, expect } from 'vitest';
import { buildArchive, type ArchiveEntry } from '../../src/archive/identity.ts';
import { buildReferenceGraph } from '../../src/archive/graph.ts';
import { facetValues, paginate, rankDirectives } from '../../src/archive/browse.ts';
import { seedGraph } from './seed-archive.ts';
import { entry } from '../helpers/archive.ts';

const graphOf = (...entries: ArchiveEntry[]) => buildReferenceGraph(buildArchive(entries).documents);

/** A facet as [slug, label, ids newest first]. */
const summary = (values: ReturnType<typeof facetValues>) =>
  values.map((v) => [v.slug, v.label, v.nodes.map((n) => n.doc?.id)]);

const directive = { number: '43-NQ/TW', kind: 'Nghị quyết' as const, date: '2023-11-24' };

describe('facetValues', () => {
  const g = graphOf(
    entry('a', {
      number: '1/KH-A',
      kind: 'Kế hoạch',
      issuer: 'ỦY BAN NHÂN DÂN TỈNH',
      date: '2024-01-01',
      implements: [directive],
    }),
    entry('b', { number: '2/KH-A', kind: 'Kế hoạch', issuer: 'UỶ BAN NHÂN DÂN TỈNH', date: '2024-05-01' }),
    entry('c', { number: '3-CV/TU', kind: 'Công văn', issuer: 'UỶ BAN NHÂN DÂN TỈNH', date: '2022-03-01' }),
    entry('d', { number: null, kind: 'Thông báo', title: 'Không số', issuer: null, date: null }),
  );

  it('counts kinds over archived documents only, most frequent first', () => {
    expect(summary(facetValues(g, 'loai'))).toEqual([
      ['ke-hoach', 'Kế hoạch', ['b', 'a']],
      ['cong-van', 'Công văn', ['c']],
      ['thong-bao', 'Thông báo', ['d']],
    ]);
  });

  it('makes one issuer of two printings of a body, labelled with its canonical name', () => {
    expect(summary(facetValues(g, 'co-quan'))).toEqual([
      ['uy-ban-nhan-dan-tinh', 'Ủy ban nhân dân tỉnh', ['b', 'a', 'c']],
      ['khong-ro', 'Không rõ', ['d']],
    ]);
  });

  it('lists years newest first, with the undated under "Không rõ"', () => {
    expect(summary(facetValues(g, 'nam'))).toEqual([
      ['khong-ro', 'Không rõ', ['d']],
      ['2024', '2024', ['b', 'a']],
      ['2022', '2022', ['c']],
    ]);
  });

  it('leaves out documents known only from citations', () => {
    const total = facetValues(g, 'loai').reduce((sum, v) => sum + v.nodes.length, 0);
    expect(total).toBe(4);
    expect(g.nodes).toHaveLength(5);
  });
});

describe('facetValues: issuers as bodies (issue 13)', () => {
  it('lists every seed issuer by canonical name, inferred ones included (no "Không rõ")', async () => {
    expect(facetValues(await seedGraph(), 'co-quan').map((v) => [v.slug, v.label, v.nodes.length])).toEqual([
      ['bao-hiem-xa-hoi-viet-nam', 'Bảo hiểm xã hội Việt Nam', 1],
      ['lien-doan-lao-dong-huyen-phu-rieng', 'Liên đoàn Lao động huyện Phú Riềng', 1],
      ['lien-doan-lao-dong-tinh-lai-chau', 'Liên đoàn Lao động tỉnh Lai Châu', 1],
      ['tinh-uy', 'Tỉnh ủy', 1],
      ['tinh-uy-lam-dong', 'Tỉnh ủy Lâm Đồng', 1],
    ]);
  });

  it('makes one value of two printings of the same body', () => {
    const g = graphOf(
      entry('a', {
        number: '1/KH-LĐLĐ',
        issuer: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG',
        issuerParent: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH PHƯỚC',
        date: '2024-01-01',
      }),
      entry('b', { number: '2/KH-LĐLĐ', issuer: 'Liên đoàn Lao động huyện Phú Riềng', date: '2024-05-01' }),
      entry('c', { number: '3/KH-LĐLĐ', issuer: 'LĐLĐ huyện Phú Riềng', date: '2024-03-01' }),
    );
    expect(summary(facetValues(g, 'co-quan'))).toEqual([
      ['lien-doan-lao-dong-huyen-phu-rieng', 'Liên đoàn Lao động huyện Phú Riềng', ['b', 'c', 'a']],
    ]);
  });

  it('labels an issuer the authority does not know as most often printed', () => {
    const g = graphOf(
      entry('a', { number: '1/KH-CT', issuer: 'CÔNG TY TNHH AN PHÚ', date: '2024-01-01' }),
      entry('b', { number: '2/KH-CT', issuer: 'Công ty TNHH An Phú', date: '2024-05-01' }),
      entry('c', { number: '3/KH-CT', issuer: 'Công ty TNHH An Phú', date: '2024-03-01' }),
    );
    expect(summary(facetValues(g, 'co-quan'))).toEqual([
      ['cong-ty-tnhh-an-phu', 'Công ty TNHH An Phú', ['b', 'c', 'a']],
    ]);
  });

  it('lists an inferred issuer under its name', () => {
    const g = graphOf(
      entry('a', {
        number: '09-ĐA/TU',
        date: '2022-01-10',
        issuerInferred: { name: 'Tỉnh ủy', level: 'tinh', note: 'Suy ra từ nội dung.' },
      }),
    );
    expect(summary(facetValues(g, 'co-quan'))).toEqual([['tinh-uy', 'Tỉnh ủy', ['a']]]);
  });

  it('keeps bodies of two provinces that share a name apart, each named with its province', () => {
    const g = graphOf(
      entry('a', {
        number: '1/KH-UBND',
        issuer: 'UBND HUYỆN CHÂU THÀNH',
        issuerParent: 'UBND TỈNH TIỀN GIANG',
        date: '2024-01-01',
      }),
      entry('b', {
        number: '2/KH-UBND',
        issuer: 'UBND HUYỆN CHÂU THÀNH',
        issuerParent: 'UBND TỈNH BẾN TRE',
        date: '2024-05-01',
      }),
    );
    expect(summary(facetValues(g, 'co-quan'))).toEqual([
      ['uy-ban-nhan-dan-huyen-chau-thanh-ben-tre', 'Ủy ban nhân dân huyện Châu Thành (Bến Tre)', ['b']],
      ['uy-ban-nhan-dan-huyen-chau-thanh-tien-giang', 'Ủy ban nhân dân huyện Châu Thành (Tiền Giang)', ['a']],
    ]);
  });
  it('says when the province of one of them is unknown', () => {
    const g = graphOf(
      entry('a', {
        number: '1/KH-UBND',
        issuer: 'UBND HUYỆN CHÂU THÀNH',
        issuerParent: 'UBND TỈNH TIỀN GIANG',
        date: '2024-01-01',
      }),
      entry('b', { number: '2/KH-UBND', issuer: 'UBND HUYỆN CHÂU THÀNH', date: '2024-05-01' }),
    );
    expect(facetValues(g, 'co-quan').map((v) => [v.slug, v.label])).toEqual([
      ['uy-ban-nhan-dan-huyen-chau-thanh-chua-ro-tinh', 'Ủy ban nhân dân huyện Châu Thành (chưa rõ tỉnh)'],
      ['uy-ban-nhan-dan-huyen-chau-thanh-tien-giang', 'Ủy ban nhân dân huyện Châu Thành (Tiền Giang)'],
    ]);
  });

  it('gives two issuers whose names differ only by diacritics two addresses', () => {
    const g = graphOf(
      entry('a', { number: '1/KH-CT', issuer: 'CÔNG TY AN PHÚ', date: '2024-01-01' }),
      entry('b', { number: '2/KH-CT', issuer: 'CÔNG TY ÂN PHÚ', date: '2024-05-01' }),
    );
    const slugs = facetValues(g, 'co-quan').map((v) => v.slug);
    expect(new Set(slugs).size).toBe(2);
    expect(slugs.map((slug) => /^cong-ty-an-phu-chua-ro-tinh-[0-9a-f]{8}$/.test(slug))).toEqual([true, true]);
  });
});

describe('rankDirectives', () => {
  it('ranks by direct implementers, then by documents citing, and leaves out the uncited', () => {
    const g = graphOf(
      entry('a', {
        number: '1/KH-A',
        date: '2024-01-01',
        implements: [directive],
        mentions: [{ number: '05-CT/TW', date: '2016-05-15' }],
      }),
      entry('b', {
        number: '2/KH-A',
        date: '2024-02-01',
        implements: [directive],
        mentions: [{ number: '05-CT/TW', date: '2016-05-15' }],
      }),
      entry('c', {
        number: '3/KH-A',
        date: '2024-03-01',
        mentions: [
          { number: '05-CT/TW', date: '2016-05-15' },
          { number: '1/KH-A', date: '2024-01-01' },
        ],
      }),
    );
    expect(rankDirectives(g).map((r) => [r.node.key, r.implementedBy, r.citedBy])).toEqual([
      ['43-NQ/TW', 2, 2],
      ['5-CT/TW', 0, 3],
      ['1/KH-A', 0, 1],
    ]);
  });

  it('counts a document that cites twice once', () => {
    const g = graphOf(
      entry('a', { number: '1/KH-A', date: '2024-01-01', implements: [directive], mentions: [directive] }),
    );
    expect(rankDirectives(g).map((r) => [r.implementedBy, r.citedBy])).toEqual([[1, 1]]);
  });

  it('is empty for an archive that cites nothing', () => {
    expect(rankDirectives(graphOf(entry('a', { number: '1/KH-A' })))).toEqual([]);
  });
});

describe('paginate', () => {
  it('splits a list into pages of the given size, the last one shorter', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([
      { page: 1, pages: 3, items: [1, 2] },
      { page: 2, pages: 3, items: [3, 4] },
      { page: 3, pages: 3, items: [5] },
    ]);
  });

  it('gives one empty page for an empty list', () => {
    expect(paginate([], 10)).toEqual([{ page: 1, pages: 1, items: [] }]);
  });

  it('gives one page when the list fits exactly', () => {
    expect(paginate(['a', 'b'], 2)).toEqual([{ page: 1, pages: 1, items: ['a', 'b'] }]);
  });
});
