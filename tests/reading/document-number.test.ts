import { describe, it, expect } from 'vitest';
import { findDocumentNumbers, numberKey, parseDocumentNumber } from '../../src/reading/document-number.ts';

describe('parseDocumentNumber', () => {
  it('reads a Party number N-TYPE/ISSUER', () => {
    expect(parseDocumentNumber('43-NQ/TW')).toMatchObject({
      canonical: '43-NQ/TW',
      key: '43-NQ/TW',
      kindCode: 'NQ',
      kindName: 'Nghị quyết',
      issuerCode: 'TW',
      system: 'party',
    });
  });
  it('reads a State number N/TYPE-ISSUER', () => {
    expect(parseDocumentNumber('1268/QĐ-TTg')).toMatchObject({
      canonical: '1268/QĐ-TTg',
      key: '1268/QD-TTG',
      kindName: 'Quyết định',
      issuerCode: 'TTg',
      system: 'state',
    });
  });
  it('reads a normative number N/YEAR/TYPE-ISSUER with its year', () => {
    expect(parseDocumentNumber('30/2020/NĐ-CP')).toMatchObject({
      canonical: '30/2020/NĐ-CP',
      year: 2020,
      kindName: 'Nghị định',
      issuerCode: 'CP',
    });
  });
  it('reads a law of the National Assembly N/YEAR/QHnn, which has no type code', () => {
    const n = parseDocumentNumber('63/2025/QH15');
    expect(n).toMatchObject({ canonical: '63/2025/QH15', year: 2025, issuerCode: 'QH15' });
    expect(n?.kindCode).toBeUndefined();
  });
  it('reads a State công văn with no type code', () => {
    expect(parseDocumentNumber('5865/BQP-TC')).toMatchObject({
      canonical: '5865/BQP-TC',
      kindName: 'Công văn',
      issuerCode: 'BQP-TC',
    });
  });
  it('reads joint issuers', () => {
    expect(parseDocumentNumber('06-HD/BTCTW-BTGTW')).toMatchObject({
      issuerCode: 'BTCTW-BTGTW',
      kindName: 'Hướng dẫn',
    });
  });
  it('tolerates spaces around the separators and a leading "Số:"', () => {
    expect(parseDocumentNumber('09 -NQ/TW')?.key).toBe('9-NQ/TW');
    expect(parseDocumentNumber('Số 3304 - CV/TU')).toMatchObject({ canonical: '3304-CV/TU', printed: '3304 - CV/TU' });
    expect(parseDocumentNumber('Số: 1050 /QĐ-SCT')?.canonical).toBe('1050/QĐ-SCT');
  });
  it('tolerates dash look-alikes', () => {
    for (const dash of ['–', '—', '‑', '−']) expect(parseDocumentNumber(`43${dash}NQ/TW`)?.key).toBe('43-NQ/TW');
  });
  it('repairs Cyrillic look-alike letters', () => {
    expect(parseDocumentNumber('43-NQ/\u0422W')?.key).toBe('43-NQ/TW');
  });
  it('keeps Đ typed as D in the canonical form but not in the key', () => {
    const n = parseDocumentNumber('27 /KH-LĐLD');
    expect(n).toMatchObject({ printed: '27 /KH-LĐLD', canonical: '27/KH-LĐLD', key: '27/KH-LDLD' });
    expect(n?.key).toBe(parseDocumentNumber('27/KH-LĐLĐ')?.key);
  });
  it('accepts mixed-case codes and gives them their canonical spelling', () => {
    expect(parseDocumentNumber('62-CTR/TU')?.canonical).toBe('62-CTr/TU');
    expect(parseDocumentNumber('12-QĐi/TW')?.kindName).toBe('Quy định');
    expect(parseDocumentNumber('104-CTr/Tu')?.canonical).toBe('104-CTr/TU');
  });
  it('keeps a printed Đ apart from D in type codes (Đề án is not Dự án)', () => {
    expect(parseDocumentNumber('09- ĐA/TU')?.kindName).toBe('Đề án');
    expect(parseDocumentNumber('45-HD/BTCTW')?.kindName).toBe('Hướng dẫn');
  });
  it('reads a Party TT as Thông tri and a State TT as Thông tư', () => {
    expect(parseDocumentNumber('05-TT/TW')?.kindName).toBe('Thông tri');
    expect(parseDocumentNumber('23/2024/TT-BCT')?.kindName).toBe('Thông tư');
  });
  it('joins a letter-spaced issuer', () => {
    expect(parseDocumentNumber('3210/QĐ - U B ND')?.canonical).toBe('3210/QĐ-UBND');
  });
  it('returns null for text that only looks like a number', () => {
    for (const t of ['2020 - 2025', 'quý I/2025', '1/2 ngày', '3/7', '24/11/2023', 'Km0 - Km2'])
      expect(parseDocumentNumber(t)).toBeNull();
  });
});

describe('findDocumentNumbers', () => {
  it('finds every number in running text with its position', () => {
    const text = 'Thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023 và Quyết định số 1268/QĐ-TTg';
    const found = findDocumentNumbers(text);
    expect(found.map((n) => n.canonical)).toEqual(['43-NQ/TW', '1268/QĐ-TTg']);
    expect(text.slice(found[0]!.index, found[0]!.index + found[0]!.length)).toBe('43-NQ/TW');
  });
  it('finds a number with "số" missing', () => {
    expect(findDocumentNumbers('Nghị quyết 02-NQ/TW ngày 12/6/2021')[0]?.canonical).toBe('02-NQ/TW');
  });
  it('finds a number split across a line break', () => {
    expect(findDocumentNumbers('Chương trình hành động số 31-\n   CTr/TW ngày')[0]?.canonical).toBe('31-CTr/TW');
    expect(findDocumentNumbers('Nghị định số\n72/2026/NĐ-CP')[0]?.canonical).toBe('72/2026/NĐ-CP');
  });
  it('does not read periods, quarters, fractions, page marks or dates as numbers', () => {
    expect(
      findDocumentNumbers('giai đoạn 2020 - 2025, quý I/2025, 1/2 ngày, trang 3/7, ngày 24/11/2023, Km0 - Km2+571'),
    ).toEqual([]);
  });
  it('does not read Công báo running heads or standard codes as numbers', () => {
    expect(findDocumentNumbers('CÔNG BÁO/Số 272/Ngày 14-05-2026 QCVN 01:2019/BCT')).toEqual([]);
  });
  it('reads serials with a dot and issuers with an ampersand', () => {
    expect(
      findDocumentNumbers('Nghị quyết số 66.4/2025/NQ-CP và Công văn số 4236/SXD-QLN&CS').map((n) => n.canonical),
    ).toEqual(['66.4/2025/NQ-CP', '4236/SXD-QLN&CS']);
  });
});

describe('numberKey', () => {
  it('folds printed variants of one number to one key', () => {
    expect(numberKey('09 -NQ/TW')).toBe(numberKey('9-NQ/TW'));
    expect(numberKey('0125/KH-UBND')).toBe('125/KH-UBND');
    expect(numberKey('1268/QD-TTg')).toBe(numberKey('1268/QĐ-TTg'));
    expect(numberKey('48/2017/TT- BYT')).toBe('48/2017/TT-BYT');
  });
  it('accepts decomposed (NFD) input', () => {
    expect(numberKey('27/KH-LĐLĐ'.normalize('NFD'))).toBe('27/KH-LDLD');
  });
  it('returns an empty string for text that is not a number', () => {
    expect(numberKey('nghị quyết 43')).toBe('');
  });
});
