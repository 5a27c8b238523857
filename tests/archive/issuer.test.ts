import { describe, it, expect } from 'vitest';
import {
  citedIssuer,
  distinctLabels,
  documentIssuer,
  identityIssuer,
  isSameIssuer,
  issuerKey,
} from '../../src/archive/issuer.ts';

const printed = (issuer: string, issuerParent: string | null = null) =>
  documentIssuer({ issuer, issuerParent, date: '2024-08-08' })!;

describe('issuerKey', () => {
  it('folds case and tone placement of name and province', () => {
    expect(issuerKey('UỶ BAN NHÂN DÂN TỈNH LÀO CAI', 'Lào Cai')).toBe(
      issuerKey('Ủy ban nhân dân tỉnh Lào Cai', 'LÀO CAI'),
    );
  });
  it('keeps a body of unknown province apart from one of a known province', () => {
    expect(issuerKey('Tỉnh ủy', null)).not.toBe(issuerKey('Tỉnh ủy', 'Lâm Đồng'));
  });
});

describe('documentIssuer', () => {
  it('resolves the printed issuer with its parent line', () => {
    expect(printed('LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG', 'LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH PHƯỚC')).toEqual({
      name: 'Liên đoàn Lao động huyện Phú Riềng',
      printed: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG',
      level: 'huyen',
      province: 'Bình Phước',
      inferred: null,
      key: 'liên đoàn lao động huyện phú riềng|bình phước',
    });
  });
  it('takes the inferred issuer, with its note, when none is printed', () => {
    const issuerInferred = {
      name: 'Bảo hiểm xã hội Việt Nam',
      level: 'trung-uong' as const,
      province: null,
      note: 'Suy ra từ nội dung.',
      evidence: [],
    };
    expect(documentIssuer({ issuer: null, issuerInferred, date: null })).toMatchObject({
      name: 'Bảo hiểm xã hội Việt Nam',
      printed: null,
      inferred: 'Suy ra từ nội dung.',
    });
  });
  it('keeps an unknown printed issuer as printed, white space collapsed', () => {
    expect(printed(' CÔNG TY  TNHH AN PHÚ ')).toMatchObject({
      name: 'CÔNG TY TNHH AN PHÚ',
      printed: 'CÔNG TY TNHH AN PHÚ',
      level: null,
    });
  });
  it('is null when nothing names the issuer', () => {
    expect(documentIssuer({ issuer: null, date: null })).toBeNull();
  });
});

describe('citedIssuer', () => {
  it('reads the body a citation phrase names, its term left out', () => {
    expect(citedIssuer('BCH Trung ương Đảng khóa XIII')).toMatchObject({
      name: 'Ban Chấp hành Trung ương Đảng',
      printed: 'BCH Trung ương Đảng khóa XIII',
      level: 'trung-uong',
    });
  });
  it('reads a phrase cut too late by its leading body', () => {
    expect(citedIssuer('Bộ Chính trị về tiếp tục đổi mới').name).toBe('Bộ Chính trị');
  });
  it('places a provincial body cited without its place in the citing province', () => {
    expect(citedIssuer('LĐLĐ tỉnh', '2024-08-02', 'Bình Phước')).toMatchObject({
      name: 'Liên đoàn Lao động tỉnh Bình Phước',
      province: 'Bình Phước',
    });
    expect(citedIssuer('LĐLĐ tỉnh', '2024-08-02')).toMatchObject({ name: 'Liên đoàn Lao động tỉnh', province: null });
  });
  it('keeps a named province over the citing one', () => {
    expect(citedIssuer('Tỉnh ủy Lào Cai', '2024-08-02', 'Bình Phước').province).toBe('Lào Cai');
  });
});

describe('identityIssuer', () => {
  it('is the folded canonical name, one for every printing of a body', () => {
    expect(identityIssuer('BAN THƯỜNG VỤ TỈNH ỦY LÂM ĐỒNG', '2023-11-29')).toBe('tỉnh ủy lâm đồng');
    expect(identityIssuer('Tỉnh ủy Lâm Đồng')).toBe('tỉnh ủy lâm đồng');
  });
  it('is the folded printed text for an unknown body, and "?" for none', () => {
    expect(identityIssuer('CÔNG TY TNHH AN PHÚ')).toBe('công ty tnhh an phú');
    expect(identityIssuer(null)).toBe('?');
  });
});

describe('isSameIssuer', () => {
  it('matches two printings of one body', () => {
    expect(isSameIssuer(printed('UBND TỈNH LÀO CAI'), citedIssuer('Ủy ban nhân dân tỉnh Lào Cai'))).toBe(true);
  });
  it('refuses a body of the same name in another province', () => {
    expect(
      isSameIssuer(
        printed('UBND HUYỆN CHÂU THÀNH', 'UBND TỈNH TIỀN GIANG'),
        printed('UBND HUYỆN CHÂU THÀNH', 'UBND TỈNH BẾN TRE'),
      ),
    ).toBe(false);
  });
  it('refuses another body', () => {
    expect(isSameIssuer(printed('LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG'), citedIssuer('LĐLĐ huyện Đồng Phú'))).toBe(false);
  });
  it('matches unknown issuers when one folded form contains the other', () => {
    expect(isSameIssuer(printed('CÔNG TY TNHH AN PHÚ'), citedIssuer('Công ty TNHH An Phú'))).toBe(true);
  });
});

describe('distinctLabels', () => {
  it('labels a body by its name when no other body shares it', () => {
    const body = printed('TỈNH ỦY LÂM ĐỒNG');
    expect(distinctLabels([body]).get(body.key)).toBe('Tỉnh ủy Lâm Đồng');
  });
  it('adds the province, or says it is unknown, when bodies share a name', () => {
    const a = printed('UBND HUYỆN CHÂU THÀNH', 'UBND TỈNH TIỀN GIANG');
    const b = printed('UBND HUYỆN CHÂU THÀNH');
    expect([...distinctLabels([a, b]).values()]).toEqual([
      'Ủy ban nhân dân huyện Châu Thành (Tiền Giang)',
      'Ủy ban nhân dân huyện Châu Thành (chưa rõ tỉnh)',
    ]);
  });
});
