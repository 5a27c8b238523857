/**
 * Cases invented for each class of issue 13 and its neighbours (other numbers, issuers,
 * spacing, line wraps, OCR-style noise: a small letter, a lost blank, "O" for "0", "l" for "1"),
 * written away from the corpus: the reader is scored on documents we do not have.
 */
import { describe, it, expect } from 'vitest';
import { findCitations } from '../../src/reading/citations.ts';
import { extractDocument } from '../../src/reading/extract.ts';
import { readHeader } from '../../src/reading/header.ts';

const cited = (text: string): string[] => findCitations(text).citations.map((c) => c.number.canonical);

/** The header fields a person checks, the number canonical (or a draft's codes as printed). */
function fields(text: string): { number?: string; date?: string; kind?: string; issuer?: string; signer?: string } {
  const d = extractDocument(text, 'vi-du.txt');
  const out: ReturnType<typeof fields> = {};
  const number = d.header.number?.canonical ?? d.header.draftNumber?.printed;
  const date = d.date ?? d.header.draftDate;
  if (number) out.number = number;
  if (date) out.date = date;
  if (d.kind) out.kind = d.kind;
  if (d.issuer) out.issuer = d.issuer;
  if (d.header.signer?.name) out.signer = d.header.signer.name;
  return out;
}

const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc';

describe('findCitations: old numbers after a kind word', () => {
  it('reads a government decree and a Prime Minister decision of other numbers', () => {
    expect(cited('Căn cứ Nghị định số 64/CP ngày 27/9/1993 và Quyết định 72/TTg ngày 1/2/1996')).toEqual([
      '64/CP',
      '72/TTg',
    ]);
  });
  it('reads the old forms with a small kind word, a wrap after "số" and a ministry code after a blank', () => {
    expect(cited('theo nghị định số 12-HĐBT ngày 5/1/1990, Nghị định số\n88/CP và Thông tư 21 TC/TCT')).toEqual([
      '12-HĐBT',
      '88/CP',
      '21 TC/TCT',
    ]);
  });
  it('reads them when extraction lost a blank ("số88/CP", "Nghịđịnh")', () => {
    expect(cited('Căn cứ Nghị định số88/CP ngày 5/8/1995; Căn cứ Nghịđịnh số 64/CP')).toEqual(['88/CP', '64/CP']);
  });
  it('reads a kind word in capitals', () => {
    expect(cited('CĂN CỨ NGHỊ ĐỊNH SỐ 88/CP NGÀY 5/8/1995')).toEqual(['88/CP']);
  });
  it('leaves the same shapes alone after a word that is not a kind', () => {
    expect(cited('phòng 12/CP, nhà 88/CP, tổ 25-HĐBT')).toEqual([]);
  });
});

describe('findCitations: joint circulars and resolutions', () => {
  it('reads a joint circular with a slash or a dash before its issuers', () => {
    expect(cited('Thông tư liên tịch số 12/2015/TTLT/BYT-BTC và Thông tư liên tịch 05/2016/TTLT-BNV-BTC')).toEqual([
      '12/2015/TTLT-BYT-BTC',
      '05/2016/TTLT-BNV-BTC',
    ]);
  });
  it('reads one split by a line wrap or spaced around its separators', () => {
    expect(
      cited('Thông tư liên tịch số 12/2015/TTLT/\nBYT-BTC; Thông tư liên tịch số 03 / 2008 / TTLT / BKH - BNV'),
    ).toEqual(['12/2015/TTLT-BYT-BTC', '03/2008/TTLT-BKH-BNV']);
  });
  it('reads a joint resolution of the Government and the Front', () => {
    expect(cited('Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN ngày 8/12/2008')).toEqual([
      '09/2008/NQLT-CP-UBTWMTTQVN',
    ]);
  });
});

describe('findCitations: serials with a letter', () => {
  it('reads a small letter after the serial anywhere', () => {
    expect(cited('Nghị quyết số 30a/2008/NQ-CP, Kế hoạch số 15b/KH-UBND và Công văn số 45c-CV/TU')).toEqual([
      '30a/2008/NQ-CP',
      '15b/KH-UBND',
      '45c-CV/TU',
    ]);
  });
  it('reads a capital letter after the serial right after "số", and a blank before the slash', () => {
    expect(cited('Quyết định số 1234A/QĐ-UBND và Báo cáo số 7a /BC-UBND')).toEqual(['1234A/QĐ-UBND', '7a/BC-UBND']);
  });
  it('does not take a capital letter for a suffix without "số"', () => {
    expect(cited('xem mục 3A/QĐ-UBND')).toEqual([]);
  });
});

