import { describe, expect, it } from 'vitest';
import {
  capitalizeSyllable,
  toFieldCase,
  toPlaceCase,
  toSentenceCase,
} from '../../../src/reading/issuers/normal-case.ts';

describe('capitalizeSyllable', () => {
  it('keeps the diacritics of a capital', () => {
    expect(capitalizeSyllable('ĐỒNG')).toBe('Đồng');
  });
});

describe('toPlaceCase', () => {
  it('capitalises every syllable of a place name', () => {
    expect(toPlaceCase('PHÚ RIỀNG')).toBe('Phú Riềng');
    expect(toPlaceCase('BÀ RỊA - VŨNG TÀU')).toBe('Bà Rịa - Vũng Tàu');
  });
  it('keeps digits of numbered wards', () => {
    expect(toPlaceCase('12')).toBe('12');
  });
});

describe('toFieldCase', () => {
  it('capitalises the first word of each field', () => {
    expect(toFieldCase('LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI')).toBe('Lao động - Thương binh và Xã hội');
    expect(toFieldCase('VĂN HÓA, THỂ THAO VÀ DU LỊCH')).toBe('Văn hóa, Thể thao và Du lịch');
    expect(toFieldCase('NÔNG NGHIỆP VÀ MÔI TRƯỜNG')).toBe('Nông nghiệp và Môi trường');
  });
  it('keeps proper names inside a field', () => {
    expect(toFieldCase('CÔNG THƯƠNG')).toBe('Công Thương');
  });
});

describe('toSentenceCase', () => {
  it('capitalises only the first letter', () => {
    expect(toSentenceCase('TIỂU BAN THÔNG TIN')).toBe('Tiểu ban thông tin');
  });
});
