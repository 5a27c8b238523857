import { describe, it, expect } from 'vitest';
import { buildArchive } from '../../src/archive/identity.ts';
import { buildReferenceGraph, type GraphNode } from '../../src/archive/graph.ts';
import { listImplementers } from '../../src/archive/overview/overview.ts';
import {
  DOCUMENT_COLUMNS,
  IMPLEMENTER_COLUMNS,
  documentJson,
  documentRow,
  implementerRow,
} from '../../src/render/exports.ts';
import { issuerInfoOf } from '../../src/render/issuer-lookup.ts';
import { entry } from '../helpers/archive.ts';

const nq43 = {
  number: '43-NQ/TW',
  kind: 'Nghị quyết' as const,
  date: '2023-11-24',
  issuer: 'BCH Trung ương Đảng khóa XIII',
};
const graph = buildReferenceGraph(
  buildArchive([
    entry('27', {
      number: '27 /KH-LĐLD',
      date: '2024-08-08',
      title: 'Thực hiện Nghị quyết số 43-NQ/TW',
      issuer: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG',
      issuerParent: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH PHƯỚC',
      implements: [nq43],
      mentions: [{ number: '1268/QĐ-TTg', date: '2022-10-19', issuer: 'Thủ tướng Chính phủ' }],
    }),
  ]).documents,
);
const urlOf = (n: GraphNode) => `https://example.gov.vn/van-ban/${n.slug}/`;
const plan = graph.bySlug.get('2024/27-kh-ldld')!;
const nq = graph.bySlug.get('2023/43-nq-tw')!;

describe('documentRow', () => {
  it('gives a row per column with the canonical issuer, its level and province', () => {
    const row = documentRow(plan, issuerInfoOf, urlOf);
    expect(row).toHaveLength(DOCUMENT_COLUMNS().length);
    expect(row).toEqual([
      '27/KH-LĐLĐ',
      'Kế hoạch',
      '08/08/2024',
      'Liên đoàn Lao động huyện Phú Riềng',
      'Huyện',
      'Bình Phước',
      'Thực hiện Nghị quyết số 43-NQ/TW',
      'có toàn văn',
      'https://example.gov.vn/van-ban/2024/27-kh-ldld/',
    ]);
  });
});

describe('implementerRow', () => {
  it('starts with the tree level and ends with what the document implements', () => {
    const [implementer] = listImplementers(nq, { issuerOf: issuerInfoOf });
    const row = implementerRow(implementer!, urlOf);
    expect(row).toHaveLength(IMPLEMENTER_COLUMNS().length);
    expect([row[0], row.at(-1)]).toEqual([1, 'Nghị quyết 43-NQ/TW']);
  });
});

describe('documentJson', () => {
  it('names fields as schema.org Legislation does, with the number printed and canonical and links as URLs', () => {
    expect(documentJson(plan, { urlOf, issuerOf: issuerInfoOf })).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '27/KH-LĐLĐ',
      printedIdentifier: '27 /KH-LĐLD',
      legislationType: 'Kế hoạch',
      legislationDate: '2024-08-08',
      legislationPassedBy: { name: 'Liên đoàn Lao động huyện Phú Riềng', level: 'huyen', areaServed: 'Bình Phước' },
      archived: true,
      legislationApplies: ['https://example.gov.vn/van-ban/2023/43-nq-tw/'],
      citation: ['https://example.gov.vn/van-ban/2022/1268-qd-ttg/'],
      implementedBy: [],
    });
  });

  it('gives a cited-only document what the citations say, and who implements it', () => {
    expect(documentJson(nq, { urlOf, issuerOf: issuerInfoOf })).toMatchObject({
      archived: false,
      name: null,
      legislationPassedBy: { name: 'Ban Chấp hành Trung ương Đảng', level: 'trung-uong', areaServed: null },
      implementedBy: ['https://example.gov.vn/van-ban/2024/27-kh-ldld/'],
    });
  });
});