describe('findCitations: Ð (Latin eth) typed for Đ', () => {
  it('reads it in a type code, an issuer code and a Party number', () => {
    expect(
      cited(
        'Nghị định số 15/2020/N\u00D0-CP, Quyết định số 12/Q\u00D0-UBND, Nghị quyết số 5/NQ-H\u00D0ND, Kết luận số 21-KL/\u00D0U',
      ),
    ).toEqual(['15/2020/NĐ-CP', '12/QĐ-UBND', '5/NQ-HĐND', '21-KL/ĐU']);
  });
});

describe('findCitations: unknown type codes after a kind word', () => {
  it('reads Party codes outside the list after the kind word and "số"', () => {
    expect(cited('Chương trình hành động số 12-CTrHĐ/TU và Quy chế phối hợp số 05-QCPH/ĐU')).toEqual([
      '12-CTrHĐ/TU',
      '05-QCPH/ĐU',
    ]);
  });
  it('reads a State joint plan whose code is outside the list', () => {
    expect(cited('Kế hoạch liên tịch số 03/KHLT-UBND-MTTQ ngày 2/2/2024')).toEqual(['03/KHLT-UBND-MTTQ']);
  });
  it('leaves an unknown Party code alone after a word that is not a kind', () => {
    expect(cited('mã số 12-ABCD/TU')).toEqual([]);
  });
});

describe('findCitations: laws and Standing Committee resolutions', () => {
  it('reads laws named with their subject before the number', () => {
    expect(cited('Luật số 80/2015/QH13, Luật Đất đai số 31/2024/QH15 và Bộ luật Lao động số 45/2019/QH14')).toEqual([
      '80/2015/QH13',
      '31/2024/QH15',
      '45/2019/QH14',
    ]);
  });
  it('reads a Standing Committee resolution', () => {
    expect(cited('Nghị quyết số 1211/2016/UBTVQH13 ngày 25/5/2016')).toEqual(['1211/2016/UBTVQH13']);
  });
  it('does not take two years and an assembly code without its number for a law', () => {
    expect(cited('giai đoạn 2021/2025/QH')).toEqual([]);
  });
});

describe('findCitations: OCR digit slips', () => {
  it('reads "O" for 0 and "l" for 1 in a serial before its codes, canonical in digits', () => {
    expect(cited('Nghị quyết số 1O/NQ-HĐND và Quyết định số l2/QĐ-UBND')).toEqual(['10/NQ-HĐND', '12/QĐ-UBND']);
  });
  it('reads "O" for 0 in the year of a decree number', () => {
    expect(cited('Nghị định số 15/2O24/NĐ-CP')).toEqual(['15/2024/NĐ-CP']);
  });
  it('keeps the printed form as printed', () => {
    expect(findCitations('Quyết định số l2/QĐ-UBND').citations[0]?.number.printed).toEqual('l2/QĐ-UBND');
  });
  it('leaves a word with no digit alone', () => {
    expect(cited('lOl/QĐ-UBND')).toEqual([]);
  });
});

describe('readHeader: numbers behind a kind label (laws, Standing Committee)', () => {
  it('reads "Luật số:" under the National Assembly', () => {
    expect(
      fields(
        `QUỐC HỘI\n-------\nLuật số: 64/2025/QH15\n${MOTTO}\nHà Nội, ngày 19 tháng 2 năm 2025\nLUẬT\nBAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT\n\nCăn cứ Hiến pháp;`,
      ),
    ).toEqual({
      number: '64/2025/QH15',
      date: '2025-02-19',
      kind: 'Luật',
      issuer: 'QUỐC HỘI',
    });
  });
  it('reads "Nghị quyết số:" and "Pháp lệnh số:" of the Standing Committee', () => {
    const nq = fields(
      'ỦY BAN THƯỜNG VỤ QUỐC HỘI\nNghị quyết số: 1656/NQ-UBTVQH15\nHà Nội, ngày 16 tháng 6 năm 2025\nNGHỊ QUYẾT\nVề việc sắp xếp',
    );
    const pl = fields(
      'ỦY BAN THƯỜNG VỤ QUỐC HỘI\nPháp lệnh số: 02/2022/UBTVQH15\nHà Nội, ngày 30 tháng 12 năm 2022\nPHÁP LỆNH\nCảnh sát môi trường',
    );
    expect([nq.number, pl.number, pl.kind]).toEqual(['1656/NQ-UBTVQH15', '02/2022/UBTVQH15', 'Pháp lệnh']);
  });
});

