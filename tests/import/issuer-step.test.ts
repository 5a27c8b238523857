import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importDocument, type ImportedDocument } from '../../src/import/import-document.ts';
import { issuerInputOf, readIssuerStep } from '../../src/import/issuer-step.ts';
import { extractDocument } from '../../src/reading/extract.ts';
import { ROOT } from '../helpers/build.ts';

const seedText = (name: string) => readFileSync(path.join(ROOT, 'tests/fixtures/seeds', name), 'utf8');
function importSeed(name: string): ImportedDocument {
  const result = importDocument(Buffer.from(seedText(name)), name);
  if (!result.ok) throw new Error(result.error);
  return result;
}
/** The issuer fields of an imported document, and the codes of its issuer flags. */
function issuerOf(name: string) {
  const { data, review } = importSeed(name);
  const inferred = data.issuerInferred;
  return {
    issuer: data.issuer,
    inferred: inferred ? { name: inferred.name, level: inferred.level, province: inferred.province } : null,
    flags: review.filter((f) => f.code.startsWith('issuer-')).map((f) => f.code),
  };
}

describe('importDocument: the issuer of each seed (issue 13)', () => {
  it('infers Bảo hiểm xã hội Việt Nam for the BHXH plan (…/KH-BHXH, "BHXH Việt Nam ban hành Kế hoạch")', () => {
    expect(issuerOf('002_d85fa58d249b6ba0.txt')).toEqual({
      issuer: null,
      inferred: { name: 'Bảo hiểm xã hội Việt Nam', level: 'trung-uong', province: null },
      flags: ['issuer-inferred'],
    });
  });

  it('infers Tỉnh ủy Lâm Đồng for the letter …-CV/TU placed in Lâm Đồng ("Ban Thường vụ Tỉnh ủy yêu cầu")', () => {
    expect(issuerOf('003_d511720aff52e04e.txt')).toEqual({
      issuer: null,
      inferred: { name: 'Tỉnh ủy Lâm Đồng', level: 'tinh', province: 'Lâm Đồng' },
      flags: ['issuer-inferred'],
    });
  });

  it('infers Liên đoàn Lao động tỉnh Lai Châu for …/KH-LĐLĐ placed in Lai Châu ("LĐLĐ tỉnh ban hành kế hoạch")', () => {
    expect(issuerOf('004_44610446287c22d0.txt')).toEqual({
      issuer: null,
      inferred: { name: 'Liên đoàn Lao động tỉnh Lai Châu', level: 'tinh', province: 'Lai Châu' },
      flags: ['issuer-inferred'],
    });
  });

  it('infers a Tỉnh ủy with its province unknown, and flags both, for seed 000 (T/M BAN THƯỜNG VỤ, Lưu VPTU)', () => {
    expect(issuerOf('000_9104aafdbe7cdd86.txt')).toEqual({
      issuer: null,
      inferred: { name: 'Tỉnh ủy', level: 'tinh', province: null },
      flags: ['issuer-inferred', 'issuer-province-unknown'],
    });
  });

  it('keeps the printed issuer of the Phú Riềng plan and infers nothing', () => {
    expect(issuerOf('001_ba02c80196998ee5.txt')).toEqual({
      issuer: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG',
      inferred: null,
      flags: [],
    });
  });

  it('names the evidence in the inference flag and in the visible note', () => {
    const { data, review } = importSeed('002_d85fa58d249b6ba0.txt');
    const flag = review.find((f) => f.code === 'issuer-inferred')!.message;
    expect([flag.includes('mã cơ quan trong số hiệu: BHXH'), flag.includes('BHXH Việt Nam ban hành')]).toEqual([
      true,
      true,
    ]);
    expect(data.issuerInferred?.evidence).toEqual([
      'mã cơ quan trong số hiệu: BHXH',
      'câu trong nội dung: “BHXH Việt Nam ban hành”',
      'khối chữ ký: TỔNG GIÁM ĐỐC',
    ]);
    expect(data.issuerInferred?.note.startsWith('Suy ra từ nội dung: ')).toBe(true);
  });
});

describe('readIssuerStep', () => {
  const header = (text: string) => extractDocument(text).header;

  it('writes no inferred issuer when the header prints one it does not know, and flags it', () => {
    const text = 'CÂU LẠC BỘ HƯU TRÍ PHƯỜNG 5\nSố: 12/TB-CLB\n\nTHÔNG BÁO\nVề việc họp mặt\n\nNội dung.\n';
    const step = readIssuerStep(header(text), text);
    expect({ inferred: step.issuerInferred, codes: step.review.map((f) => f.code) }).toEqual({
      inferred: null,
      codes: ['issuer-unrecognised'],
    });
  });

  it('says why nothing was inferred when the document gives no evidence', () => {
    const text = 'Kính gửi: các đơn vị\n\nĐề nghị các đơn vị báo cáo kết quả.\n';
    const step = readIssuerStep(header(text), text);
    expect({ inferred: step.issuerInferred, codes: step.review.map((f) => f.code) }).toEqual({
      inferred: null,
      codes: ['issuer-not-inferred'],
    });
  });

  it('does not infer from the filing line alone ("Lưu VPTU" is copied between templates)', () => {
    const text = 'Đề nghị các đơn vị báo cáo kết quả.\n\nNơi nhận:\n- Như trên;\n- Lưu VPTU.\n';
    expect(readIssuerStep(header(text), text).issuerInferred).toEqual(null);
  });
});

describe('issuerInputOf', () => {
  it("passes the number's issuer code, place, date, signer block and recipients to the issuer authority", () => {
    const text = seedText('003_d511720aff52e04e.txt');
    const { header } = extractDocument(text);
    const input = issuerInputOf(header, text.slice(header.bodyStart));
    expect({
      code: input.issuerCode,
      place: input.place,
      date: input.date,
      signer: input.signer,
      printed: input.printed,
    }).toEqual({
      code: 'TU',
      place: 'Lâm Đồng',
      date: header.date,
      signer: { onBehalf: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ' },
      printed: undefined,
    });
    expect(input.recipients?.some((r) => r.includes('Văn phòng Tỉnh ủy'))).toBe(true);
  });
});
