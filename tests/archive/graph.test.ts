import { describe, it, expect } from 'vitest';
import { buildArchive, type ArchiveEntry } from '../../src/archive/identity.ts';
import {
  buildReferenceGraph,
  implementationChain,
  implementationTree,
  groupByIssuer,
} from '../../src/archive/graph.ts';
import { seedGraph } from './seed-archive.ts';
import { entry } from '../helpers/archive.ts';

function graphOf(...entries: ArchiveEntry[]) {
  return buildReferenceGraph(buildArchive(entries).documents);
}

const directive = {
  number: '43-NQ/TW',
  kind: 'Nghị quyết' as const,
  date: '2023-11-24',
  issuer: 'BCH Trung ương Đảng',
};

describe('buildReferenceGraph', () => {
  it('gives a document that is only cited a page of its own, with what the citations say', () => {
    const g = graphOf(entry('a', { number: '79/KH-LĐLĐ', date: '2024-08-02', implements: [directive] }));
    const cited = g.bySlug.get('2023/43-nq-tw');
    expect(cited?.doc).toBeUndefined();
    expect(cited?.kind).toBe('Nghị quyết');
    expect(cited?.date).toBe('2023-11-24');
    expect(cited?.citedBy.map((c) => c.from.number)).toEqual(['79/KH-LĐLĐ']);
  });

  it('resolves a citation to the archived document of the same number and year, through printing noise', () => {
    const g = graphOf(
      entry('nq', { ...directive, number: '43 -NQ/TW' }),
      entry('plan', { number: '79/KH-LĐLĐ', date: '2024-08-02', implements: [directive] }),
    );
    const nq = g.nodes.find((n) => n.doc?.id === 'nq')!;
    expect(nq.citedBy).toHaveLength(1);
    expect(nq.citedBy[0]?.type).toBe('implements');
    expect(g.nodes.filter((n) => n.key === '43-NQ/TW')).toHaveLength(1);
  });

  it('keeps the same number of two terms apart by year', () => {
    const g = graphOf(
      entry('a', { number: '1/KH-X', date: '2024-01-01', mentions: [{ number: '09-NQ/TW', date: '2002-11-08' }] }),
      entry('b', { number: '2/KH-X', date: '2024-01-01', mentions: [{ number: '9-NQ/TW', date: '2011-12-01' }] }),
    );
    expect(g.bySlug.get('2002/9-nq-tw')?.citedBy).toHaveLength(1);
    expect(g.bySlug.get('2011/9-nq-tw')?.citedBy).toHaveLength(1);
  });

  it('follows a chain of three levels from the central directive down to a district plan', () => {
    const g = graphOf(
      entry('province', { number: '79/KH-LĐLĐ', issuer: 'LĐLĐ tỉnh', date: '2024-08-02', implements: [directive] }),
      entry('district', {
        number: '27 /KH-LĐLD',
        issuer: 'LĐLĐ huyện',
        date: '2024-08-08',
        implements: [directive, { number: '79/KH-LĐLD', date: '2024-08-02' }],
      }),
    );
    const district = g.nodes.find((n) => n.doc?.id === 'district')!;
    expect(implementationChain(district).map((n) => n.number)).toEqual(['79/KH-LĐLĐ', '43-NQ/TW']);
    // The district plan implements both; it sits under the provincial plan, as its breadcrumb.
    const tree = implementationTree(g.bySlug.get('2023/43-nq-tw')!);
    expect(tree.map((level) => level.map((n) => n.doc?.id))).toEqual([['province'], ['district']]);
    const provinceTree = implementationTree(g.nodes.find((n) => n.doc?.id === 'province')!);
    expect(provinceTree).toEqual([[district]]);
  });

  it('lists the tree level by level when plans implement plans', () => {
    const g = graphOf(
      entry('p', { number: '79/KH-LĐLĐ', date: '2024-08-02', implements: [directive] }),
      entry('d', {
        number: '27/KH-LĐLĐ',
        date: '2024-08-08',
        implements: [{ number: '79/KH-LĐLĐ', date: '2024-08-02' }],
      }),
    );
    const tree = implementationTree(g.bySlug.get('2023/43-nq-tw')!);
    expect(tree.map((level) => level.map((n) => n.doc?.id))).toEqual([['p'], ['d']]);
  });

  it('keeps a citation that fits two archived documents as ambiguous instead of guessing', () => {
    const g = graphOf(
      entry('x', { number: '27/KH-LĐLĐ', issuer: 'LĐLĐ huyện A', date: '2024-03-01' }),
      entry('y', { number: '27/KH-LĐLĐ', issuer: 'LĐLĐ huyện B', date: '2024-05-01' }),
      entry('z', { number: '5/KH-X', date: '2024-06-01', mentions: [{ number: '27/KH-LĐLĐ', date: '2024-07-01' }] }),
    );
    expect(g.ambiguous).toHaveLength(1);
    expect(g.ambiguous[0]?.candidates.map((n) => n.doc?.id).sort()).toEqual(['x', 'y']);
    expect(g.nodes.filter((n) => n.key === '27/KH-LDLD' && !n.doc)).toEqual([]);
  });

  it('uses the issuer phrase to tell apart documents with the same number and year', () => {
    const g = graphOf(
      entry('x', { number: '27/KH-LĐLĐ', issuer: 'LĐLĐ huyện A', date: '2024-03-01' }),
      entry('y', { number: '27/KH-LĐLĐ', issuer: 'LĐLĐ huyện B', date: '2024-05-01' }),
      entry('z', {
        number: '5/KH-X',
        date: '2024-06-01',
        mentions: [{ number: '27/KH-LĐLĐ', date: '2024-05-01', issuer: 'LĐLĐ huyện B' }],
      }),
    );
    expect(g.ambiguous).toEqual([]);
    expect(g.nodes.find((n) => n.doc?.id === 'y')?.citedBy).toHaveLength(1);
  });

  it('reports citations that give one document two dates', () => {
    const g = graphOf(
      entry('a', { number: '1/KH-X', date: '2024-01-01', mentions: [{ number: '58-KL/TW', date: '2023-06-23' }] }),
      entry('b', { number: '2/KH-X', date: '2024-01-02', mentions: [{ number: '58-KL/TW', date: '2023-06-25' }] }),
    );
    expect(g.conflicts).toHaveLength(1);
    expect(g.conflicts[0]?.values.map((v) => v.value).sort()).toEqual(['2023-06-23', '2023-06-25']);
  });

  it('resolves an undated citation when the number names a single document', () => {
    const g = graphOf(
      entry('a', { number: '1/KH-X', date: '2024-01-01', mentions: [{ number: '02-NQ/TW', date: '2021-06-12' }] }),
      entry('b', { number: '2/KH-X', date: '2024-01-02', mentions: [{ number: '02-NQ/TW' }] }),
    );
    expect(g.bySlug.get('2021/2-nq-tw')?.citedBy.map((c) => c.from.number)).toEqual(['1/KH-X', '2/KH-X']);
    expect(g.bySlug.get('khong-ro-nam/2-nq-tw')).toBeUndefined();
  });

  it('does not count a document citing its own number', () => {
    const g = graphOf(entry('a', { number: '1/KH-X', date: '2024-01-01', mentions: [{ number: '01/KH-X' }] }));
    expect(g.nodes).toHaveLength(1);
  });
});

