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
