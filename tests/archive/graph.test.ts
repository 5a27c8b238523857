import { describe, it, expect } from 'vitest';
import { buildArchive, type ArchiveEntry } from '../../src/archive/identity.ts';
import {
  buildReferenceGraph,
  implementationChain,
  implementationTree,
  groupByIssuer,
} from '../../src/archive/graph.ts';
import { DocumentSchema, type DocumentInput } from '../../src/content/schema.ts';

function entry(id: string, data: Partial<DocumentInput>): ArchiveEntry {
  return {
    id,
    filePath: `content/${id}.md`,
    data: DocumentSchema.parse({ kind: 'Kế hoạch', title: `Văn bản ${id}`, ...data }),
  };
}

function graphOf(...entries: ArchiveEntry[]) {
  return buildReferenceGraph(buildArchive(entries).documents);
}

const directive = { number: '43-NQ/TW', kind: 'Nghị quyết' as const, date: '2023-11-24', issuer: 'BCH Trung ương Đảng' };

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
      entry('d', { number: '27/KH-LĐLĐ', date: '2024-08-08', implements: [{ number: '79/KH-LĐLĐ', date: '2024-08-02' }] }),
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
      entry('z', { number: '5/KH-X', date: '2024-06-01', mentions: [{ number: '27/KH-LĐLĐ', date: '2024-05-01', issuer: 'LĐLĐ huyện B' }] }),
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

/** The seed archive (content/), read as the build reads it. */
async function seedGraph() {
  const { listDocuments } = await import('../../src/content/document-files.ts');
  const { readDocumentFile } = await import('../../src/content/frontmatter.ts');
  const { readFileSync } = await import('node:fs');
  const path = await import('node:path');
  const dir = path.resolve(import.meta.dirname, '../../content');
  const { files } = await listDocuments(dir);
  const entries = files.map((rel) => ({
    id: rel.replace(/\.md$/, ''),
    filePath: `content/${rel}`,
    data: DocumentSchema.parse(readDocumentFile(readFileSync(path.join(dir, rel), 'utf8'), rel).data),
  }));
  return buildReferenceGraph(buildArchive(entries).documents);
}

/** Every edge of a graph as "from → to (type)", sorted. */
const edgesOf = (g: ReturnType<typeof graphOf>) =>
  g.nodes.flatMap((n) => n.cites.map((e) => `${n.id} → ${e.to.id} (${e.type})`)).sort();

describe('buildReferenceGraph: chains through cited documents', () => {
  it("shows 43-NQ/TW's tree in the seed archive as 79/KH-LĐLĐ, then 27/KH-LĐLĐ under it", async () => {
    const g = await seedGraph();
    const tree = implementationTree(g.bySlug.get('2023/43-nq-tw')!);
    expect(tree.map((level) => level.map((n) => n.number))).toEqual([['79/KH-LĐLD'], ['27 /KH-LĐLD']]);
    expect(tree[0]![0]!.doc).toBeUndefined();
    const district = g.nodes.find((n) => n.doc?.id === '2024/27-kh-ldld')!;
    expect(implementationChain(district).map((n) => n.key)).toEqual(['79/KH-LDLD', '43-NQ/TW']);
  });

  it('links a cited plan to what its subject says it implements', () => {
    const g = graphOf(
      entry('d', {
        number: '27/KH-LĐLĐ',
        date: '2024-08-08',
        implements: [{ number: '79/KH-LĐLĐ', date: '2024-08-02', subject: 'Triển khai Chỉ thị số 05-CT/TW của Bộ Chính trị' }],
      }),
    );
    const plan = g.bySlug.get('2024/79-kh-ldld')!;
    expect(plan.cites.map((e) => [e.to.slug, e.type, e.citation.issuer])).toEqual([['khong-ro-nam/5-ct-tw', 'implements', 'Bộ Chính trị']]);
    expect(implementationTree(g.bySlug.get('khong-ro-nam/5-ct-tw')!).map((l) => l.map((n) => n.key))).toEqual([['79/KH-LDLD'], ['27/KH-LDLD']]);
  });

  it("reads a mention's subject too", () => {
    const g = graphOf(
      entry('a', { number: '1/KH-X', date: '2024-01-01', mentions: [{ number: '62-CTr/TU', date: '2024-06-25', subject: 'Thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023' }] }),
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
            subject: 'Thực hiện Kế hoạch số 79/KH-LĐLĐ ngày 02/8/2024 về “Thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của BCH Trung ương Đảng”',
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
      entry('d', { number: '27/KH-LĐLĐ', date: '2024-08-08', implements: [{ number: '79/KH-LĐLĐ', date: '2024-08-02', subject: 'Thực hiện Nghị quyết số 43-NQ/TW' }] }),
    );
    expect(g.nodes.find((n) => n.doc?.id === 'p')?.cites).toEqual([]);
    expect(g.nodes.some((n) => n.key === '43-NQ/TW')).toBe(false);
  });

  it('leaves a subject without an implements opening alone', () => {
    const g = graphOf(entry('a', { number: '1/KH-X', date: '2024-01-01', mentions: [{ number: '2/KH-Y', date: '2023-01-01', subject: 'tuyên truyền Nghị quyết số 43-NQ/TW' }] }));
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
      entry('d', { number: '27/KH-LĐLĐ', date: '2024-08-08', implements: [{ number: '79/KH-LĐLĐ', date: '2024-08-02', subject: 'Thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023' }] }),
      entry('e', { number: '30/KH-LĐLĐ', date: '2024-08-09', mentions: [{ number: '79/KH-LĐLĐ', subject: 'Triển khai Nghị quyết số 43-NQ/TW' }] }),
      entry('f', { number: '31/KH-LĐLĐ', date: '2024-08-10', implements: [{ number: '43-NQ/TW' }] }),
    ];
    expect(edgesOf(graphOf(...files))).toEqual(edgesOf(graphOf(...[...files].reverse())));
    expect(edgesOf(graphOf(...files))).toContain('79/KH-LDLD|2024 → 43-NQ/TW|2023 (implements)');
  });
});
