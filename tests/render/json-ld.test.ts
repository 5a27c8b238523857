import { describe, it, expect } from 'vitest';
import { buildArchive } from '../../src/archive/identity.ts';
import { buildReferenceGraph, type GraphNode } from '../../src/archive/graph.ts';
import { legislationJsonLd } from '../../src/render/json-ld.ts';
import { entry } from '../helpers/archive.ts';

const directive = {
  number: '43-NQ/TW',
  kind: 'Nghị quyết' as const,
  date: '2023-11-24',
  issuer: 'BCH Trung ương Đảng',
  subject: 'phát huy sức mạnh đại đoàn kết dân tộc',
};
const graph = buildReferenceGraph(
  buildArchive([
    entry('plan', {
      number: '27 /KH-LĐLD',
      date: '2024-08-08',
      issuer: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG',
      title: 'Thực hiện Nghị quyết số 43-NQ/TW',
      implements: [directive, directive],
      mentions: [{ number: '02-NQ/TW', kind: 'Nghị quyết', date: '2021-06-12' }],
    }),
  ]).documents,
);
const urlOf = (n: GraphNode) => `https://example.gov.vn/van-ban/${n.slug}/`;
const plan = graph.nodes.find((n) => n.doc)!;
const cited = graph.bySlug.get('2023/43-nq-tw')!;

describe('legislationJsonLd', () => {
  it('describes an archived document as schema.org Legislation', () => {
    expect(legislationJsonLd(plan, urlOf)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      '@id': 'https://example.gov.vn/van-ban/2024/27-kh-ldld/',
      url: 'https://example.gov.vn/van-ban/2024/27-kh-ldld/',
      name: 'Thực hiện Nghị quyết số 43-NQ/TW',
      legislationIdentifier: '27/KH-LĐLĐ',
      legislationType: 'Kế hoạch',
      legislationDate: '2024-08-08',
      datePublished: '2024-08-08',
      inLanguage: 'vi',
      legislationPassedBy: { '@type': 'Organization', name: 'Liên đoàn Lao động huyện Phú Riềng' },
      legislationApplies: [
        {
          '@type': 'Legislation',
          '@id': 'https://example.gov.vn/van-ban/2023/43-nq-tw/',
          legislationIdentifier: '43-NQ/TW',
        },
      ],
    });
  });

  it('lists what the document implements once each, not what it only mentions', () => {
    const applies = legislationJsonLd(plan, urlOf).legislationApplies as Array<{ legislationIdentifier: string }>;
    expect(applies.map((a) => a.legislationIdentifier)).toEqual(['43-NQ/TW']);
  });

  it('names a document known only from citations by what the citations say it is about', () => {
    const ld = legislationJsonLd(cited, urlOf);
    expect(ld.name).toEqual('phát huy sức mạnh đại đoàn kết dân tộc');
    expect(ld.legislationType).toEqual('Nghị quyết');
    expect(ld.legislationDate).toEqual('2023-11-24');
    expect(ld.legislationApplies).toEqual([]);
  });

  it('serialises without undefined fields', () => {
    const ld = legislationJsonLd(graph.bySlug.get('2021/2-nq-tw')!, urlOf);
    expect(JSON.parse(JSON.stringify(ld))).not.toHaveProperty('legislationPassedBy');
  });
});
