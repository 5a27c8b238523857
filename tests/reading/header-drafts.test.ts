import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { readHeader } from '../../src/reading/header.ts';
import { readDraftNumber, readNumber } from '../../src/reading/header/number.ts';
import { readDraftDate } from '../../src/reading/header/place-date.ts';
import { findNoteLines } from '../../src/reading/header/zone.ts';
import { extractDocument } from '../../src/reading/extract.ts';

const corpus2 = (n: string): string =>
  readFileSync(new URL(`../fixtures/corpus2/raw/${n}.txt`, import.meta.url), 'utf8');

describe('readDraftNumber', () => {
  it('reads the codes of a Party draft whose serial is blank', () => {
    expect(readDraftNumber(['Số -CV/ĐU'], 0, 1)?.draft).toEqual({
      printed: '-CV/ĐU',
      kindCode: 'CV',
      kindName: 'Công văn',
      issuerCode: 'ĐU',
    });
  });
  it('reads a State draft with a wide blank and joint issuer codes', () => {
    expect(readDraftNumber(['Số:      /KH-MTTQ-BTT'], 0, 1)?.draft).toEqual({
      printed: '/KH-MTTQ-BTT',
      kindCode: 'KH',
      kindName: 'Kế hoạch',
      issuerCode: 'MTTQ-BTT',
    });
  });
  it('keeps the blank after the dash as printed', () => {
    expect(readDraftNumber(['Số - QĐ/ĐU'], 0, 1)?.draft.printed).toEqual('- QĐ/ĐU');
  });
  it('reads a draft with no type code as issuer codes only', () => {
    expect(readDraftNumber(['Số:   /UBND-VX'], 0, 1)?.draft).toEqual({ printed: '/UBND-VX', issuerCode: 'UBND-VX' });
  });
  it('does not take a lone code or a word for a draft number', () => {
    expect([
      readDraftNumber(['Số: -'], 0, 1),
      readDraftNumber(['Số lượng: - Tỉnh'], 0, 1),
      readDraftNumber(['Số: /KH'], 0, 1),
    ]).toEqual([null, null, null]);
  });
});

describe('readNumber', () => {
  it('joins a serial typed apart from its codes', () => {
    expect(readNumber(['Số:    512      /UBND-VX'], 0, 1)?.number.canonical).toEqual('512/UBND-VX');
  });
  it('keeps two columns apart when no separator follows the gap', () => {
    expect(readNumber(['Số: 12      UBND TỈNH'], 0, 1)).toEqual(null);
  });
  it('does not read a number named by an issuer block as the document number', () => {
    const lines = ['ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 12/QĐ-SXD', 'Số: 3/BC-ĐKT'];
    expect(readNumber(lines, 0, 2)).toEqual({
      number: expect.objectContaining({ canonical: '3/BC-ĐKT' }) as unknown,
      line: 1,
    });
  });
  it('reads a Standing Committee number behind the label "Nghị quyết số:"', () => {
    expect(readNumber(['Nghị quyết số: 101/2025/UBTVQH15'], 0, 1)?.number.canonical).toEqual('101/2025/UBTVQH15');
  });
  it('does not take a number named by an issuer block split over two lines', () => {
    expect(
      readNumber(['ĐOÀN KIỂM TRA THEO', 'QUYẾT ĐỊNH SỐ 12/QĐ-SXD', 'Số: 3/BC-ĐKT'], 0, 3)?.number.canonical,
    ).toEqual('3/BC-ĐKT');
  });
  it("does not take a cited number that starts a subject line for the document's own", () => {
    expect(readNumber(['V/v thực hiện', 'Quyết định số 12/QĐ-UBND ngày 5/1/2025'], 0, 2)).toEqual(null);
  });
  it('leaves the number missing rather than take a cited one from an issuer block', () => {
    expect(readNumber(['ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 12/QĐ-SXD', 'BÁO CÁO'], 0, 2)).toEqual(null);
  });
});

describe('readDraftDate', () => {
  it('reads the month and year of a date whose day is blank, and the place', () => {
    expect(readDraftDate(['Công Hải, ngày   tháng 8 năm 2025'], 0, 1)).toEqual({
      month: '2025-08',
      place: 'Công Hải',
      line: 0,
    });
  });
  it('refuses a month out of range', () => {
    expect(readDraftDate(['ngày tháng 13 năm 2025'], 0, 1)).toEqual(null);
  });
});

describe('findNoteLines', () => {
  it('sets an archive wrapper apart from the transcribed document in its fenced block', () => {
    const lines = [
      '---',
      'so_hieu: "2-CV/ĐU"',
      '---',
      '# Tóm tắt',
      '```text',
      'ĐẢNG UỶ XÃ CÔNG HẢI',
      'Số -CV/ĐU',
      '```',
    ];
    expect(findNoteLines(lines)).toEqual([
      [0, 5],
      [7, 8],
    ]);
  });
  it('leaves a fenced block that holds no document header alone', () => {
    expect(findNoteLines(['---', 'title: x', '---', '```', 'npm run build', '```'])).toEqual([]);
  });
});

describe('readHeader on drafts', () => {
  it('reads a Party committee draft transcribed inside an archive wrapper (corpus2 033)', () => {
    const h = readHeader(corpus2('033'));
    expect({
      number: h.number,
      draft: h.draftNumber?.printed,
      draftDate: h.draftDate,
      date: h.date,
      issuer: h.issuer,
      superior: h.superiorIssuer,
      kind: h.kind,
      place: h.place,
    }).toEqual({
      number: undefined,
      draft: '-CV/ĐU',
      draftDate: '2025-08',
      date: undefined,
      issuer: 'ĐẢNG UỶ XÃ CÔNG HẢI',
      superior: 'ĐẢNG BỘ TỈNH KHÁNH HOÀ',
      kind: 'Công văn',
      place: 'Công Hải',
    });
  });
  it('flags the blank number and day for review instead of reporting them missing', () => {
    const issues = extractDocument(corpus2('033')).issues.filter((i) => i.field === 'number' || i.field === 'date');
    expect(issues.map((i) => i.code)).toEqual(['draft-number', 'draft-date']);
  });
  it('does not take the archive catalogue number for the document number or a citation', () => {
    const doc = extractDocument(corpus2('035'));
    expect({ number: doc.number, cites: doc.citations.map((c) => c.canonical).includes('196-CV/ĐU') }).toEqual({
      number: null,
      cites: false,
    });
  });
});
