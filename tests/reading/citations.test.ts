import { describe, it, expect } from 'vitest';
import { findCitations } from '../../src/reading/citations.ts';

describe('findCitations', () => {
  it('reads kind word, number, date, issuer and subject', () => {
    const { citations } = findCitations(
      'Thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của BCH Trung ương Đảng khóa XIII về tiếp tục phát huy truyền thống; Ban Thường vụ ban hành kế hoạch.',
    );
    expect(citations[0]).toMatchObject({
      raw: 'Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của BCH Trung ương Đảng khóa XIII',
      kind: 'Nghị quyết',
      date: '2023-11-24',
      issuer: 'BCH Trung ương Đảng khóa XIII',
      subject: 'tiếp tục phát huy truyền thống',
      implements: true,
      index: 10,
      line: 1,
    });
  });
  it('reads dates written out and with dashes', () => {
    const { citations } = findCitations(
      'Căn cứ Quyết định số 22/2013/QĐ-TTg ngày 26 tháng 4 năm 2013 của Thủ tướng Chính phủ; theo Chỉ thị số 05-CT/TW ngày 01-10-1997 của Bộ Chính trị.',
    );
    expect(citations.map((c) => c.date)).toEqual(['2013-04-26', '1997-10-01']);
    expect(citations[0]?.issuer).toBe('Thủ tướng Chính phủ');
  });
  it('stops the issuer phrase at the verb that follows it', () => {
    const { citations } = findCitations(
      'Thực hiện Chương trình hành động số 104-CTr/TU ngày 30/8/2026 của Tỉnh ủy Lào Cai thực hiện Kết luận số 75-KL/TW của Bộ Tài chính và Kết luận số 76-KL/TW.',
    );
    expect(citations.map((c) => c.issuer)).toEqual(['Tỉnh ủy Lào Cai', 'Bộ Tài chính', undefined]);
  });
  it('marks the opening references as implemented and the references inside their subject as mentioned', () => {
    const text =
      'KẾ HOẠCH\n\nThực hiện Kết luận số 196-KL/TW, ngày 03/10/2025 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 09-NQ/TW, ngày 08/11/2002 của Bộ Chính trị và Kết luận số 66-KL/TW của Ban Bí thư; Hướng dẫn số 2832/HD-BNV của Bộ Nội vụ, Ban Thường vụ ban hành.\n\nI. MỤC ĐÍCH\n\n1. Triển khai Chỉ thị số 05-CT/TW.';
    const { citations } = findCitations(text);
    expect(citations.map((c) => [c.number.canonical, c.implements])).toEqual([
      ['196-KL/TW', true],
      ['09-NQ/TW', false],
      ['66-KL/TW', false],
      ['2832/HD-BNV', true],
      ['05-CT/TW', false],
    ]);
  });
  it('marks references in the title as implemented when a title range is given', () => {
    const text = 'KẾ HOẠCH\nĐẩy mạnh tuyên truyền, triển khai thực hiện Nghị quyết số 02-NQ/TW\n\nNội dung.';
    const start = text.indexOf('Đẩy');
    const { citations } = findCitations(text, { titleRanges: [[start, text.indexOf('\n\n')]] });
    expect(citations[0]?.implements).toBe(true);
  });
  it("leaves out the document's own number and ignored ranges", () => {
    const text = 'Số: 27/KH-LĐLĐ\nCÔNG BÁO/Số 1/Ngày 1-1-2026 và 5/QĐ-TTg\nthực hiện Kế hoạch số 79/KH-LĐLĐ';
    const { citations } = findCitations(text, { ownKey: '27/KH-LDLD', ignoreRanges: [[15, 54]] });
    expect(citations.map((c) => c.number.canonical)).toEqual(['79/KH-LĐLĐ']);
  });
  it('warns when one number is cited with two dates', () => {
    const { issues, warnings } = findCitations(
      'Nghị quyết số 09-NQ/TW, ngày 08/11/2002 và Nghị quyết số 09-NQ/TW, ngày 08/11/2022.',
    );
    expect(issues[0]).toMatchObject({
      code: 'conflicting-dates',
      numbers: ['09-NQ/TW'],
      dates: ['2002-11-08', '2022-11-08'],
    });
    expect(warnings[0]).toBe('Số 09-NQ/TW được trích dẫn với hai ngày khác nhau: 08/11/2002 và 08/11/2022.');
  });
  it('resolves a short name and reports one that names a different number', () => {
    const ok = findCitations(
      'Thực hiện Kết luận số 58-KL/TW, ngày 23/6/2023 của Ban Bí thư về tổ chức Hội (gọi tắt là Kết luận số 58-KL/TW), Ban Thường vụ yêu cầu.',
    );
    expect(ok.aliases).toEqual([{ alias: 'Kết luận số 58-KL/TW', target: '58-KL/TW' }]);
    expect(ok.issues).toEqual([]);
    expect(ok.citations).toHaveLength(1);
    const bad = findCitations(
      'Thực hiện Kết luận số 196-KL/TW, ngày 03/10/2025 của Bộ Chính trị về công tác cựu chiến binh (gọi tắt là *Kết luận số 166-KL/TW*); Ban Thường vụ ban hành.',
    );
    expect(bad.aliases).toEqual([{ alias: 'Kết luận số 166-KL/TW', target: '196-KL/TW' }]);
    expect(bad.issues[0]?.code).toBe('alias-mismatch');
    expect(bad.citations.map((c) => c.number.canonical)).toEqual(['196-KL/TW']);
  });
  it('resolves a short name without a symbol by its serial', () => {
    const r = findCitations(
      'Thực hiện Quy định số 377-QĐ/TW ngày 08/10/2025 của Bộ Chính trị về phân cấp *(sau đây gọi tắt là Quy định 377)*; đồng thời.',
    );
    expect(r.aliases).toEqual([{ alias: 'Quy định 377', target: '377-QĐ/TW' }]);
    expect(r.citations[0]?.kind).toBe('Quy định');
  });
});

