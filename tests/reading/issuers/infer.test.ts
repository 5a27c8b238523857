import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inferIssuer, type IssuerEvidence } from '../../../src/reading/issuers/infer.ts';

const seed = (name: string): string => readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8');

/** Evidence as the header reader finds it in each seed (number's issuer code, place line, signature, recipients). */
const SEEDS: Record<string, IssuerEvidence> = {
  bhxh: {
    issuerCode: 'BHXH',
    body: seed('002_d85fa58d249b6ba0.txt'),
    place: 'Hà Nội',
    date: '2024-08-14',
    signer: { title: 'TỔNG GIÁM ĐỐC' },
    recipients: ['Công đoàn cơ quan', 'Lưu: VT, TĐKT'],
  },
  lamDong: {
    issuerCode: 'TU',
    body: seed('003_d511720aff52e04e.txt'),
    place: 'Lâm Đồng',
    date: '2023-11-29',
    signer: { onBehalf: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ' },
    recipients: ['Các đồng chí Tỉnh ủy viên', 'Lưu Văn phòng Tỉnh ủy, TH4'],
  },
  laiChau: {
    issuerCode: 'LĐLĐ',
    body: seed('004_44610446287c22d0.txt'),
    place: 'Lai Châu',
    date: '2022-02-16',
    signer: { onBehalf: 'TM. BAN THƯỜNG VỤ', title: 'PHÓ CHỦ TỊCH' },
    recipients: ['Lưu: TgNc, VT'],
  },
  seed000: {
    body: seed('000_9104aafdbe7cdd86.txt'),
    signer: { onBehalf: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ' },
    recipients: ['Các đồng chí Ủy viên BTV Tỉnh ủy', 'Lưu VPTU'],
  },
  phuRieng: {
    issuerCode: 'LĐLD',
    body: seed('001_ba02c80196998ee5.txt'),
    place: 'Phú Riềng',
    date: '2024-08-08',
    recipients: ['Lưu: VT'],
  },
};

describe('inferIssuer', () => {
  describe('the seeds whose header lost the issuer', () => {
    it('reads BHXH Việt Nam from "BHXH Việt Nam ban hành Kế hoạch" and the code BHXH', () => {
      const { issuer, flags } = inferIssuer(SEEDS.bhxh!);
      expect(issuer).toMatchObject({
        name: 'Bảo hiểm xã hội Việt Nam',
        level: 'trung-uong',
        code: 'BHXH',
        inferred: true,
      });
      expect(issuer?.province).toBeUndefined();
      expect(flags).toEqual(['Cơ quan ban hành được suy ra từ nội dung, cần kiểm tra lại.']);
    });
    it('reads the Tỉnh ủy Lâm Đồng from "Ban Thường vụ Tỉnh ủy yêu cầu", the code TU and the place line', () => {
      const { issuer, evidence } = inferIssuer(SEEDS.lamDong!);
      expect(issuer).toMatchObject({ name: 'Tỉnh ủy Lâm Đồng', level: 'tinh', province: 'Lâm Đồng', inferred: true });
      expect(evidence).toContain('địa danh: Lâm Đồng');
      expect(evidence).toContain('mã cơ quan trong số hiệu: TU');
    });
    it('reads the LĐLĐ tỉnh Lai Châu from "LĐLĐ tỉnh ban hành kế hoạch" and the place line', () => {
      expect(inferIssuer(SEEDS.laiChau!).issuer).toMatchObject({
        name: 'Liên đoàn Lao động tỉnh Lai Châu',
        level: 'tinh',
        province: 'Lai Châu',
      });
    });
    it('reads seed 000 as a Tỉnh ủy with the province unknown and flagged', () => {
      const { issuer, flags, evidence } = inferIssuer(SEEDS.seed000!);
      expect(issuer).toMatchObject({ name: 'Tỉnh ủy', level: 'tinh', inferred: true });
      expect(issuer?.province).toBeUndefined();
      expect(flags).toContain('Chưa rõ tỉnh, thành phố của cơ quan ban hành: văn bản không ghi.');
      expect(evidence).toEqual([
        'câu trong nội dung: “Ban Thường vụ Tỉnh ủy ban hành”',
        'nơi lưu: “Lưu VPTU”',
        'khối chữ ký: T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ',
      ]);
      expect(issuer?.note).toMatch(/^Suy ra từ nội dung: /);
    });
    it('reads the Phú Riềng district union from its code with a D for Đ, its sentence and its place', () => {
      expect(inferIssuer(SEEDS.phuRieng!).issuer).toMatchObject({
        name: 'Liên đoàn Lao động huyện Phú Riềng',
        level: 'huyen',
        province: 'Bình Phước',
      });
    });
  });

  describe('one piece of evidence', () => {
    it('reads a central body from a code only it uses', () => {
      expect(inferIssuer({ issuerCode: 'TTg' }).issuer).toMatchObject({ name: 'Thủ tướng Chính phủ', printed: 'TTg' });
      expect(inferIssuer({ issuerCode: 'BLĐTBXH-VP' }).issuer?.name).toBe('Bộ Lao động - Thương binh và Xã hội');
    });
    it('refuses a code shared by several bodies', () => {
      expect(inferIssuer({ issuerCode: 'TW' })).toMatchObject({ issuer: null });
      expect(inferIssuer({ issuerCode: 'BHXH' }).issuer).toBeNull();
    });
    it('refuses a local code whose level nothing states', () => {
      const result = inferIssuer({ issuerCode: 'LĐLĐ', place: 'Lai Châu' });
      expect(result.issuer).toBeNull();
      expect(result.reason).toMatch(/không rõ cấp/);
    });
    it('reads a Tỉnh ủy from its code and the province of the place line', () => {
      expect(inferIssuer({ issuerCode: 'TU', place: 'Nghệ An' }).issuer).toMatchObject({
        name: 'Tỉnh ủy Nghệ An',
        province: 'Nghệ An',
      });
      expect(inferIssuer({ issuerCode: 'TU', place: 'Hà Nội' }).issuer).toMatchObject({
        name: 'Thành ủy Hà Nội',
        level: 'tinh',
      });
    });
    it('reads the subject of the closing "Trên đây là Kế hoạch của …"', () => {
      const body = 'Nội dung.\n\nTrên đây là Kế hoạch của Ban Thường vụ Huyện ủy về triển khai thực hiện Nghị quyết.';
      expect(inferIssuer({ body, place: 'Phú Riềng' }).issuer).toMatchObject({
        name: 'Huyện ủy Phú Riềng',
        level: 'huyen',
        province: 'Bình Phước',
      });
    });
    it('completes a provincial body from the province of the place line', () => {
      const body = 'Căn cứ tình hình thực tế, Sở Công Thương yêu cầu các đơn vị thực hiện như sau:';
      expect(inferIssuer({ body, place: 'Lào Cai' }).issuer).toMatchObject({
        name: 'Sở Công Thương tỉnh Lào Cai',
        level: 'tinh',
        province: 'Lào Cai',
      });
    });
    it('does not take the issuer of a cited document for the subject', () => {
      const body = 'Thực hiện Quyết định số 2138/QĐ-TTg của Thủ tướng Chính phủ ban hành Kế hoạch triển khai Luật.';
      expect(inferIssuer({ body }).issuer).toBeNull();
    });
    it('does not infer from the filing line alone', () => {
      const result = inferIssuer({
        recipients: ['Lưu VPHU'],
        signer: { onBehalf: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ' },
      });
      expect(result.issuer).toBeNull();
      expect(result.reason).toBe('chỉ có nơi lưu, chưa đủ để suy ra cơ quan ban hành');
    });
    it('returns null with a reason when nothing is said', () => {
      const result = inferIssuer({ body: 'Nội dung không nêu chủ thể.' });
      expect(result.issuer).toBeNull();
      expect(result.reason).toBe('văn bản không có mã cơ quan, câu nêu chủ thể ban hành hay nơi lưu');
    });
  });

  describe('evidence that disagrees', () => {
    it('refuses when the code and the sentence name different bodies', () => {
      const result = inferIssuer({ issuerCode: 'UBND', body: 'Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:' });
      expect(result.issuer).toBeNull();
      expect(result.reason).toMatch(/chỉ hai cơ quan khác nhau/);
    });
    it('refuses a Party committee signed by a Chủ tịch', () => {
      const result = inferIssuer({
        issuerCode: 'TU',
        place: 'Lâm Đồng',
        signer: { onBehalf: 'TM. BAN THƯỜNG VỤ', title: 'CHỦ TỊCH' },
      });
      expect(result.issuer).toBeNull();
      expect(result.reason).toBe('người ký là Chủ tịch nhưng cơ quan là cấp ủy đảng');
    });
    it('refuses a union whose file is kept by the office of a Tỉnh ủy', () => {
      expect(inferIssuer({ issuerCode: 'LĐLĐ', recipients: ['Lưu VPTU'] }).issuer).toBeNull();
    });
    it('refuses a provincial body whose place line is another province', () => {
      const result = inferIssuer({ body: 'UBND tỉnh Lào Cai ban hành Kế hoạch như sau:', place: 'Nghệ An' });
      expect(result.issuer).toBeNull();
      expect(result.reason).toBe('địa danh “Nghệ An” không thuộc Lào Cai');
    });
  });
});
