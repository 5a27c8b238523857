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
    const tree = implementationTree(g.bySlug.get('2023/43-nq-tw')!);
    expect(tree.map((level) => level.map((n) => n.doc?.id))).toEqual([['district', 'province']]);
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
