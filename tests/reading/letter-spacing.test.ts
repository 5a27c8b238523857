import { describe, it, expect } from 'vitest';
import { joinLetterSpacedNumbers } from '../../src/reading/letter-spacing.ts';
import { findCitations } from '../../src/reading/citations.ts';

describe('joinLetterSpacedNumbers', () => {
  it('joins the characters of a number in a letter-spaced line and leaves words spaced', () => {
    expect(joinLetterSpacedNumbers('đ ị n h s ố 4 0 / Q Đ - U B N D n g à y 0 1 / 7 / 2 0 2 5')?.text).toEqual(
      'đ ị n h s ố 40/QĐ-UBND n g à y 01/7/2025',
    );
  });
  it('maps each offset of the joined text back to the original', () => {
    const original = 'ab\ns ố 4 2 / Q Đ - U B N D x y z w';
    const joined = joinLetterSpacedNumbers(original);
    const at = joined?.text.indexOf('42') ?? -1;
    expect(original[joined?.toOriginal[at] ?? -1]).toEqual('4');
  });
  it('leaves a text with no letter-spaced line alone', () => {
    expect(
      joinLetterSpacedNumbers('Căn cứ Quyết định số 40/QĐ-UBND ngày 1/7/2025 của UBND xã;\nĐiều 1. A B C'),
    ).toEqual(null);
  });
});

describe('findCitations: numbers in letter-spaced lines', () => {
  it('finds two decisions of a letter-spaced paragraph, placed and printed as in the text', () => {
    const text =
      'U B N D x ã b a n h à n h Q u y ế t đ ị n h s ố 4 0 / Q Đ - U B N D n g à y\n0 1 / 7 / 2 0 2 5 v ề Q u y c h ế ; Q u y ế t\nđ ị n h s ố 4 2 / Q Đ - U B N D n g à y 0 1 / 7 / 2 0 2 5 v ề p h â n c ô n g';
    const found = findCitations(text).citations.map((c) => [c.number.canonical, c.number.printed]);
    expect(found).toEqual([
      ['40/QĐ-UBND', '4 0 / Q Đ - U B N D'],
      ['42/QĐ-UBND', '4 2 / Q Đ - U B N D'],
    ]);
  });
  it('does not join a spaced serial and code in an ordinary line', () => {
    expect(findCitations('Phụ lục 4 0 / Q Đ kèm theo văn bản này của Ủy ban nhân dân xã').citations).toEqual([]);
  });
});