describe('readHeader: the number label as OCR and typing leave it', () => {
  it('reads a small "số:" opening the number line', () => {
    expect(
      fields(
        `ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nsố: 2210 /QĐ-UBND\n\n${MOTTO}\nHà Tĩnh, ngày 12 tháng 8 năm 2025\nQUYẾT ĐỊNH\nVề việc giao nhiệm vụ`,
      ),
    ).toEqual({
      number: '2210/QĐ-UBND',
      date: '2025-08-12',
      kind: 'Quyết định',
      issuer: 'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH',
    });
  });
  it('reads a label with no blank before the serial and an "l" for 1', () => {
    expect([
      fields('SỞ Y TẾ\nSố:12/KH-SYT\nHà Nội, ngày 2 tháng 3 năm 2024\nKẾ HOẠCH\nTiêm chủng').number,
      fields('SỞ Y TẾ\nSố: l2/KH-SYT\nHà Nội, ngày 2 tháng 3 năm 2024\nKẾ HOẠCH\nTiêm chủng').number,
    ]).toEqual(['12/KH-SYT', '12/KH-SYT']);
  });
  it('does not take a small "số" without a colon (a wrapped title) for the label', () => {
    expect(
      fields(
        'UBND XÃ A\nSố: /KH-UBND\nA, ngày 2 tháng 3 năm 2024\nV/v triển khai Quyết định\nsố 12/QĐ-UBND ngày 3/3/2024\nKính gửi: Các thôn',
      ).number,
    ).toEqual('/KH-UBND');
  });
});

describe('readHeader: numbers printed with wide gaps', () => {
  it('joins the serial to its codes and keeps the codes out of the issuer', () => {
    expect(
      fields(
        'UBND TỈNH X\nSỞ XÂY DỰNG\nSố:    512      /SXD-QH\nX, ngày 5 tháng 5 năm 2025\nV/v góp ý\nKính gửi: UBND huyện Y',
      ),
    ).toEqual({
      number: '512/SXD-QH',
      date: '2025-05-05',
      kind: 'Công văn',
      issuer: 'UBND TỈNH X / SỞ XÂY DỰNG',
    });
  });
  it('joins a serial set apart by tabs', () => {
    expect(
      fields('UBND TỈNH X\nSỞ XÂY DỰNG\nSố:\t\t87\t\t/KH-SXD\nX, ngày 5 tháng 5 năm 2025\nKẾ HOẠCH\nKiểm tra').number,
    ).toEqual('87/KH-SXD');
  });
  it('joins a Party serial typed apart from its dash', () => {
    expect(
      fields(
        'ĐẢNG BỘ TỈNH X\nHUYỆN ỦY Y\n*\nSố   45    -KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nY, ngày 5 tháng 5 năm 2025\nKẾ HOẠCH\nThực hiện',
      ),
    ).toEqual({
      number: '45-KH/HU',
      date: '2025-05-05',
      kind: 'Kế hoạch',
      issuer: 'ĐẢNG BỘ TỈNH X / HUYỆN ỦY Y',
    });
  });
  it('keeps an organ whose name holds "SỐ" whole on the number line', () => {
    expect(
      fields('UBND TỈNH X\nTRUNG TÂM CHUYỂN ĐỔI SỐ   Số: 12/TB-TTCĐS\nX, ngày 5 tháng 5 năm 2025\nTHÔNG BÁO\nLịch trực')
        .issuer,
    ).toEqual('UBND TỈNH X / TRUNG TÂM CHUYỂN ĐỔI SỐ');
  });
});

