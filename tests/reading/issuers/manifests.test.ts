/**
 * Every issuer printed in the corpus manifests resolves to a canonical name, level and
 * province. The corpus2 issuers are written out here too (its manifest lives outside the repo
 * until it is copied into tests/fixtures/corpus2/, which this test then also reads).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveIssuer } from '../../../src/reading/issuers/resolve.ts';

type Expected = { name: string; level: string; province?: string };

/** Printed issuer block (manifest form, parent " / " issuer) → what a reader should see. */
const EXPECTED: Record<string, Expected> = {
  'CHÍNH PHỦ': { name: 'Chính phủ', level: 'trung-uong' },
  'THỦ TƯỚNG CHÍNH PHỦ': { name: 'Thủ tướng Chính phủ', level: 'trung-uong' },
  'VĂN PHÒNG CHÍNH PHỦ': { name: 'Văn phòng Chính phủ', level: 'trung-uong' },
  'BAN CHẤP HÀNH TRUNG ƯƠNG': { name: 'Ban Chấp hành Trung ương Đảng', level: 'trung-uong' },
  'BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TỔ CHỨC': { name: 'Ban Tổ chức Trung ương', level: 'trung-uong' },
  'BẢO HIỂM XÃ HỘI VIỆT NAM': { name: 'Bảo hiểm xã hội Việt Nam', level: 'trung-uong' },
  'BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI': { name: 'Bộ Lao động - Thương binh và Xã hội', level: 'trung-uong' },
  'UBND TỈNH LÀO CAI / SỞ CÔNG THƯƠNG': { name: 'Sở Công Thương tỉnh Lào Cai', level: 'tinh', province: 'Lào Cai' },
  'UBND TỈNH LÀO CAI / SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG': {
    name: 'Sở Nông nghiệp và Môi trường tỉnh Lào Cai',
    level: 'tinh',
    province: 'Lào Cai',
  },
  'UỶ BAN NHÂN DÂN TỈNH LAI CHÂU': { name: 'Ủy ban nhân dân tỉnh Lai Châu', level: 'tinh', province: 'Lai Châu' },
  'ĐẢNG BỘ TỈNH LÀO CAI / ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH': {
    name: 'Đảng ủy Ủy ban nhân dân tỉnh Lào Cai',
    level: 'tinh',
    province: 'Lào Cai',
  },
  'ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH': {
    name: 'Ủy ban nhân dân Thành phố Hồ Chí Minh',
    level: 'tinh',
    province: 'Thành phố Hồ Chí Minh',
  },
  'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ': {
    name: 'Ủy ban nhân dân thành phố Cần Thơ',
    level: 'tinh',
    province: 'Cần Thơ',
  },
  'ỦY BAN NHÂN DÂN TỈNH LÀO CAI': { name: 'Ủy ban nhân dân tỉnh Lào Cai', level: 'tinh', province: 'Lào Cai' },
  'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN': { name: 'Ủy ban nhân dân tỉnh Nghệ An', level: 'tinh', province: 'Nghệ An' },
  'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ': { name: 'Ủy ban nhân dân tỉnh Quảng Trị', level: 'tinh', province: 'Quảng Trị' },
  'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK': { name: 'Ủy ban nhân dân tỉnh Đắk Lắk', level: 'tinh', province: 'Đắk Lắk' },
  // corpus2
  'HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH': {
    name: 'Hội đồng nhân dân tỉnh Quảng Ninh',
    level: 'tinh',
    province: 'Quảng Ninh',
  },
  'ĐẢNG BỘ TỈNH KHÁNH HOÀ / ĐẢNG UỶ XÃ CÔNG HẢI': { name: 'Đảng ủy xã Công Hải', level: 'xa', province: 'Khánh Hòa' },
  'ĐẢNG ỦY CHÍNH PHỦ / VĂN PHÒNG': { name: 'Văn phòng Đảng ủy Chính phủ', level: 'trung-uong' },
  // Phố Bảng and Lương Minh: the manifest prints no province and two provinces have a Lương Minh.
  'ỦY BAN BẦU CỬ XÃ PHỐ BẢNG / TIỂU BAN THÔNG TIN, TUYÊN TRUYỀN, KHÁNH TIẾT': {
    name: 'Tiểu ban Thông tin, Tuyên truyền, Khánh tiết Ủy ban bầu cử xã Phố Bảng',
    level: 'xa',
  },
  'ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH / BAN THƯỜNG TRỰC': {
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh',
    level: 'xa',
  },
  'ỦY BAN THƯỜNG VỤ QUỐC HỘI - CHÍNH PHỦ - ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM': {
    name: 'Ủy ban Thường vụ Quốc hội - Chính phủ - Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    level: 'trung-uong',
  },
};

/** Issuer column of a manifest (by header name), non-empty cells only. */
function manifestIssuers(path: URL): string[] {
  const [head, ...rows] = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  const column = head!.split('\t').indexOf('issuer');
  return rows.map((row) => row.split('\t')[column] ?? '').filter(Boolean);
}

function summary(printed: string): Expected | null {
  const r = resolveIssuer(printed);
  return r && { name: r.name, level: r.level, ...(r.province ? { province: r.province } : {}) };
}

const corpus = new URL('../../fixtures/corpus/MANIFEST.tsv', import.meta.url);
const corpus2 = new URL('../../fixtures/corpus2/MANIFEST.tsv', import.meta.url);

describe('resolveIssuer over the manifests', () => {
  it('resolves every printed issuer of the written-out table as expected', () => {
    const got = Object.fromEntries(Object.keys(EXPECTED).map((printed) => [printed, summary(printed)]));
    expect(got).toEqual(EXPECTED);
  });
  it('resolves every issuer of the corpus manifest', () => {
    const issuers = manifestIssuers(corpus);
    expect(issuers).toHaveLength(29);
    expect(issuers.filter((printed) => !EXPECTED[printed]).map((printed) => [printed, summary(printed)])).toEqual([]);
    expect(issuers.filter((printed) => resolveIssuer(printed) === null)).toEqual([]);
  });
  it.skipIf(!existsSync(corpus2))('resolves every issuer of the corpus2 manifest', () => {
    const issuers = manifestIssuers(corpus2);
    expect(issuers.filter((printed) => !EXPECTED[printed]).map((printed) => [printed, summary(printed)])).toEqual([]);
  });
});
