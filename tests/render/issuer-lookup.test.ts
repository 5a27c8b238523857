import { describe, it, expect } from 'vitest';
import { buildArchive } from '../../src/archive/identity.ts';
import { buildReferenceGraph } from '../../src/archive/graph.ts';
import { issuerInfoOf, provincesInForceAt } from '../../src/render/issuer-lookup.ts';
import { entry } from '../helpers/archive.ts';

const graph = buildReferenceGraph(
  buildArchive([
    entry('27', {
      number: '27 /KH-LĐLD',
      date: '2024-08-08',
      issuer: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG',
      issuerParent: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH PHƯỚC',
      implements: [{ number: '43-NQ/TW', date: '2023-11-24', issuer: 'BCH Trung ương Đảng khóa XIII' }],
    }),
    entry('x', { number: '5/KH-XYZ', date: '2024-01-01', issuer: 'MỘT TỔ CHỨC KHÔNG CÓ TRONG DANH MỤC' }),
  ]).documents,
);

describe('issuerInfoOf', () => {
  it('gives an archived document its canonical issuer with level and province, the parent line naming the province', () => {
    expect(issuerInfoOf(graph.bySlug.get('2024/27-kh-ldld')!)).toEqual({
      name: 'Liên đoàn Lao động huyện Phú Riềng',
      level: 'huyen',
      province: 'Bình Phước',
    });
  });

  it('reads a cited-only document’s issuer from the citation’s phrase, term and all', () => {
    expect(issuerInfoOf(graph.bySlug.get('2023/43-nq-tw')!)).toEqual({
      name: 'Ban Chấp hành Trung ương Đảng',
      level: 'trung-uong',
    });
  });

  it('keeps a body the authority does not know under its printed name, with no level', () => {
    expect(issuerInfoOf(graph.bySlug.get('2024/5-kh-xyz')!)).toEqual({ name: 'MỘT TỔ CHỨC KHÔNG CÓ TRONG DANH MỤC' });
  });
});

describe('provincesInForceAt', () => {
  it('gives 63 provinces before 1 July 2025 and 34 from that day', () => {
    expect([provincesInForceAt('2025-06-30').length, provincesInForceAt('2025-07-01').length]).toEqual([63, 34]);
  });
});

describe('issuerInfoOf on a document whose header lost its issuer', () => {
  it('takes the issuer the importer inferred, with its level and province', () => {
    const g = buildReferenceGraph(
      buildArchive([
        entry('bhxh', {
          number: '2719/KH-BHXH',
          date: '2024-08-14',
          issuer: null,
          issuerInferred: {
            name: 'Bảo hiểm xã hội Việt Nam',
            level: 'trung-uong',
            province: null,
            note: 'Suy ra từ số ký hiệu',
          },
        }),
      ]).documents,
    );
    expect(issuerInfoOf(g.bySlug.get('2024/2719-kh-bhxh')!)).toEqual({
      name: 'Bảo hiểm xã hội Việt Nam',
      level: 'trung-uong',
    });
  });
});
