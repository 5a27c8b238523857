import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { readHeader } from '../../src/reading/header.ts';
import { readClosingDate } from '../../src/reading/header/closing-date.ts';
import { readSigner } from '../../src/reading/header/signer.ts';
import { extractDocument } from '../../src/reading/extract.ts';

const seed = (n: string): string => readFileSync(new URL(`../fixtures/seeds/${n}.txt`, import.meta.url), 'utf8');

describe('readClosingDate', () => {
  it("reads the adoption date of a resolution's closing formula", () => {
    const text =
      'Điều 3. …\nNghị quyết này được Hội đồng nhân dân tỉnh Quảng Ninh khóa XIV, Kỳ họp thứ 30 thông qua ngày 16 tháng 12 năm 2025 và có hiệu lực từ ngày ký.';
    expect(readClosingDate(text)?.date).toEqual('2025-12-16');
  });
  it('ignores a date of adoption told about another document', () => {
    expect(readClosingDate('Kế hoạch số 5/KH-UBND được Ban Thường vụ thông qua ngày 3 tháng 2 năm 2025.')).toEqual(
      null,
    );
  });
  it('ignores a formula with a blank day', () => {
    expect(readClosingDate('Nghị quyết này được Hội đồng nhân dân xã thông qua ngày   tháng 8 năm 2025.')).toEqual(
      null,
    );
  });
});

describe('readHeader: date from the closing formula', () => {
  it('takes the closing date only when the header printed none, and marks it', () => {
    const text =
      'HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NINH\n\nNGHỊ QUYẾT\nVề kinh phí bầu cử\n\nĐiều 1. …\n\nNghị quyết này được Hội đồng nhân dân tỉnh thông qua ngày 16 tháng 12 năm 2025.\n';
    const h = readHeader(text);
    expect({ date: h.date, source: h.dateSource }).toEqual({ date: '2025-12-16', source: 'closing' });
  });
  it("keeps the header's date when there is one", () => {
    const text =
      'HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NINH\nSố: 99/2025/NQ-HĐND\nQuảng Ninh, ngày 10 tháng 12 năm 2025\n\nNGHỊ QUYẾT\nVề kinh phí\n\nNghị quyết này được Hội đồng nhân dân tỉnh thông qua ngày 16 tháng 12 năm 2025.\n';
    const h = readHeader(text);
    expect({ date: h.date, source: h.dateSource }).toEqual({ date: '2025-12-10', source: undefined });
  });
  it('flags the closing date for review', () => {
    const text =
      'HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NINH\n\nNGHỊ QUYẾT\nVề kinh phí\n\nNghị quyết này được Hội đồng nhân dân tỉnh thông qua ngày 16 tháng 12 năm 2025.\n';
    expect(
      extractDocument(text)
        .issues.filter((i) => i.field === 'date')
        .map((i) => i.code),
    ).toEqual(['date-from-closing']);
  });
});

describe('readSigner: only the name survived', () => {
  it("reads the Phú Riềng plan's signer from its last line", () => {
    expect(readHeader(seed('001_ba02c80196998ee5')).signer).toEqual({ name: 'Hoàng Thạch Sơn' });
  });
  it('does not take a two-word place name for a signer', () => {
    expect(readSigner(['Nơi nhận:', '- Lưu: VT.', '', 'Lâm Đồng'], 0, 0)).toEqual(null);
  });
  it('does not take a recipient item or a sentence for a signer', () => {
    expect([readSigner(['- Trần Văn Minh Đức'], 0, -1), readSigner(['Trân trọng cảm ơn.'], 0, -1)]).toEqual([
      null,
      null,
    ]);
  });
});
