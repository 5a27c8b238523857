import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { readHeader } from '../../src/reading/header.ts';

const corpus = (n: string): string => readFileSync(new URL(`../fixtures/corpus/raw/${n}.txt`, import.meta.url), 'utf8');

describe('readHeader', () => {
  it('reads a two-column pdftotext header', () => {
    const h = readHeader(corpus('002'));
    expect(h).toMatchObject({
      superiorIssuer: 'UBND TỈNH LÀO CAI',
      issuer: 'SỞ CÔNG THƯƠNG',
      place: 'Lào Cai',
      date: '2026-03-06',
      kind: 'Quyết định',
    });
    expect(h.number?.printed).toBe('1050 /QĐ-SCT');
    expect(h.title).toBe(
      'Kiểm tra việc chấp hành pháp luật trong sử dụng và bảo quản vật liệu nổ công nghiệp trên địa bàn tỉnh Lào Cai năm 2026',
    );
  });
  it('reads a Markdown table exploded over many lines', () => {
    const h = readHeader(corpus('012'));
    expect(h).toMatchObject({
      superiorIssuer: 'BAN CHẤP HÀNH TRUNG ƯƠNG',
      issuer: 'BAN TỔ CHỨC',
      date: '2025-11-21',
      kind: 'Hướng dẫn',
    });
    expect(h.number?.canonical).toBe('45-HD/BTCTW');
    expect(h.signer).toEqual({
      onBehalf: 'K/T TRƯỞNG BAN',
      title: 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC',
      name: 'Hoàng Đăng Quang',
    });
  });
  it('reads one-line table rows and a one-line signature', () => {
    const h = readHeader(corpus('004'));
    expect(h).toMatchObject({ issuer: 'THỦ TƯỚNG CHÍNH PHỦ', date: '2009-12-03', kind: 'Công văn' });
    expect(h.title).toMatch(/^Điều chỉnh mức trợ cấp hàng tháng/);
    expect(h.signer).toEqual({ onBehalf: 'KT. THỦ TƯỚNG', title: 'PHÓ THỦ TƯỚNG', name: 'Nguyễn Sinh Hùng' });
    expect(h.addressees).toEqual(['Bộ Quốc phòng', 'Bộ Lao động - Thương binh và Xã hội', 'Bộ Tài chính']);
  });
  it('sets Công báo running heads apart as notes', () => {
    const h = readHeader(corpus('009'));
    expect(h.noteLines[0]).toEqual([0, 2]);
    expect(h.issuer).toBe('THỦ TƯỚNG CHÍNH PHỦ');
  });
  it('says what is missing instead of inventing it', () => {
    const h = readHeader(
      'KẾ HOẠCH\n\nthực hiện Kết luận số 196-KL/TW\n\nThực hiện Kết luận số 196-KL/TW, Ban Thường vụ ban hành.',
    );
    expect(h.kind).toBe('Kế hoạch');
    expect(h.title).toBe('thực hiện Kết luận số 196-KL/TW');
    expect(h.missing).toEqual(['issuer', 'number', 'date', 'place', 'signer', 'recipients']);
    expect(h.headerLines).toEqual([[0, 3]]);
  });
  it('reads recipients under an OCR-slipped "Noi nhận"', () => {
    const h = readHeader(
      'Số: 1/KH-X\n\nKẾ HOẠCH\n\nTiêu đề\n\nNội dung.\n\n### **Noi nhận:**\n\n- VP LĐLĐ tỉnh(b.c);\n- Lưu: VT.\n',
    );
    expect(h.recipients).toEqual(['VP LĐLĐ tỉnh(b.c)', 'Lưu: VT']);
    expect(h.recipientLines).toEqual([[8, 12]]);
  });
});
