import { describe, expect, it } from 'vitest';
import { readIssuer } from '../../../src/reading/issuers/read-issuer.ts';

describe('readIssuer', () => {
  it('resolves the printed issuer with its parent line', () => {
    expect(
      readIssuer({ printed: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG', parent: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH PHƯỚC' }),
    ).toEqual({
      issuer: {
        name: 'Liên đoàn Lao động huyện Phú Riềng',
        printed: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG',
        level: 'huyen',
        province: 'Bình Phước',
        code: 'LĐLĐ',
        body: 'ldld',
        matchedBy: 'pattern',
      },
      flags: [],
      evidence: [],
    });
  });
  it('prefers the printed issuer to the body text', () => {
    const reading = readIssuer({
      printed: 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU',
      body: 'BHXH Việt Nam ban hành Kế hoạch như sau:',
    });
    expect(reading.issuer?.name).toBe('Ủy ban nhân dân tỉnh Lai Châu');
  });
  it('flags a printed issuer it does not know, without guessing', () => {
    expect(
      readIssuer({ printed: 'CÔNG TY CỔ PHẦN ABC', body: 'UBND tỉnh Lai Châu ban hành Kế hoạch như sau:' }),
    ).toEqual({
      issuer: null,
      flags: ['Chưa nhận ra cơ quan ban hành “CÔNG TY CỔ PHẦN ABC”: giữ nguyên như in trên văn bản.'],
      evidence: [],
    });
  });
  it('flags a local body whose province is not printed', () => {
    expect(readIssuer({ printed: 'ĐẢNG ỦY XÃ CÔNG HẢI' }).flags).toEqual([
      'Chưa rõ tỉnh, thành phố của cơ quan ban hành: văn bản không ghi.',
    ]);
  });
  it('infers the issuer when none is printed', () => {
    const reading = readIssuer({ issuerCode: 'LĐLĐ', body: 'LĐLĐ tỉnh ban hành kế hoạch như sau:', place: 'Lai Châu' });
    expect(reading.issuer).toMatchObject({ name: 'Liên đoàn Lao động tỉnh Lai Châu', inferred: true });
    expect(reading.flags).toEqual(['Cơ quan ban hành được suy ra từ nội dung, cần kiểm tra lại.']);
  });
});
