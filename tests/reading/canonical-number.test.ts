import { describe, it, expect } from 'vitest';
import {
  canonicalNumber,
  ISSUER_CODES_WITH_D_STROKE,
  UNIT_CODES_WITH_D_STROKE,
} from '../../src/reading/canonical-number.ts';
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
  it('holds the codes the Đ-restoration list had before it was derived from the authority', () => {
    expect(
      ['ĐĐBQH', 'ĐHQG', 'BCĐ', 'CĐ', 'ĐCT', 'VPĐU', 'ĐTN'].filter((c) => !ISSUER_CODES_WITH_D_STROKE.includes(c)),
    ).toEqual([]);
  });
  it('restores Đ in a body code new to the authority (ĐĐBQH, ĐHQG, BCĐ, ĐTN)', () => {
    expect(
      ['5/BC-DDBQH', '12/QĐ-DHQG', '3/KH-BCD', '7-KH/DTN', '4/HD-MTTW-DCT', '9-CV/VPDU'].map(canonicalNumber),
    ).toEqual(['5/BC-ĐĐBQH', '12/QĐ-ĐHQG', '3/KH-BCĐ', '7-KH/ĐTN', '4/HD-MTTW-ĐCT', '9-CV/VPĐU']);
  });
});

describe('UNIT_CODES_WITH_D_STROKE', () => {
  it('restores Đ in a unit code that names no body (CĐKT, HĐQT)', () => {
    expect([canonicalNumber('84 TC/CDKT'), canonicalNumber('05/NQ-HDQT')]).toEqual(['84 TC/CĐKT', '05/NQ-HĐQT']);
  });
  it('holds no code the authority already lists', () => {
    expect(UNIT_CODES_WITH_D_STROKE.filter((c) => ISSUER_CODES_WITH_D_STROKE.includes(c))).toEqual([]);
  });
});