describe('readHeader: an issuer block that names another document', () => {
  it('skips "QUYẾT ĐỊNH" at the end of the line above "SỐ …"', () => {
    expect(
      fields(
        'UBND TỈNH X\nTỔ CÔNG TÁC THEO QUYẾT ĐỊNH\nSỐ 45/QĐ-UBND\nSố: 3/BC-TCT\nX, ngày 5 tháng 5 năm 2025\nBÁO CÁO\nKết quả',
      ).number,
    ).toEqual('3/BC-TCT');
  });
  it('skips a type code ("THEO QĐ SỐ …") before the label', () => {
    expect(
      fields(
        'SỞ TÀI CHÍNH\nĐOÀN THANH TRA THEO QĐ SỐ 88/QĐ-STC\nSố: 7/BB-ĐTT\nX, ngày 5 tháng 5 năm 2025\nBIÊN BẢN\nThanh tra',
      ).number,
    ).toEqual('7/BB-ĐTT');
  });
  it('leaves the number missing when the block names the only number', () => {
    expect(
      fields('SỞ XÂY DỰNG\nĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 12/QĐ-SXD\nX, ngày 5 tháng 5 năm 2025\nBIÊN BẢN\nKiểm tra'),
    ).toEqual({
      date: '2025-05-05',
      kind: 'Biên bản',
      issuer: 'SỞ XÂY DỰNG / ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 12/QĐ-SXD',
    });
  });
});

describe('readHeader: drafts with a blank serial or day', () => {
  it('reads codes after dots or an ellipsis, and the month after a dotted day', () => {
    const dots = fields('UBND XÃ A\nSố: ....../QĐ-UBND\nA, ngày ... tháng 7 năm 2026\nQUYẾT ĐỊNH\nVề việc');
    const ellipsis = fields('UBND XÃ A\nSố: …/TB-UBND\nA, ngày …  tháng 7 năm 2026\nTHÔNG BÁO\nVề việc');
    expect([dots.number, dots.date, ellipsis.number, ellipsis.date]).toEqual([
      '/QĐ-UBND',
      '2026-07',
      '/TB-UBND',
      '2026-07',
    ]);
  });
  it('reads a cell Party draft', () => {
    expect(
      fields(
        'ĐẢNG BỘ XÃ A\nCHI BỘ THÔN B\n*\nSố  - NQ/CB\nĐẢNG CỘNG SẢN VIỆT NAM\nA, ngày   tháng 3 năm 2025\nNGHỊ QUYẾT\nVề việc',
      ),
    ).toMatchObject({ number: '- NQ/CB', date: '2025-03', kind: 'Nghị quyết' });
  });
  it('gives no date when the month is blank too', () => {
    expect(fields('UBND XÃ A\nSố: /KH-UBND\nA, ngày    tháng    năm 2026\nKẾ HOẠCH\nVề việc').date).toEqual(undefined);
  });
});

describe('readHeader: joint kinds', () => {
  it('reads "THÔNG TƯ" with "LIÊN TỊCH" on the next line as one heading, the title after it', () => {
    const text =
      'BỘ NỘI VỤ - BỘ TÀI CHÍNH\nSố: 05/2025/TTLT-BNV-BTC\nHà Nội, ngày 3 tháng 3 năm 2025\nTHÔNG TƯ\nLIÊN TỊCH\nHướng dẫn chế độ phụ cấp\n\nCăn cứ Luật;';
    const h = readHeader(text);
    expect({ kind: h.kind, title: h.title }).toEqual({ kind: 'Thông tư liên tịch', title: 'Hướng dẫn chế độ phụ cấp' });
  });
  it('reads "NGHỊ QUYẾT" / "LIÊN TỊCH" in bold Markdown and on one line', () => {
    const two = fields(
      'A - B\nSố: 09/2025/NQLT-CP-UBTWMTTQVN\nHà Nội, ngày 3 tháng 3 năm 2025\n**NGHỊ QUYẾT**\n**LIÊN TỊCH**\n**Quy định chi tiết**',
    );
    const one = fields(
      'A - B\nSố: 09/2025/NQLT-CP-UBTWMTTQVN\nHà Nội, ngày 3 tháng 3 năm 2025\nNGHỊ QUYẾT LIÊN TỊCH\nQUY ĐỊNH CHI TIẾT',
    );
    expect([two.kind, one.kind]).toEqual(['Nghị quyết liên tịch', 'Nghị quyết liên tịch']);
  });
  it('keeps a plain "NGHỊ QUYẾT" whose title starts on the next line', () => {
    expect(fields('HĐND TỈNH A\nSố: 9/NQ-HĐND\nA, ngày 3 tháng 3 năm 2025\nNGHỊ QUYẾT\nLIÊN KẾT VÙNG').kind).toEqual(
      'Nghị quyết',
    );
  });
});