describe('findCitations: form codes', () => {
  it('does not cite the code of an annexed form ("Mẫu số …")', () => {
    const text =
      'Hội nghị thông qua biên bản (theo Mẫu số 01/BCĐBQH-MT ban hành kèm theo Nghị quyết số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN).';
    expect(findCitations(text).citations.map((c) => c.number.canonical)).toEqual([
      '102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN',
    ]);
  });
  it('still cites a number after the word "mẫu" elsewhere in the sentence', () => {
    const text = 'Mẫu biểu thực hiện theo Thông tư số 01/2021/TT-BNV.';
    expect(findCitations(text).citations.map((c) => c.number.canonical)).toEqual(['01/2021/TT-BNV']);
  });
});

describe('findCitations: what a document implements', () => {
  const implemented = (text: string, bodyStart = 0): string[] =>
    findCitations(text, { bodyStart })
      .citations.filter((c) => c.implements)
      .map((c) => c.number.canonical);

  it('marks a law named by its title in a "Căn cứ" clause', () => {
    expect(implemented('Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n')).toEqual(['72/2025/QH15']);
  });
  it('marks the law that amended an implemented one', () => {
    const text =
      'Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;\n';
    expect(implemented(text)).toEqual(['64/2025/QH15', '87/2025/QH15']);
  });
  it('marks the resolution that amended what a "Căn cứ" clause names without a number', () => {
    const text =
      'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 203/2025/QH15;\n';
    expect(implemented(text)).toEqual(['203/2025/QH15']);
  });
  it('sees a second "Căn cứ" after a semicolon on the same line', () => {
    const text =
      'Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân; Luật Mặt trận Tổ quốc Việt Nam; Căn cứ Kế hoạch số 16/KH-MTTQ-BTT ngày 23/12/2025 của Ban Thường trực;\n';
    expect(implemented(text)).toEqual(['16/KH-MTTQ-BTT']);
  });
  it('does not take "thực hiện" inside a clause after a semicolon for an opening', () => {
    const text = 'Giao Ủy ban nhân dân xã chủ trì; phối hợp thực hiện Kế hoạch số 5/KH-UBND.\n';
    expect(implemented(text)).toEqual([]);
  });
  it('does not mark what a "Xét" line examines after the "Căn cứ" lines', () => {
    const text =
      'Căn cứ Thông tư số 87/2025/TT-BTC hướng dẫn việc lập dự toán;\nXét Tờ trình số 4486/TTr-UBND ngày 22 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh;\n';
    expect(implemented(text)).toEqual(['87/2025/TT-BTC']);
  });
  it('sees an opening on the first line of the body', () => {
    const text =
      'Kính gửi: Ủy ban nhân dân xã.\nThực hiện Nghị quyết số 01-NQ/TU ngày 14/7/2025 của Tỉnh uỷ, Đảng uỷ đề nghị:\n';
    expect(implemented(text, text.indexOf('Thực hiện'))).toEqual(['01-NQ/TU']);
  });
  it('does not mark a reference in a clause whose lead is long prose', () => {
    const text =
      'Căn cứ tình hình thực tế của địa phương và kết quả thực hiện nhiệm vụ năm trước theo Kế hoạch số 5/KH-UBND;\n';
    expect(implemented(text)).toEqual([]);
  });
});
