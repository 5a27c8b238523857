import { readFile } from 'node:fs/promises';
import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readOriginal } from '../../../src/import/formats/index.ts';
import { headerFields, makeEncryptedPdf, makeZip, missingWords } from './helpers.ts';

const BIN = 'tests/fixtures/bin';
const GENERATED = `${BIN}/generated`;

async function read(file: string): Promise<Awaited<ReturnType<typeof readOriginal>>> {
  return readOriginal(await readFile(file), file.split('/').pop()!);
}

/**
 * The real originals of corpus 2 (SOURCES.md) and what is read from each: format, kind, number,
 * date, issuer. A null number or date is a blank left in the original for the signature stamp
 * or a draft (flagged by the reader as missing, not invented). The scanned b31, b33 and b35 are
 * measured by scripts/bench/formats.ts instead (OCR of 38 pages would take minutes here).
 */
const REAL: Array<[string, string, string | null, string | null, string | null, string | null]> = [
  ['b01.docx', 'docx', 'Hướng dẫn', null, '2025-12-22', 'ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH / BAN THƯỜNG TRỰC'],
  [
    'b03.doc',
    'doc',
    'Nghị quyết liên tịch',
    '102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN',
    '2025-09-26',
    'ỦY BAN THƯỜNG VỤ QUỐC HỘI - CHÍNH PHỦ - ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM',
  ],
  ['b05.docx', 'docx', 'Kế hoạch', null, '2025-11-25', 'ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH / BAN THƯỜNG TRỰC'],
  ['b07.doc', 'doc', 'Luật', '72/2025/QH15', '2025-06-16', 'QUỐC HỘI'],
  ['b09.doc', 'doc', 'Nghị quyết', '99/2025/NQ-HĐND', '2025-12-16', 'HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH'],
  ['b11.docx', 'docx', 'Hướng dẫn', null, null, 'ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH / BAN THƯỜNG TRỰC'],
  ['b13.docx', 'docx', 'Kế hoạch', null, '2025-12-10', 'ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH / BAN THƯỜNG TRỰC'],
  ['b15.docx', 'docx', 'Kế hoạch', null, '2025-12-10', 'ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH / BAN THƯỜNG TRỰC'],
  ['b17.docx', 'docx', 'Kế hoạch', null, '2026-01-12', 'ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH / BAN THƯỜNG TRỰC'],
  ['b19.pdf', 'pdf-text', 'Hướng dẫn', null, null, 'THÀNH ỦY HÀ NỘI / BAN TỔ CHỨC'],
  ['b21.pdf', 'pdf-text', 'Hướng dẫn', null, null, 'THÀNH UỶ HÀ NỘI / BAN TỔ CHỨC'],
  ['b23.pdf', 'pdf-text', 'Quy định', '294-QĐ/TW', '2025-05-26', 'BAN CHẤP HÀNH TRUNG ƯƠNG'],
  // Signed: the number and the day are printed by the signature fields over the form's blanks
  // (pdf-annotations.ts). b27's month is misprinted ("tháng 65" in its fields and text): no date.
  ['b27.pdf', 'pdf-text', 'Thông báo', '07 /TB-VP', null, 'UBND XÃ NGHĨA LÂM / VĂN PHÒNG HĐND – UBND'],
  ['b29.pdf', 'pdf-text', 'Công văn', '3743 /SNV-CCVC', '2026-05-22', 'UBND TỈNH NGHỆ AN / SỞ NỘI VỤ'],
  ['b37.docx', 'docx', 'Nghị định', '335/2025/NĐ-CP', '2025-12-21', 'CHÍNH PHỦ'],
  ['b39.docx', 'docx', 'Nghị định', '275/2025/NĐ-CP', '2025-10-18', 'CHÍNH PHỦ'],
  // A draft without its kind heading: kind, number and date flagged as missing.
  ['b41.doc', 'doc', 'Quyết định', null, null, 'ỦY BAN NHÂN DÂN XÃ NGHĨA LÂM'],
];

