import { describe, it, expect } from 'vitest';
import { canonicalNumber, ISSUER_CODES_WITH_D_STROKE } from '../../src/reading/canonical-number.ts';
import { AUTHORITIES, LOCAL_FAMILIES } from '../../src/reading/issuers/index.ts';

describe('canonicalNumber', () => {
  it('removes the blanks around separators and restores Đ in a known issuer code', () => {
    expect(canonicalNumber('27 /KH-LĐLD')).toEqual('27/KH-LĐLĐ');
  });
  it('removes the blanks around a Party number dash', () => {
    expect(canonicalNumber('3304 - CV/TU')).toEqual('3304-CV/TU');
  });
  it('keeps letter case as printed', () => {
    expect([canonicalNumber('394/QĐ-TTg'), canonicalNumber('12/CTr-UBND')]).toEqual(['394/QĐ-TTg', '12/CTr-UBND']);
  });
  it('keeps leading zeros and a letter suffix', () => {
    expect([canonicalNumber('09 -NQ/TW'), canonicalNumber('30a/2008/NQ-CP')]).toEqual(['09-NQ/TW', '30a/2008/NQ-CP']);
  });
  it('leaves a type code that is valid with D alone (HD is Hướng dẫn)', () => {
    expect(canonicalNumber('45-HD/BTCTW')).toEqual('45-HD/BTCTW');
  });
  it('leaves an issuer code it does not know alone', () => {
    expect(canonicalNumber('12/QĐ-SXD')).toEqual('12/QĐ-SXD');
  });
  it('restores Đ in each known segment of a joint issuer', () => {
    expect(canonicalNumber('5/KH-LDLD-HDND')).toEqual('5/KH-LĐLĐ-HĐND');
  });
  it('unifies dash look-alikes and line breaks', () => {
    expect(canonicalNumber('43\u2013NQ/\nTW')).toEqual('43-NQ/TW');
  });
  it('mends a draft number the same way', () => {
    expect(canonicalNumber('- CV/DU')).toEqual('-CV/ĐU');
  });
});

describe('ISSUER_CODES_WITH_D_STROKE', () => {
  it('is every issuer code with Đ that the issuer authority lists, and nothing else', () => {
    const codes = [...AUTHORITIES.flatMap((a) => a.codes), ...LOCAL_FAMILIES.flatMap((f) => f.codes)].filter((c) =>
      c.includes('Đ'),
    );
    expect([...ISSUER_CODES_WITH_D_STROKE].sort()).toEqual([...new Set(codes)].sort());
  });
  it('restores Đ in a ministry code the authority holds (BGDĐT, LĐTBXH)', () => {
    expect([canonicalNumber('12/2024/TT-BGDDT'), canonicalNumber('5/QĐ-LDTBXH')]).toEqual([
      '12/2024/TT-BGDĐT',
      '5/QĐ-LĐTBXH',
    ]);
  });
});
