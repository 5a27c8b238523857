import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/archive/identity.ts';
import { buildReferenceGraph } from '../../../src/archive/graph.ts';
import { DocumentSchema } from '../../../src/content/schema.ts';
import { pageRecord } from '../../../src/search/build/page-record.ts';

const graph = buildReferenceGraph(
  buildArchive([
    {
      id: 'plan',
      filePath: 'plan.md',
      data: DocumentSchema.parse({
        kind: 'Kế hoạch',
        title: 'Thực hiện Kế hoạch 79',
        number: '27/KH-LĐLĐ',
        date: '2024-08-08',
        issuer: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG',
        implements: [{ number: '79/KH-LĐLD', date: '2024-08-02', subject: 'Thực hiện Nghị quyết số 43-NQ/TW' }],
        mentions: [{ number: '02-NQ/TW' }],
      }),
    },
  ]).documents,
);
const unknown = { kind: 'Văn bản', value: 'Không rõ' };
const labels = new Map([['lien-doan-lao-dong-huyen-phu-rieng', 'Liên đoàn Lao động huyện Phú Riềng']]);

describe('pageRecord', () => {
  it('gives an archived document its metadata in contract order, filters and sort date', () => {
    const plan = graph.nodes.find((n) => n.doc)!;
    const record = pageRecord(plan, labels, unknown);
    expect(record).toEqual({
      url: 'van-ban/2024/27-kh-ldld/',
      date: '2024-08-08',
      meta: {
        title: 'Thực hiện Kế hoạch 79',
        kind: 'Kế hoạch',
        number: '27/KH-LĐLĐ',
        date: '2024-08-08',
        issuer: 'Liên đoàn Lao động huyện Phú Riềng',
        key: '27/KH-LDLD',
        imp: '79/KH-LDLD',
        men: '2-NQ/TW',
        so: 'vb27khldld',
        th: 'vb79khldld',
        nh: 'vb2nqtw',
      },
      filters: { loai: 'Kế hoạch', 'co-quan': 'Liên đoàn Lao động huyện Phú Riềng', nam: '2024' },
    });
    expect(Object.keys(record.meta)).toEqual([
      'title',
      'kind',
      'number',
      'date',
      'issuer',
      'key',
      'imp',
      'men',
      'so',
      'th',
      'nh',
    ]);
  });

  it('marks a document known only from citations and titles it by the subject they give', () => {
    const cited = graph.bySlug.get('2024/79-kh-ldld')!;
    expect(pageRecord(cited, labels, unknown).meta).toMatchObject({
      title: 'Thực hiện Nghị quyết số 43-NQ/TW',
      cited: '1',
      imp: '43-NQ/TW',
    });
  });

  it('titles a cited document with no subject by kind and number, and fills unknown filters', () => {
    const cited = graph.nodes.find((n) => n.key === '2-NQ/TW')!;
    const record = pageRecord(cited, labels, unknown);
    expect(record.meta).toMatchObject({
      title: 'Văn bản 02-NQ/TW',
      cited: '1',
      key: '2-NQ/TW',
      number: '02-NQ/TW',
      so: 'vb2nqtw',
    });
    expect(record.filters['co-quan']).toBe('Không rõ');
  });
});