describe('groupByIssuer', () => {
  it('groups implementers by issuer, newest first inside a group', () => {
    const g = graphOf(
      entry('a', { number: '1/KH-A', issuer: 'Tỉnh A', date: '2024-01-01', implements: [directive] }),
      entry('b', { number: '2/KH-A', issuer: 'Tỉnh A', date: '2024-05-01', implements: [directive] }),
      entry('c', { number: '3/KH-B', issuer: 'Tỉnh B', date: '2024-03-01', implements: [directive] }),
    );
    const groups = groupByIssuer(implementationTree(g.bySlug.get('2023/43-nq-tw')!)[0]!);
    expect(groups.map((gr) => [gr.issuer, gr.nodes.map((n) => n.doc?.id)])).toEqual([
      ['Tỉnh A', ['b', 'a']],
      ['Tỉnh B', ['c']],
    ]);
  });
});

/** Every edge of a graph as "from → to (type)", sorted. */
const edgesOf = (g: ReturnType<typeof graphOf>) =>
  g.nodes.flatMap((n) => n.cites.map((e) => `${n.id} → ${e.to.id} (${e.type})`)).sort();

describe('buildReferenceGraph: chains through cited documents', () => {
  it("shows 43-NQ/TW's tree in the seed archive as 79/KH-LĐLĐ, then 27/KH-LĐLĐ under it", async () => {
    const g = await seedGraph();
    const tree = implementationTree(g.bySlug.get('2023/43-nq-tw')!);
    expect(tree.map((level) => level.map((n) => n.number))).toEqual([['79/KH-LĐLĐ'], ['27/KH-LĐLĐ']]);
    expect(tree[0]![0]!.doc).toBeUndefined();
    const district = g.nodes.find((n) => n.doc?.id === '2024/27-kh-ldld')!;
    expect(implementationChain(district).map((n) => n.key)).toEqual(['79/KH-LDLD', '43-NQ/TW']);
  });

  it('links a cited plan to what its subject says it implements', () => {
    const g = graphOf(
      entry('d', {
        number: '27/KH-LĐLĐ',
        date: '2024-08-08',
        implements: [
          { number: '79/KH-LĐLĐ', date: '2024-08-02', subject: 'Triển khai Chỉ thị số 05-CT/TW của Bộ Chính trị' },
        ],
      }),
    );
    const plan = g.bySlug.get('2024/79-kh-ldld')!;
    expect(plan.cites.map((e) => [e.to.slug, e.type, e.citation.issuer])).toEqual([
      ['khong-ro-nam/5-ct-tw', 'implements', 'Bộ Chính trị'],
    ]);
    expect(implementationTree(g.bySlug.get('khong-ro-nam/5-ct-tw')!).map((l) => l.map((n) => n.key))).toEqual([
      ['79/KH-LDLD'],
      ['27/KH-LDLD'],
    ]);
  });

  it("reads a mention's subject too", () => {
    const g = graphOf(
      entry('a', {
        number: '1/KH-X',
        date: '2024-01-01',
        mentions: [
          { number: '62-CTr/TU', date: '2024-06-25', subject: 'Thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023' },
        ],
      }),
    );
    expect(g.bySlug.get('2024/62-ctr-tu')?.cites.map((e) => e.to.slug)).toEqual(['2023/43-nq-tw']);
  });

  it('follows a subject inside a subject, level by level', () => {
    const g = graphOf(
      entry('c', {
        number: '5/KH-CĐCS',
        date: '2024-09-01',
        implements: [
          {
            number: '27/KH-LĐLĐ',
            date: '2024-08-08',
            subject:
              'Thực hiện Kế hoạch số 79/KH-LĐLĐ ngày 02/8/2024 về “Thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của BCH Trung ương Đảng”',
          },
        ],
      }),
    );
    const tree = implementationTree(g.bySlug.get('2023/43-nq-tw')!);
    expect(tree.map((level) => level.map((n) => n.key))).toEqual([['79/KH-LDLD'], ['27/KH-LDLD'], ['5/KH-CDCS']]);
  });

  it('does not add edges to an archived document from what others say of it', () => {
    const g = graphOf(
      entry('p', { number: '79/KH-LĐLĐ', date: '2024-08-02' }),
      entry('d', {
        number: '27/KH-LĐLĐ',
        date: '2024-08-08',
        implements: [{ number: '79/KH-LĐLĐ', date: '2024-08-02', subject: 'Thực hiện Nghị quyết số 43-NQ/TW' }],
      }),
    );
    expect(g.nodes.find((n) => n.doc?.id === 'p')?.cites).toEqual([]);
    expect(g.nodes.some((n) => n.key === '43-NQ/TW')).toBe(false);
  });

  it('leaves a subject without an implements opening alone', () => {
    const g = graphOf(
      entry('a', {
        number: '1/KH-X',
        date: '2024-01-01',
        mentions: [{ number: '2/KH-Y', date: '2023-01-01', subject: 'tuyên truyền Nghị quyết số 43-NQ/TW' }],
      }),
    );
    expect(g.bySlug.get('2023/2-kh-y')?.cites).toEqual([]);
  });

  it('cuts a cycle of subjects and still lists every document once', () => {
    const g = graphOf(
      entry('a', {
        number: '1/KH-X',
        date: '2024-01-01',
        mentions: [
          { number: '2/KH-Y', date: '2023-01-01', subject: 'Thực hiện Kế hoạch số 3/KH-Z ngày 01/01/2023' },
          { number: '3/KH-Z', date: '2023-01-01', subject: 'Thực hiện Kế hoạch số 2/KH-Y ngày 01/01/2023' },
        ],
      }),
    );
    const tree = implementationTree(g.bySlug.get('2023/3-kh-z')!);
    expect(tree.map((level) => level.map((n) => n.key))).toEqual([['2/KH-Y']]);
  });

  it('gives the same edges whatever the order of the files', () => {
    const files = [
      entry('d', {
        number: '27/KH-LĐLĐ',
        date: '2024-08-08',
        implements: [
          { number: '79/KH-LĐLĐ', date: '2024-08-02', subject: 'Thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023' },
        ],
      }),
      entry('e', {
        number: '30/KH-LĐLĐ',
        date: '2024-08-09',
        mentions: [{ number: '79/KH-LĐLĐ', subject: 'Triển khai Nghị quyết số 43-NQ/TW' }],
      }),
      entry('f', { number: '31/KH-LĐLĐ', date: '2024-08-10', implements: [{ number: '43-NQ/TW' }] }),
    ];
    expect(edgesOf(graphOf(...files))).toEqual(edgesOf(graphOf(...[...files].reverse())));
    expect(edgesOf(graphOf(...files))).toContain('79/KH-LDLD|2024 → 43-NQ/TW|2023 (implements)');
  });
});