describe('readOriginal on the real originals', () => {
  it.each(REAL)(
    'reads %s as %s with its kind, number, date and issuer',
    async (file, format, kind, number, date, issuer) => {
      const original = await read(`${BIN}/${file}`);
      const { title: _title, ...fields } = headerFields(original.text);
      expect({ format: original.format, ...fields }).toEqual({ format, kind, number, date, issuer });
    },
  );

  it('reads the signed PDF b25 from its text layer and OCRs only its image page', async () => {
    const original = await read(`${BIN}/b25.pdf`);
    expect({ format: original.format, pages: original.pages, ocrPages: original.ocr?.pages }).toEqual({
      format: 'pdf-scan',
      pages: 30,
      ocrPages: [30],
    });
    expect(headerFields(original.text)).toMatchObject({
      kind: 'Quyết định',
      issuer: 'ỦY BAN NHÂN DÂN XÃ NGHĨA LÂM',
      number: '224 /QĐ-UBND',
      date: '2026-05-08',
    });
  }, 120_000);

  it.each([
    ['b15.docx', 'raw009-htm.txt'],
    ['b09.doc', 'raw011-htm.txt'],
  ])('reads %s and its Word web page %s (saved as .txt) to the same header', async (word, web) => {
    const [a, b] = [await read(`${BIN}/${word}`), await read(`${BIN}/${web}`)];
    expect(b.format).toEqual('html');
    expect(headerFields(b.text)).toEqual(headerFields(a.text));
  });
});

const SEEDS = ['seed000', 'seed001', 'seed002', 'seed003', 'seed004'];

describe('readOriginal on the generated .docx and .pdf of the seeds', () => {
  it.each(
    SEEDS.flatMap((s) => [
      [s, 'docx'],
      [s, 'pdf'],
    ]),
  )('reads %s.%s to the header of its plain text', async (seed, ext) => {
    const plain = await readFile(`${GENERATED}/${seed}.txt`, 'utf8');
    const original = await read(`${GENERATED}/${seed}.${ext}`);
    expect(headerFields(original.text)).toEqual(headerFields(plain));
  });

  it.each(
    SEEDS.flatMap((s) => [
      [s, 'docx'],
      [s, 'pdf'],
    ]),
  )('loses no word of %s.%s', async (seed, ext) => {
    const plain = await readFile(`${GENERATED}/${seed}.txt`, 'utf8');
    const original = await read(`${GENERATED}/${seed}.${ext}`);
    // The PDFs carry page numbers the plain text does not (extra words are allowed, missing ones
    // are not) and no footnote (the generator gives only the .docx one).
    const expected = ext === 'pdf' ? plain.replace(/\n1\. Văn bản mẫu[^\n]*/, '').replace('[1]', '') : plain;
    expect(missingWords(expected, original.text)).toEqual([]);
  });

  it('keeps the footnote of a .docx with its reference', async () => {
    const original = await read(`${GENERATED}/seed001.docx`);
    expect(original.text).toContain('1. Văn bản mẫu dựng lại từ bản gốc để kiểm thử việc đọc chú thích cuối trang.');
  });

  it('lays the .docx header out as the left column lines, then the right column lines', async () => {
    const original = await read(`${GENERATED}/seed001.docx`);
    expect(original.text.split('\n').slice(0, 8)).toEqual([
      'LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH PHƯỚC',
      'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG',
      'Số: 27 /KH-LĐLD',
      '',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Phú Riềng, ngày 08 tháng 8 năm 2024',
      '',
    ]);
  });

  it('reports progress for each page of a PDF', async () => {
    const seen: string[] = [];
    await readOriginal(await readFile(`${GENERATED}/seed003.pdf`), 'seed003.pdf', {
      onProgress: (p) => seen.push(`${p.page}/${p.pages} ${p.method}`),
    });
    expect(seen).toEqual(['1/3 text', '2/3 text', '3/3 text']);
  });
});

describe('readOriginal on turned pages', () => {
  const lines = [
    'UY BAN NHAN DAN TINH A',
    'So: 12/KH-UBND',
    'KE HOACH thuc hien cong tac nam 2025 va cac nhiem vu trong tam cua tinh',
    'Dieu 1. Noi dung thu nhat cua ke hoach nay duoc thuc hien ngay.',
  ];
  /** A page whose text runs at `textTurn` degrees (counter-clockwise) and whose /Rotate is `pageTurn`. */
  async function turned(pageTurn: number, textTurn: number): Promise<Uint8Array> {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.TimesRoman);
    const page = pdf.addPage([595, 842]);
    page.setCropBox(20, 30, 555, 792);
    const r = (textTurn * Math.PI) / 180;
    lines.forEach((text, i) => {
      // Each line starts further "down", perpendicular to the text.
      const [x, y] = [300 - 200 * Math.cos(r) + 20 * i * Math.sin(r), 420 - 200 * Math.sin(r) - 20 * i * Math.cos(r)];
      page.drawText(text, { x, y, size: 12, font, rotate: degrees(textTurn) });
    });
    page.setRotation(degrees(pageTurn));
    return pdf.save();
  }

  it('reads along the text, whatever the page rotation: a sideways page, a landscape table turned by /Rotate', async () => {
    const expected = `${lines[0]}\n\n${lines[1]}\n\n${lines[2]} ${lines[3]}\n`;
    for (const [pageTurn, textTurn] of [
      [0, 0],
      [90, 0],
      [180, 0],
      [270, 0],
      [90, 90],
      [270, 270],
      [0, 90],
      [0, 180],
    ] as const) {
      const original = await readOriginal(await turned(pageTurn, textTurn), 'xoay.pdf');
      expect(original.text, `/Rotate ${pageTurn}, text at ${textTurn}°`).toBe(expected);
    }
  });
});

