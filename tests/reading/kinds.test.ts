import { describe, it, expect } from 'vitest';
import { canonicalKindCode, isKindName, kindFromCode } from '../../src/reading/kinds.ts';

describe('canonicalKindCode', () => {
  it('returns the canonical spelling for any case', () => {
    expect(canonicalKindCode('CTR')).toBe('CTr');
    expect(canonicalKindCode('qđi')).toBe('QĐi');
  });
  it('accepts Đ typed as D', () => {
    expect(canonicalKindCode('QD')).toBe('QĐ');
  });
  it('returns undefined for unknown codes', () => {
    expect(canonicalKindCode('XYZ')).toBeUndefined();
  });
});
describe('kindFromCode', () => {
  it('names the kind of a code', () => {
    expect(kindFromCode('KH')).toBe('Kế hoạch');
    expect(kindFromCode('NQ')).toBe('Nghị quyết');
  });
});
describe('isKindName', () => {
  it('recognises kind names', () => {
    expect(isKindName('Kế hoạch')).toBe(true);
    expect(isKindName('Kế hoạch hành động')).toBe(false);
  });
});

describe('joint kinds', () => {
  it('names the joint type codes as joint kinds', async () => {
    const { kindFromCode } = await import('../../src/reading/kinds.ts');
    expect([kindFromCode('NQLT'), kindFromCode('TTLT')]).toEqual(['Nghị quyết liên tịch', 'Thông tư liên tịch']);
  });
  it('reads a joint resolution heading as its own kind, not as a title starting "LIÊN TỊCH"', async () => {
    const { readHeader } = await import('../../src/reading/header.ts');
    const h = readHeader(
      'ỦY BAN THƯỜNG VỤ QUỐC HỘI\nSố: 102/2025/NQLT-UBTVQH15-CP\n\nNGHỊ QUYẾT LIÊN TỊCH\nHướng dẫn quy trình hiệp thương\n',
    );
    expect({ kind: h.kind, title: h.title }).toEqual({
      kind: 'Nghị quyết liên tịch',
      title: 'Hướng dẫn quy trình hiệp thương',
    });
  });
});
