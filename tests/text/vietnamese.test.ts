import { describe, it, expect } from 'vitest';
import {
  foldName,
  foldText,
  normalizeTonePlacement,
  repairCyrillic,
  slugify,
  stripDiacritics,
  toNfc,
} from '../../src/text/vietnamese.ts';

describe('toNfc', () => {
  it('composes decomposed Vietnamese', () => {
    expect(toNfc('Nghi\u0323')).toBe('Nghị');
  });
});
describe('repairCyrillic', () => {
  it('replaces look-alike letters inside Vietnamese words', () => {
    expect(repairCyrillic('\u0421ông văn')).toBe('Công văn');
  });
  it('leaves a real Russian word alone', () => {
    expect(repairCyrillic('Москва')).toBe('Москва');
  });
});
describe('stripDiacritics', () => {
  it('strips tones and maps đ to d, keeping case', () => {
    expect(stripDiacritics('Đảng ủy hoá')).toBe('Dang uy hoa');
  });
});
describe('foldText', () => {
  it('folds old and new tone placement alike', () => {
    expect(foldText('hoá')).toBe(foldText('hóa'));
    expect(foldText('  Cựu   Chiến binh ')).toBe('cuu chien binh');
  });
});
describe('slugify', () => {
  it('makes a diacritic-free slug', () => {
    expect(slugify('Liên đoàn Lao động tỉnh')).toBe('lien-doan-lao-dong-tinh');
  });
});

describe('normalizeTonePlacement', () => {
  it('puts the tone mark the new way on open oa, oe, uy syllables', () => {
    expect(normalizeTonePlacement('hoá khoẻ thuỷ Uỷ ban')).toBe('hóa khỏe thủy Ủy ban');
  });
  it('leaves quý, closed syllables and already-new spellings alone', () => {
    expect(normalizeTonePlacement('quý hoàn thành hóa ủy')).toBe('quý hoàn thành hóa ủy');
  });
});

describe('foldName', () => {
  it('folds case, spacing and tone placement but keeps diacritics', () => {
    expect(foldName('UỶ BAN  NHÂN DÂN huyện Đồng Hải')).toBe('ủy ban nhân dân huyện đồng hải');
    expect(foldName('Đông Hải')).not.toBe(foldName('Đồng Hải'));
  });
});
