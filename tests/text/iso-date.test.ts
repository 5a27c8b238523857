import { describe, it, expect } from 'vitest';
import { isIsoDate, isRealDate, formatIsoDate } from '../../src/text/iso-date.ts';

describe('isIsoDate', () => {
  it('accepts real dates, leap days included', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-11-24')).toBe(true);
  });
  it('refuses days that do not exist and other shapes', () => {
    for (const bad of ['2023-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '24-1-1', '2024/01/01']) {
      expect(isIsoDate(bad)).toBe(false);
    }
  });
});

describe('isRealDate', () => {
  it('knows month lengths', () => {
    expect(isRealDate(2025, 6, 30)).toBe(true);
    expect(isRealDate(2025, 6, 31)).toBe(false);
  });
});

describe('formatIsoDate', () => {
  it('pads month and day', () => {
    expect(formatIsoDate(2010, 3, 4)).toBe('2010-03-04');
  });
});
