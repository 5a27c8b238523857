import { describe, it, expect } from 'vitest';
import { buildArchive } from '../../src/archive/identity.ts';
import { buildReferenceGraph } from '../../src/archive/graph.ts';
import { buildPrintHeader, formatDateLine } from '../../src/render/print-header.ts';
import { entry } from '../helpers/archive.ts';

const graph = buildReferenceGraph(
  buildArchive([
    entry('27', {
      number: '27 /KH-LĐLD',
      date: '2024-08-08',
      place: 'Phú Riềng',
      title: 'Thực hiện Nghị quyết số 43-NQ/TW',
      issuer: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG',
      issuerParent: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH PHƯỚC',
      implements: [{ number: '43-NQ/TW', date: '2023-11-24' }],
    }),
    entry('cv', {
      number: '3304 - CV/TU',
      kind: 'Công văn',
      date: '2023-11-29',
      place: 'Lào Cai',
      title: 'V/v triển khai',
    }),
    entry('kh', { number: null, date: null, title: 'Kế hoạch không số' }),
  ]).documents,
);

describe('formatDateLine', () => {
  it('writes the place and the date in words, zero before a day under 10 and months 1 and 2', () => {
    expect([formatDateLine('Phú Riềng', '2024-08-08'), formatDateLine('Lào Cai', '2024-02-15')]).toEqual([
      'Phú Riềng, ngày 08 tháng 8 năm 2024',
      'Lào Cai, ngày 15 tháng 02 năm 2024',
    ]);
  });

  it('writes what it has when the place or the date is missing', () => {
    expect([formatDateLine(null, '2024-08-08'), formatDateLine('Phú Riềng', null), formatDateLine(null, null)]).toEqual(
      ['Ngày 08 tháng 8 năm 2024', 'Phú Riềng', null],
    );
  });
});

describe('buildPrintHeader', () => {
  it('heads a State-numbered plan with the national motto and "Số:"', () => {
    expect(buildPrintHeader(graph.bySlug.get('2024/27-kh-ldld')!)).toEqual({
      parent: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH PHƯỚC',
      issuer: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG',
      numberLine: 'Số: 27/KH-LĐLĐ',
      motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
      dateLine: 'Phú Riềng, ngày 08 tháng 8 năm 2024',
      kind: 'Kế hoạch',
      title: 'Thực hiện Nghị quyết số 43-NQ/TW',
    });
  });

  it('heads a Party-numbered document with the Party’s name and "Số" without a colon', () => {
    const header = buildPrintHeader(graph.bySlug.get('2023/3304-cv-tu')!);
    expect([header?.motto, header?.numberLine]).toEqual([['ĐẢNG CỘNG SẢN VIỆT NAM'], 'Số 3304-CV/TU']);
  });

  it('guesses no motto for a document without a number, and gives none for a cited-only one', () => {
    const unnumbered = graph.nodes.find((n) => n.doc?.id === 'kh')!;
    expect([buildPrintHeader(unnumbered)?.motto, buildPrintHeader(graph.bySlug.get('2023/43-nq-tw')!)]).toEqual([
      [],
      null,
    ]);
  });
});