describe('readOriginal on plain text', () => {
  it('reads .txt and .md through the text decoder', async () => {
    const bytes = new TextEncoder().encode('\uFEFFKẾ HOẠCH\r\nThực hiện\r\n');
    expect(await readOriginal(bytes, 'kh.txt')).toEqual({ format: 'txt', text: 'KẾ HOẠCH\nThực hiện\n', warnings: [] });
    expect((await readOriginal(bytes, 'kh.md')).format).toEqual('md');
  });

  it("passes the text decoder's refusal on as one line", async () => {
    await expect(readOriginal(new Uint8Array([1, 2, 0, 4, 5, 0]), 'x.txt')).rejects.toThrow(
      /^x\.txt: tệp nhị phân, không phải văn bản \(có byte NUL hoặc ký tự điều khiển\) — hãy trích xuất văn bản \(\.txt, UTF-8\) từ tài liệu gốc trước\.$/,
    );
  });
});

describe('readOriginal on bad input', () => {
  const refusal = async (bytes: Uint8Array, name: string, options = {}): Promise<{ code: string; message: string }> => {
    try {
      await readOriginal(bytes, name, options);
    } catch (error) {
      const e = error as { code: string; message: string };
      return { code: e.code, message: e.message };
    }
    throw new Error(`${name} was read`);
  };

  it('refuses an encrypted PDF in one line naming the file', async () => {
    expect(await refusal(makeEncryptedPdf(), 'mat-khau.pdf')).toEqual({
      code: 'pdf-encrypted',
      message:
        'mat-khau.pdf: tệp PDF có mật khẩu, không đọc được nội dung — hãy xin bản không đặt mật khẩu hoặc mở bằng mật khẩu rồi in ra PDF mới.',
    });
  });

  it('refuses a damaged PDF', async () => {
    expect((await refusal(new TextEncoder().encode('%PDF-1.7\n1 0 obj <<'), 'hong.pdf')).code).toEqual('pdf-damaged');
  });

  it('refuses a PDF over the page limit before reading it', async () => {
    const pdf = await PDFDocument.create();
    for (let i = 0; i < 500; i++) pdf.addPage();
    expect(await refusal(await pdf.save(), 'sach.pdf')).toEqual({
      code: 'pdf-too-long',
      message:
        'sach.pdf: tệp PDF có 500 trang, quá giới hạn 300 trang — hãy tách riêng văn bản cần lưu (hoặc nâng giới hạn số trang nếu đúng là một văn bản).',
    });
  });

  it('refuses a truncated .docx and a zip without a Word document', async () => {
    const docx = await readFile(`${BIN}/b39.docx`);
    expect((await refusal(docx.subarray(0, 4000), 'cut.docx')).code).toEqual('docx-not-zip');
    expect(
      (await refusal(makeZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<w/>' }), 'bang.docx')).code,
    ).toEqual('docx-no-document');
  });

  it('refuses a damaged .doc', async () => {
    const doc = await readFile(`${BIN}/b09.doc`);
    expect((await refusal(Buffer.concat([doc.subarray(0, 512), Buffer.alloc(2048, 7)]), 'hong.doc')).code).toEqual(
      'doc-damaged',
    );
  });

  it('refuses a damaged image before starting OCR', async () => {
    const jpeg = await readFile(`${GENERATED}/seed004-scan.jpg`);
    expect(await refusal(jpeg.subarray(0, 3000), 'anh.jpg')).toEqual({
      code: 'image-damaged',
      message:
        'anh.jpg: ảnh bị hỏng hoặc định dạng ảnh không đọc được — hãy quét lại hoặc lưu ảnh dạng PNG/JPEG rồi nhập lại.',
    });
  });

  it('refuses an empty file', async () => {
    expect((await refusal(new Uint8Array(), 'rong.txt')).code).toEqual('empty');
  });
});
