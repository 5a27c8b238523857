import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importDocument } from '../../src/import/import-document.ts';
import { isPersonalName, readNameOnlySigner } from '../../src/import/signer-fallback.ts';
import { ROOT } from '../helpers/build.ts';

const seed = (name: string) => readFileSync(path.join(ROOT, 'tests/fixtures/seeds', name));
const HEADER =
  'ỦY BAN NHÂN DÂN XÃ TÂN LẬP\nSố: 15/KH-UBND\n\nTân Lập, ngày 3 tháng 4 năm 2024\n\nKẾ HOẠCH\nTổ chức ngày hội đọc sách\n\nI. MỤC ĐÍCH\nKhuyến khích đọc sách trong nhân dân.\n';

describe('isPersonalName', () => {
  it('accepts full names of two to five syllables, a one-letter middle name included', () => {
    expect(
      ['Hoàng Thạch Sơn', 'Sùng A Hồ', 'Lê Hùng', 'Nguyễn Thị Minh Khai', 'Tôn Nữ Thị Hoàng Lan'].map(isPersonalName),
    ).toEqual([true, true, true, true, true]);
  });

  it('refuses places that look like names: provinces, district places, a family name followed by a place word', () => {
    expect(
      ['Lâm Đồng', 'Hà Nội', 'Phú Riềng', 'Cao Bằng', 'Thái Bình', 'Thừa Thiên Huế', 'Bà Rịa Vũng Tàu'].map(
        isPersonalName,
      ),
    ).toEqual([false, false, false, false, false, false, false]);
  });

  it('refuses body names, headings, capitals and single words', () => {
    expect(
      [
        'Ban Thường vụ',
        'Ban Thường Vụ Tỉnh Ủy',
        'Kế Hoạch',
        'Nơi Nhận',
        'NGUYỄN VĂN AN',
        'Hoàng',
        'Trân trọng cảm ơn',
      ].map(isPersonalName),
    ).toEqual([false, false, false, false, false, false, false]);
  });

  it('refuses words that are not Vietnamese syllables and names of more than five words', () => {
    expect(['Lê Smith', 'Nguyễn Văn Thành Công Minh Đức'].map(isPersonalName)).toEqual([false, false]);
  });
});

describe('readNameOnlySigner', () => {
  it('reads a name alone on the last line, Markdown emphasis removed', () => {
    expect(readNameOnlySigner(['Nội dung./.', '', '**Sùng A Hồ**', ''], -1)).toEqual({ name: 'Sùng A Hồ', line: 2 });
  });

  it('reads a name on one of the last lines before "Nơi nhận"', () => {
    const lines = ['Nội dung./.', '', 'Lê Hùng', '', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.'];
    expect(readNameOnlySigner(lines, 4)).toEqual({ name: 'Lê Hùng', line: 2 });
  });

  it('takes no recipient item, place, body or heading from the last lines', () => {
    const endings = [
      ['Nơi nhận:', '- Trần Văn Minh;', '- Lưu: VT.'],
      ['Nội dung./.', '', 'Lâm Đồng'],
      ['Nội dung./.', '', '**Ban Thường vụ**'],
      ['Nội dung./.', '', '## Phụ Lục'],
      ['Nội dung./.', '', '1. Lê Hùng'],
    ];
    expect(endings.map((lines) => readNameOnlySigner(lines, lines[0] === 'Nơi nhận:' ? 0 : -1))).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('does not look further up than the last three lines', () => {
    expect(readNameOnlySigner(['Lê Hùng', 'Dòng một.', 'Dòng hai.', 'Dòng ba.'], -1)).toEqual(null);
  });
});

describe('importDocument: the signer', () => {
  it("shows the Phú Riềng plan's signer, the name that survived at its end, flagged for review", () => {
    const result = importDocument(seed('001_ba02c80196998ee5.txt'), '001.txt');
    if (!result.ok) throw new Error(result.error);
    expect(result.data.signer).toEqual({ name: 'Hoàng Thạch Sơn', title: null, onBehalf: null });
    expect(result.review.filter((f) => f.code === 'signer-name-only').length).toEqual(1);
  });

  it('takes the fallback name out of the body and flags it with its line', () => {
    const result = importDocument(
      Buffer.from(`${HEADER}\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n**Sùng A Hồ**\n`),
      'kh.txt',
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.data.signer).toEqual({ name: 'Sùng A Hồ', title: null, onBehalf: null });
    expect(result.markdown.split('\n---\n')[1]!.includes('Sùng A Hồ')).toBe(false);
    expect(result.review.find((f) => f.code === 'signer-name-only')?.message).toMatch(/“Sùng A Hồ” \(dòng 16\)/);
  });

  it('leaves the signer unknown when the last line is a place', () => {
    const result = importDocument(Buffer.from(`${HEADER}\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nLâm Đồng\n`), 'kh.txt');
    if (!result.ok) throw new Error(result.error);
    expect(result.data.signer).toEqual(null);
  });
});