describe('buildReferenceGraph: issuers as bodies (issue 13)', () => {
  it('shows an archived document under its canonical issuer, keeping the printed form, level and province', () => {
    const g = graphOf(
      entry('d', {
        number: '27 /KH-LĐLD',
        date: '2024-08-08',
        issuer: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG',
        issuerParent: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH PHƯỚC',
      }),
    );
    const node = g.nodes.find((n) => n.doc?.id === 'd')!;
    expect([node.issuer, node.issuerPrinted, node.issuerLevel, node.issuerProvince, node.issuerInferred]).toEqual([
      'Liên đoàn Lao động huyện Phú Riềng',
      'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG',
      'huyen',
      'Bình Phước',
      undefined,
    ]);
  });

  it('shows the inferred issuer of a document whose header lost it, flagged with its note', () => {
    const note = 'Suy ra từ nội dung: ký hiệu “TU” trong số văn bản, dòng “T/M BAN THƯỜNG VỤ”.';
    const g = graphOf(
      entry('d', { number: '09-ĐA/TU', date: '2022-01-10', issuerInferred: { name: 'Tỉnh ủy', level: 'tinh', note } }),
    );
    const node = g.nodes.find((n) => n.doc?.id === 'd')!;
    expect([node.issuer, node.issuerPrinted, node.issuerLevel, node.issuerProvince, node.issuerInferred]).toEqual([
      'Tỉnh ủy',
      undefined,
      'tinh',
      undefined,
      note,
    ]);
  });

  it('prefers the printed issuer the authority knows to an inferred one', () => {
    const inferred = { name: 'Tỉnh ủy', note: 'Suy ra từ nội dung.' };
    const g = graphOf(
      entry('d', { number: '1-CV/TU', date: '2023-01-01', issuer: 'TỈNH ỦY LÂM ĐỒNG', issuerInferred: inferred }),
    );
    expect(g.nodes[0]?.issuer).toBe('Tỉnh ủy Lâm Đồng');
    expect(g.nodes[0]?.issuerInferred).toBeUndefined();
  });

  it('keeps an issuer the authority does not know as printed', () => {
    const g = graphOf(entry('d', { number: '1/KH-CT', date: '2023-01-01', issuer: 'CÔNG TY  TNHH AN PHÚ' }));
    expect([g.nodes[0]?.issuer, g.nodes[0]?.issuerLevel]).toEqual(['CÔNG TY TNHH AN PHÚ', undefined]);
  });

  it('gives a document known only from citations the canonical issuer its citations name', () => {
    const g = graphOf(
      entry('a', {
        number: '1/KH-X',
        date: '2024-01-01',
        implements: [{ ...directive, issuer: 'BCH Trung ương Đảng khóa XIII' }],
      }),
    );
    const cited = g.bySlug.get('2023/43-nq-tw')!;
    expect([cited.issuer, cited.issuerPrinted, cited.issuerLevel]).toEqual([
      'Ban Chấp hành Trung ương Đảng',
      'BCH Trung ương Đảng khóa XIII',
      'trung-uong',
    ]);
  });

  it("reads a provincial body cited without its place as the citing body's province", () => {
    const g = graphOf(
      entry('d', {
        number: '27/KH-LĐLĐ',
        date: '2024-08-08',
        issuer: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG',
        issuerParent: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH PHƯỚC',
        mentions: [{ number: '79/KH-LĐLĐ', date: '2024-08-02', issuer: 'LĐLĐ tỉnh' }],
      }),
    );
    const cited = g.bySlug.get('2024/79-kh-ldld')!;
    expect([cited.issuer, cited.issuerProvince]).toEqual(['Liên đoàn Lao động tỉnh Bình Phước', 'Bình Phước']);
  });

  it("counts two printings of one body as one when naming a cited document's issuer", () => {
    const cite = (issuer: string) => ({ number: '79/KH-LĐLĐ', date: '2024-08-02', issuer });
    const g = graphOf(
      entry('a', { number: '1/KH-X', date: '2024-09-01', mentions: [cite('Liên đoàn Lao động tỉnh Bình Phước')] }),
      entry('b', { number: '2/KH-X', date: '2024-09-02', mentions: [cite('Ủy ban nhân dân tỉnh Bình Phước')] }),
      entry('c', { number: '3/KH-X', date: '2024-09-03', mentions: [cite('LĐLĐ TỈNH BÌNH PHƯỚC')] }),
    );
    const cited = g.bySlug.get('2024/79-kh-ldld')!;
    expect([cited.issuer, cited.issuerPrinted]).toEqual([
      'Liên đoàn Lao động tỉnh Bình Phước',
      'Liên đoàn Lao động tỉnh Bình Phước',
    ]);
  });

  it('tells apart documents of one number and year by the body a citation names, however printed', () => {
    const g = graphOf(
      entry('x', { number: '27/KH-LĐLĐ', issuer: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN ĐỒNG PHÚ', date: '2024-03-01' }),
      entry('y', { number: '27/KH-LĐLĐ', issuer: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG', date: '2024-05-01' }),
      entry('z', {
        number: '5/KH-X',
        date: '2024-06-01',
        mentions: [{ number: '27/KH-LĐLĐ', date: '2024-05-01', issuer: 'LĐLĐ huyện Phú Riềng' }],
      }),
    );
    expect(g.ambiguous).toEqual([]);
    expect(g.nodes.find((n) => n.doc?.id === 'y')?.citedBy).toHaveLength(1);
  });

  it('keeps every page address of the seed archive as it was before issuers became bodies', async () => {
    expect([...(await seedGraph()).bySlug.keys()].sort()).toEqual([
      '2002/9-nq-tw',
      '2010/66-kl-tw',
      '2013/217-qd-tw',
      '2013/218-qd-tw',
      '2014/34-ct-tw',
      '2016/5-ct-tw',
      '2018/28-nq-tw',
      '2021/1-kl-tw',
      '2021/12-ctr-tu',
      '2021/2-ctr-bch',
      '2021/2-nq-tw',
      '2021/20-ctr-ldld',
      '2021/276-kh-ldld',
      '2022/1268-qd-ttg',
      '2022/314-kh-ldld',
      '2023/3304-cv-tu',
      '2023/43-nq-tw',
      '2023/58-kl-tw',
      '2024/1-cthd-ddtld',
      '2024/1-kh-hdtdkt',
      '2024/27-kh-ldld',
      '2024/2719-kh-bhxh',
      '2024/2832-hd-bnv',
      '2024/62-ctr-tu',
      '2024/79-kh-ldld',
      '2025/196-kl-tw',
      'khong-ro-nam/9-da-tu',
      'khong-ro-nam/ke-hoach-thuc-hien-ket-luan-so-196-kl-tw',
    ]);
  });

  it('gives the seed archive canonical issuers for its cited directives and plans', async () => {
    const g = await seedGraph();
    const issuerOf = (slug: string) => g.bySlug.get(slug)?.issuer;
    expect(issuerOf('2023/43-nq-tw')).toBe('Ban Chấp hành Trung ương Đảng');
    expect(issuerOf('2024/79-kh-ldld')).toBe('Liên đoàn Lao động tỉnh Bình Phước');
    expect(issuerOf('2024/27-kh-ldld')).toBe('Liên đoàn Lao động huyện Phú Riềng');
    expect(issuerOf('2023/58-kl-tw')).toBe('Ban Bí thư');
  });
});

describe('groupByIssuer with bodies', () => {
  it('makes one group of two printings of a body, named canonically', () => {
    const g = graphOf(
      entry('a', {
        number: '1/KH-A',
        issuer: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG',
        date: '2024-01-01',
        implements: [directive],
      }),
      entry('b', {
        number: '2/KH-A',
        issuer: 'Liên đoàn Lao động huyện Phú Riềng',
        date: '2024-05-01',
        implements: [directive],
      }),
    );
    const groups = groupByIssuer(implementationTree(g.bySlug.get('2023/43-nq-tw')!)[0]!);
    expect(groups.map((gr) => [gr.issuer, gr.nodes.map((n) => n.doc?.id)])).toEqual([
      ['Liên đoàn Lao động huyện Phú Riềng', ['b', 'a']],
    ]);
  });

  it('names the province of bodies of several provinces that share a name', () => {
    const g = graphOf(
      entry('a', {
        number: '1/KH-UBND',
        issuer: 'UBND HUYỆN CHÂU THÀNH',
        issuerParent: 'UBND TỈNH TIỀN GIANG',
        date: '2024-01-01',
        implements: [directive],
      }),
      entry('b', {
        number: '2/KH-UBND',
        issuer: 'UBND HUYỆN CHÂU THÀNH',
        issuerParent: 'UBND TỈNH BẾN TRE',
        date: '2024-05-01',
        implements: [directive],
      }),
    );
    const groups = groupByIssuer(implementationTree(g.bySlug.get('2023/43-nq-tw')!)[0]!);
    expect(groups.map((gr) => gr.issuer).sort()).toEqual([
      'Ủy ban nhân dân huyện Châu Thành (Bến Tre)',
      'Ủy ban nhân dân huyện Châu Thành (Tiền Giang)',
    ]);
  });
});

describe('buildReferenceGraph: an undated citation and a dated one read from a subject', () => {
  const plain = entry('a', {
    number: '31/KH-LĐLĐ',
    date: '2024-08-10',
    implements: [{ number: '43-NQ/TW', kind: 'Nghị quyết' }],
  });
  const derived = entry('b', {
    number: '27/KH-LĐLĐ',
    date: '2024-08-08',
    implements: [
      {
        number: '79/KH-LĐLĐ',
        date: '2024-08-02',
        subject: 'Thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của BCH Trung ương Đảng',
      },
    ],
  });

  it('makes them one document, at its dated address', () => {
    for (const g of [graphOf(plain, derived), graphOf(derived, plain)]) {
      expect(g.nodes.filter((n) => n.key === '43-NQ/TW').map((n) => n.slug)).toEqual(['2023/43-nq-tw']);
      expect(g.bySlug.get('khong-ro-nam/43-nq-tw')).toBeUndefined();
      const tree = implementationTree(g.bySlug.get('2023/43-nq-tw')!);
      expect(tree.map((level) => level.map((n) => n.key).sort())).toEqual([
        ['31/KH-LDLD', '79/KH-LDLD'],
        ['27/KH-LDLD'],
      ]);
      expect(g.nodes.find((n) => n.doc?.id === 'a')?.cites.map((e) => e.to.slug)).toEqual(['2023/43-nq-tw']);
    }
  });

  it('keeps them apart when their citations name different issuing bodies', () => {
    const other = entry('a', {
      number: '31/KH-LĐLĐ',
      date: '2024-08-10',
      implements: [{ number: '43-NQ/TW', issuer: 'Tỉnh ủy Lào Cai' }],
    });
    const g = graphOf(other, derived);
    expect(
      g.nodes
        .filter((n) => n.key === '43-NQ/TW')
        .map((n) => n.slug)
        .sort(),
    ).toEqual(['2023/43-nq-tw', 'khong-ro-nam/43-nq-tw']);
  });

  it('leaves an undated citation alone when two dated documents share its number', () => {
    const twice = entry('c', {
      number: '5/KH-X',
      date: '2024-09-01',
      mentions: [
        { number: '80/KH-Y', date: '2024-01-01', subject: 'Thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023' },
        { number: '81/KH-Y', date: '2024-01-01', subject: 'Thực hiện Nghị quyết số 43-NQ/TW, ngày 08/11/2002' },
      ],
    });
    const g = graphOf(plain, twice);
    expect(
      g.nodes
        .filter((n) => n.key === '43-NQ/TW')
        .map((n) => n.slug)
        .sort(),
    ).toEqual(['2002/43-nq-tw', '2023/43-nq-tw', 'khong-ro-nam/43-nq-tw']);
  });
});

describe('node numbers', () => {
  it('shows the canonical number and keeps the printed one (issue 13)', () => {
    const g = graphOf(
      entry('plan', {
        number: '27 /KH-LĐLD',
        date: '2024-08-08',
        implements: [{ number: '79/KH-LĐLD', date: '2024-08-02' }],
      }),
    );
    const plan = g.nodes.find((n) => n.doc);
    const cited = g.nodes.find((n) => !n.doc);
    expect([plan?.number, plan?.numberPrinted]).toEqual(['27/KH-LĐLĐ', '27 /KH-LĐLD']);
    expect([cited?.number, cited?.numberPrinted]).toEqual(['79/KH-LĐLĐ', '79/KH-LĐLD']);
  });
});