describe('readHeader: stamps above the header', () => {
  it('sets a "SAO Y; …; Thời gian ký:" line apart from the issuer', () => {
    const text = `SAO Y; ỦY BAN NHÂN DÂN TỈNH NGHỆ AN; Thời gian ký: 2025-10-20T10:10:09+07:00\n\nỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 3374 /QĐ-UBND\n${MOTTO}\nNghệ An, ngày 10 tháng 10 năm 2025\nQUYẾT ĐỊNH\nỦy quyền`;
    expect(fields(text)).toEqual({
      number: '3374/QĐ-UBND',
      date: '2025-10-10',
      kind: 'Quyết định',
      issuer: 'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN',
    });
  });
  it('sets a "SAO Y BẢN CHÍNH" line in capitals apart from the issuer', () => {
    expect(
      fields(
        'SAO Y BẢN CHÍNH\nỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 3374 /QĐ-UBND\nNghệ An, ngày 10 tháng 10 năm 2025\nQUYẾT ĐỊNH\nỦy quyền',
      ).issuer,
    ).toEqual('ỦY BAN NHÂN DÂN TỈNH NGHỆ AN');
  });
  it('sets the Government portal stamp apart, in capitals, OCR capitals or normal case', () => {
    const body = 'CHÍNH PHỦ\nSố: 193/2025/NĐ-CP\nHà Nội, ngày 2 tháng 7 năm 2025\nNGHỊ ĐỊNH\nQuy định';
    const upper = fields(
      `CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\nĐiện thoại: 080 43162\nEmail: thongtinchinhphu@chinhphu.vn\nThời gian ký: 05.06.2026 10:21:11 +07:00\n${body}`,
    );
    const ocr = fields(
      `Người ký: CÔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\nCơ quan: VĂN PHÒNG CHÍNH PHỦ Thời gian ký: 05.06.2026 16:57:30 +07:00\n${body}`,
    );
    const normal = fields(`Cổng Thông tin điện tử Chính phủ\nNgày ký: 05/6/2026\n${body}`);
    expect([upper.issuer, ocr.issuer, normal.issuer]).toEqual(['CHÍNH PHỦ', 'CHÍNH PHỦ', 'CHÍNH PHỦ']);
  });
  it('does not take a stamp-like line under the header for a note', () => {
    const h = readHeader(
      'SỞ Y TẾ\nSố: 12/KH-SYT\nHà Nội, ngày 2 tháng 3 năm 2024\nKẾ HOẠCH\nTiêm chủng\n\nSAO Y các văn bản gửi kèm.',
    );
    expect(h.noteLines).toEqual([]);
  });
});

describe('readHeader: the authority line under a header with no kind heading', () => {
  it('keeps "ỦY BAN NHÂN DÂN XÃ …" after the date out of the issuer', () => {
    const text = `ỦY BAN NHÂN DÂN\nXÃ NGHĨA LÂM\nSố: /QĐ-UBND\n${MOTTO}\nNghĩa Lâm, ngày tháng 7 năm 2026\n\nỦY BAN NHÂN DÂN XÃ NGHĨA LÂM\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;`;
    expect(fields(text)).toEqual({
      number: '/QĐ-UBND',
      date: '2026-07',
      kind: 'Quyết định',
      issuer: 'ỦY BAN NHÂN DÂN XÃ NGHĨA LÂM',
    });
  });
  it('keeps "CHỦ TỊCH ỦY BAN NHÂN DÂN …" out of the issuer when no number is printed', () => {
    expect(
      fields(
        `ỦY BAN NHÂN DÂN\nHUYỆN TÂN KỲ\n${MOTTO}\nTân Kỳ, ngày 3 tháng 7 năm 2024\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TÂN KỲ\n\nCăn cứ Luật Tổ chức chính quyền địa phương;`,
      ).issuer,
    ).toEqual('ỦY BAN NHÂN DÂN HUYỆN TÂN KỲ');
  });
});

describe('readHeader: the Party star under the issuer', () => {
  it('keeps "*", "\\*" and "* * *" among the header lines, between issuer and number', () => {
    for (const star of ['*', '\\*', '* * *']) {
      const text = `ĐẢNG BỘ TỈNH LÂM ĐỒNG\nHUYỆN ỦY ĐỨC TRỌNG\n${star}\nSố 12-KH/HU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nĐức Trọng, ngày 3 tháng 4 năm 2025\n\nKẾ HOẠCH\nThực hiện Chỉ thị\n\nNội dung.`;
      const h = readHeader(text);
      expect({
        star,
        issuer: h.issuer,
        superior: h.superiorIssuer,
        number: h.number?.canonical,
        lines: h.headerLines,
      }).toEqual({
        star,
        issuer: 'HUYỆN ỦY ĐỨC TRỌNG',
        superior: 'ĐẢNG BỘ TỈNH LÂM ĐỒNG',
        number: '12-KH/HU',
        lines: [[0, 10]],
      });
    }
  });
});

describe('readHeader: the date of the closing formula', () => {
  const head = 'HỘI ĐỒNG NHÂN DÂN\nTỈNH BẮC KẠN\nNGHỊ QUYẾT\nQuy định mức chi\n\nCăn cứ Luật;\nĐiều 1. Nội dung.\n';
  it('reads the adoption date, not the date it takes effect', () => {
    expect(
      readHeader(
        `${head}Nghị quyết này đã được Hội đồng nhân dân tỉnh Bắc Kạn khóa X, kỳ họp thứ 12 thông qua ngày 10 tháng 7 năm 2024 và có hiệu lực từ ngày 20 tháng 7 năm 2024./.`,
      ).date,
    ).toEqual('2024-07-10');
  });
  it('reads it across a line wrap and in digits', () => {
    const wrapped = readHeader(
      `${head}Nghị quyết này đã được Hội đồng nhân dân tỉnh khóa X, kỳ họp thứ 12 thông qua\nngày 10 tháng 7 năm 2024.`,
    );
    const digits = readHeader(
      `${head}Nghị quyết này đã được Hội đồng nhân dân tỉnh khóa X thông qua ngày 10/7/2024 và có hiệu lực từ ngày 20/7/2024.`,
    );
    expect([wrapped.date, wrapped.dateSource, digits.date]).toEqual(['2024-07-10', 'closing', '2024-07-10']);
  });
  it("reads a law's closing formula", () => {
    expect(
      readHeader(
        'QUỐC HỘI\nLUẬT\nĐất đai\n\nCăn cứ Hiến pháp;\nĐiều 1.\nLuật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp bất thường lần thứ 5 thông qua ngày 18 tháng 01 năm 2024.',
      ).date,
    ).toEqual('2024-01-18');
  });
});

describe('readHeader: a signer of whom only the name survived', () => {
  const head = 'UBND XÃ A\nSố: 12/KH-UBND\nA, ngày 2 tháng 3 năm 2024\nKẾ HOẠCH\nVề việc x\n\nNội dung kế hoạch.\n';
  it('reads the name after the recipient list, a four-word name and one with blanks around it', () => {
    const names = [
      `${head}Nơi nhận:\n- UBND huyện;\n- Lưu: VT.\nNguyễn Văn Bình`,
      `${head}\nTôn Nữ Thị Hà`,
      `${head}\n   Lê Thị Mai   \n\n`,
    ].map((t) => readHeader(t).signer?.name);
    expect(names).toEqual(['Nguyễn Văn Bình', 'Tôn Nữ Thị Hà', 'Lê Thị Mai']);
  });
  it('does not take a place or capitalised words that open with no family name', () => {
    expect([
      readHeader(`${head}\nHà Nội`).signer,
      readHeader(`${head}\nTrân Trọng Cảm Ơn`).signer,
      readHeader(`${head}\nBan Chấp Hành Đoàn`).signer,
    ]).toEqual([undefined, undefined, undefined]);
  });
});

describe('findCitations: an opening word glued to the next one', () => {
  it('marks the grounds of "Căn cứNghị quyết …" and "Thực hiệnKế hoạch …" as implemented', () => {
    const r = findCitations(
      'KẾ HOẠCH\n\nCăn cứNghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị;\nThực hiệnKế hoạch số 12-KH/TU của Tỉnh ủy,\n\nI. MỤC ĐÍCH',
      { bodyStart: 10 },
    );
    expect(r.citations.map((c) => [c.number.canonical, c.implements])).toEqual([
      ['57-NQ/TW', true],
      ['12-KH/TU', true],
    ]);
  });
  it('does not take a longer word that starts like an opening for one', () => {
    const r = findCitations('KẾ HOẠCH\n\nThực hiệnh Kế hoạch số 12-KH/TU của Tỉnh ủy.\n\nI. MỤC ĐÍCH', {
      bodyStart: 10,
    });
    expect(r.citations.map((c) => c.implements)).toEqual([false]);
  });
});

describe('readHeader: OCR slips in the label, the date words and the kind heading', () => {
  const doc = (label: string, date: string, heading: string): ReturnType<typeof fields> =>
    fields(`SỞ Y TẾ\n${label} 12/KH-SYT\nHà Nội, ${date}\n${heading}\nTiêm chủng`);
  it('reads the label with a wrong tone mark when it opens the line with a colon', () => {
    expect([
      doc('Sô:', 'ngày 2 tháng 3 năm 2024', 'KẾ HOẠCH').number,
      doc('Sỗ:', 'ngày 2 tháng 3 năm 2024', 'KẾ HOẠCH').number,
      doc('Số :', 'ngày 2 tháng 3 năm 2024', 'KẾ HOẠCH').number,
    ]).toEqual(['12/KH-SYT', '12/KH-SYT', '12/KH-SYT']);
  });
  it('reads a date with wrong tone marks, without marks, with a blank lost, or "l"/"O" for digits', () => {
    const dates = [
      'ngảy 2 thảng 3 năm 2024',
      'ngay 2 thang 3 nam 2024',
      'ngày 2tháng 3năm 2024',
      'ngày l2 tháng 3 năm 2024',
      'ngày 2 tháng 3 năm 2O24',
    ];
    expect(dates.map((d) => doc('Số:', d, 'KẾ HOẠCH').date)).toEqual([
      '2024-03-02',
      '2024-03-02',
      '2024-03-02',
      '2024-03-12',
      '2024-03-02',
    ]);
  });
  it('reads a kind heading with a wrong tone mark ("QUYÉT ĐỊNH", "KÉ HOẠCH")', () => {
    expect([
      doc('Số:', 'ngày 2 tháng 3 năm 2024', 'QUYÉT ĐỊNH').kind,
      doc('Số:', 'ngày 2 tháng 3 năm 2024', 'KÉ HOẠCH').kind,
    ]).toEqual(['Quyết định', 'Kế hoạch']);
  });
  it('leaves an impossible date out rather than guess it ("ngày 45 tháng 9")', () => {
    expect(doc('Số:', 'ngày 45 tháng 9 năm 2025', 'KẾ HOẠCH').date).toEqual(undefined);
  });
});

describe('readHeader: number and issuer in other layouts', () => {
  const tail = '\nA, ngày 2 tháng 3 năm 2024\nKẾ HOẠCH\nVề việc x\n\nNội dung.';
  it('reads a Markdown table whose cell breaks the issuer with "<br>"', () => {
    const text =
      '| ỦY BAN NHÂN DÂN<br>XÃ A | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| Số: 12/KH-UBND | Độc lập - Tự do - Hạnh phúc |\n| | A, ngày 2 tháng 3 năm 2024 |\n\nKẾ HOẠCH\nVề việc x';
    expect(fields(text)).toEqual({
      number: '12/KH-UBND',
      date: '2024-03-02',
      kind: 'Kế hoạch',
      issuer: 'ỦY BAN NHÂN DÂN XÃ A',
    });
  });
  it('joins a number wrapped after a dash to its last code on the next line', () => {
    expect(fields(`UBND TỈNH X\nSỞ Y TẾ\nSố: 1234/SYT-\nNVY${tail}`).number).toEqual('1234/SYT-NVY');
  });
  it('does not join a subject line to a number that ends in a dash (the codes printed are kept)', () => {
    expect(
      fields('UBND TỈNH X\nSỞ Y TẾ\nSố: 1234/SYT-\nV/v tiêm chủng\nA, ngày 2 tháng 3 năm 2024\nKính gửi: UBND các xã')
        .number,
    ).toEqual('1234/SYT');
  });
  it('reads Party numbers with no blank or with blanks around the dash, and a label on its own line', () => {
    expect([
      fields(`HUYỆN ỦY Y\n*\nSố:12-KH/HU${tail}`).number,
      fields(`HUYỆN ỦY Y\n*\nSố 12 - KH/HU${tail}`).number,
      fields(`UBND XÃ A\nSố:\n12/KH-UBND${tail}`).number,
    ]).toEqual(['12-KH/HU', '12-KH/HU', '12/KH-UBND']);
  });
});
