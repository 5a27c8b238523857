/**
 * Make .docx, text-layer .pdf and scanned fixtures from the seed documents, laid out as such
 * documents are printed: a two-column header (issuer and number on the left; motto, place and
 * date on the right), a centred bold kind heading and title, justified body paragraphs, page
 * numbers at the top of later pages. Next to each document it writes `<name>.txt`, the same
 * text as plain text (what the plain-text path reads), and for the scans `<name>.txt` holds the
 * words of the scanned page only. Run once; the outputs are committed.
 *
 *   node scripts/make-format-fixtures.ts [--font path/to/Serif.ttf] [--out tests/fixtures/bin/generated]
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { extractDocument } from '../src/reading/extract.ts';
import { openPdf } from '../src/import/formats/pdf.ts';

const USAGE = `Cách dùng: node scripts/make-format-fixtures.ts [--font TỆP.ttf] [--out THƯ-MỤC]
Tạo các tệp .docx, .pdf và bản quét mẫu từ tests/fixtures/seeds.
  --font  phông chữ có dấu tiếng Việt (mặc định: Noto Serif hoặc DejaVu Serif của hệ thống)
  --out   thư mục ghi (mặc định: tests/fixtures/bin/generated)`;

const FONT_CANDIDATES = [
  [
    '/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf',
    '/usr/share/fonts/truetype/noto/NotoSerif-Bold.ttf',
    '/usr/share/fonts/truetype/noto/NotoSerif-Italic.ttf',
  ],
  [
    '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf',
    '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf',
    '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf',
  ],
] as const;

/** A document as laid out: the header's two columns, kind, title and body paragraphs. */
interface DocSpec {
  name: string;
  left: string[];
  right: string[];
  kind?: string;
  title?: string;
  paragraphs: string[];
  footnote?: string;
}

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/** Body paragraphs of a seed: Markdown marks and escapes removed, wrapped lines joined. */
function bodyParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/\\([-.*_#()[\]])/g, '$1')
        .replace(/\*+|^#+\s*/gm, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((p) => /[\p{L}\p{N}]/u.test(p));
}

/** Build the layout of a seed from what the plain-text reader finds in it. */
function specOf(name: string, text: string): DocSpec {
  const doc = extractDocument(text);
  const h = doc.header;
  const left = [h.superiorIssuer, h.issuer].filter((l): l is string => Boolean(l)).map((l) => l.toUpperCase());
  if (h.number) left.push(`Số: ${h.number.printed}`);
  const party = h.number?.system === 'party';
  const right = party
    ? ['ĐẢNG CỘNG SẢN VIỆT NAM']
    : ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
  if (h.date) {
    const [y, m, d] = h.date.split('-').map(Number) as [number, number, number];
    right.push(`${h.place ?? 'Hà Nội'}, ngày ${twoDigits(d)} tháng ${m} năm ${y}`);
  }
  const body = text.slice(h.bodyStart);
  return { name, left, right, kind: h.kind?.toUpperCase(), title: h.title, paragraphs: bodyParagraphs(body) };
}

/** The plain-text version of a spec: what the tests compare every format against. */
function plainText(spec: DocSpec): string {
  const parts = [spec.left.join('\n'), spec.right.join('\n'), spec.kind ?? '', spec.title ?? '', ...spec.paragraphs];
  if (spec.footnote) parts[5] = `${parts[5]}[1]`;
  if (spec.footnote) parts.push(`1. ${spec.footnote}`);
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

async function makeDocx(spec: DocSpec): Promise<Uint8Array> {
  const run = (text: string, bold = false, italics = false): TextRun =>
    new TextRun({ text, bold, italics, size: 26, font: 'Times New Roman' });
  const centred = (text: string, bold = false, italics = false): Paragraph =>
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, bold, italics)] });
  const issuerLines = spec.left.filter((l) => !l.startsWith('Số'));
  const numberLine = spec.left.find((l) => l.startsWith('Số'));
  const motto = spec.right.filter((l) => !l.includes(', ngày'));
  const dateLine = spec.right.find((l) => l.includes(', ngày'));
  const cell = (children: Paragraph[], width: number): TableCell =>
    new TableCell({
      children: children.length > 0 ? children : [new Paragraph('')],
      width: { size: width, type: WidthType.PERCENTAGE },
    });
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          cell(
            issuerLines.map((l, i) => centred(l, i === issuerLines.length - 1)),
            38,
          ),
          cell(
            motto.map((l) => centred(l, true)),
            62,
          ),
        ],
      }),
      new TableRow({
        children: [
          cell(numberLine ? [centred(numberLine)] : [], 38),
          cell(dateLine ? [centred(dateLine, false, true)] : [], 62),
        ],
      }),
    ],
  });
  const body = spec.paragraphs.map(
    (p, i) =>
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: 567 },
        children: [run(p), ...(i === 0 && spec.footnote ? [new FootnoteReferenceRun(1)] : [])],
      }),
  );
  const doc = new Document({
    footnotes: spec.footnote ? { 1: { children: [new Paragraph(spec.footnote)] } } : {},
    sections: [
      {
        children: [
          header,
          ...(spec.kind ? [centred(spec.kind, true)] : []),
          ...(spec.title ? [centred(spec.title, true)] : []),
          ...body,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A4 in points; margins of Nghị định 30/2020/NĐ-CP (left 3 cm, right 2 cm, top and bottom 2 cm). */
const PAGE = { width: 595.28, height: 841.89, left: 85, right: 538, top: 57, bottom: 57 };

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
}

/** Break words into lines no wider than `width`. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[][] {
  const lines: string[][] = [[]];
  for (const word of text.split(' ').filter((w) => w !== '')) {
    const line = lines[lines.length - 1]!;
    const candidate = [...line, word].join(' ');
    if (line.length > 0 && font.widthOfTextAtSize(candidate, size) > width) lines.push([word]);
    else line.push(word);
  }
  return lines.filter((l) => l.length > 0);
}

class PdfWriter {
  page!: PDFPage;
  y = 0;
  pageWords: string[][] = [];
  readonly pdf: PDFDocument;
  readonly fonts: Fonts;
  constructor(pdf: PDFDocument, fonts: Fonts) {
    this.pdf = pdf;
    this.fonts = fonts;
    this.newPage();
  }

  newPage(): void {
    this.page = this.pdf.addPage([PAGE.width, PAGE.height]);
    this.pageWords.push([]);
    this.y = PAGE.top;
    const n = this.pdf.getPageCount();
    if (n > 1) this.centred(String(n), this.fonts.regular, 12, PAGE.left, PAGE.right, 30);
  }

  draw(text: string, x: number, yTop: number, font: PDFFont, size: number): void {
    this.page.drawText(text, { x, y: PAGE.height - yTop - size, size, font, color: rgb(0, 0, 0) });
    this.pageWords[this.pageWords.length - 1]!.push(text);
  }

  centred(text: string, font: PDFFont, size: number, x0: number, x1: number, yTop: number): void {
    this.draw(text, (x0 + x1 - font.widthOfTextAtSize(text, size)) / 2, yTop, font, size);
  }

  ensure(height: number): void {
    if (this.y + height > PAGE.height - PAGE.bottom) this.newPage();
  }

  /** A centred block, wrapped to [x0, x1]; returns the y below it. */
  block(text: string, font: PDFFont, size: number, x0: number, x1: number, yTop: number): number {
    let y = yTop;
    for (const line of wrap(text, font, size, x1 - x0)) {
      this.centred(line.join(' '), font, size, x0, x1, y);
      y += size * 1.3;
    }
    return y;
  }

  /** A justified paragraph with a first-line indent, one text item per word as Word prints them. */
  paragraph(text: string, size: number): void {
    const indent = 28;
    const lines = wrap(text, this.fonts.regular, size, PAGE.right - PAGE.left - indent);
    lines.forEach((words, i) => {
      this.ensure(size * 1.4);
      const x0 = PAGE.left + (i === 0 ? indent : 0);
      const widths = words.map((w) => this.fonts.regular.widthOfTextAtSize(w, size));
      const last = i === lines.length - 1;
      const gap =
        last || words.length === 1
          ? this.fonts.regular.widthOfTextAtSize(' ', size)
          : (PAGE.right - x0 - widths.reduce((a, b) => a + b, 0)) / (words.length - 1);
      let x = x0;
      words.forEach((w, j) => {
        this.draw(w, x, this.y, this.fonts.regular, size);
        x += widths[j]! + gap;
      });
      this.y += size * 1.4;
    });
    this.y += 6;
  }
}

async function makePdf(
  spec: DocSpec,
  fontFiles: readonly string[],
): Promise<{ bytes: Uint8Array; pageWords: string[][] }> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const [regular, bold, italic] = await Promise.all(
    fontFiles.map(async (f) => pdf.embedFont(await readFile(f), { subset: true })),
  );
  const w = new PdfWriter(pdf, { regular: regular!, bold: bold!, italic: italic! });
  const size = 12;
  let yl = w.y;
  spec.left.forEach((line, i) => {
    yl = w.block(
      line,
      i === spec.left.length - 1 || line.startsWith('Số') ? w.fonts.regular : w.fonts.bold,
      size,
      60,
      245,
      yl,
    );
  });
  let yr = w.y;
  spec.right.forEach((line) => {
    yr = w.block(line, line.includes(', ngày') ? w.fonts.italic : w.fonts.bold, size, 260, 560, yr);
  });
  w.y = Math.max(yl, yr) + 24;
  if (spec.kind) w.y = w.block(spec.kind, w.fonts.bold, 14, PAGE.left, PAGE.right, w.y) + 4;
  if (spec.title) w.y = w.block(spec.title, w.fonts.bold, 13, PAGE.left + 40, PAGE.right - 40, w.y) + 18;
  for (const p of spec.paragraphs) w.paragraph(p, 13);
  return { bytes: await pdf.save(), pageWords: w.pageWords };
}

/** A canvas holding an 8-bit grey PGM image (what the PDF reader draws for OCR). */
function greyCanvas(pgm: Uint8Array): Canvas {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(new TextDecoder('latin1').decode(pgm.subarray(0, 40)));
  if (!header) throw new Error('not an 8-bit PGM image');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const pixels = ctx.createImageData(width, height);
  for (let i = 0, p = header[0].length; i < width * height; i++, p++) {
    pixels.data.set([pgm[p]!, pgm[p]!, pgm[p]!, 255], 4 * i);
  }
  ctx.putImageData(pixels, 0, 0);
  return canvas;
}

/** Scan a PDF page: render at 200 dpi, rotate slightly, blur a little, save as JPEG. */
async function scanPage(pdfBytes: Uint8Array, angleDegrees: number): Promise<Uint8Array> {
  const doc = await openPdf(pdfBytes, 'fixture.pdf');
  const page = doc.page(0);
  const image = greyCanvas(page.renderGrey(200));
  page.close();
  doc.close();
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#f4f2ec';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.translate(canvas.width / 2, canvas.height / 2);
  ctx.rotate((angleDegrees * Math.PI) / 180);
  ctx.translate(-canvas.width / 2, -canvas.height / 2);
  ctx.filter = 'blur(0.7px)';
  ctx.drawImage(image, 0, 0);
  return canvas.toBuffer('image/jpeg', 70);
}

async function imagePdf(jpeg: Uint8Array): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const image = await pdf.embedJpg(jpeg);
  const page = pdf.addPage([PAGE.width, PAGE.height]);
  page.drawImage(image, { x: 0, y: 0, width: PAGE.width, height: PAGE.height });
  return pdf.save();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { font: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const fontFiles = values.font
    ? [values.font, values.font, values.font]
    : FONT_CANDIDATES.find((c) => c.every((f) => existsSync(f)));
  if (!fontFiles)
    throw new Error('Không tìm thấy phông chữ có dấu tiếng Việt — hãy cài fonts-noto-core hoặc chỉ định --font.');
  const out = values.out ?? 'tests/fixtures/bin/generated';
  await mkdir(out, { recursive: true });
  const seedDir = 'tests/fixtures/seeds';
  const seeds = (await readdir(seedDir)).filter((f) => f.endsWith('.txt')).sort();
  for (const [i, file] of seeds.entries()) {
    const spec = specOf(`seed${String(i).padStart(3, '0')}`, await readFile(path.join(seedDir, file), 'utf8'));
    if (i === 1) spec.footnote = 'Văn bản mẫu dựng lại từ bản gốc để kiểm thử việc đọc chú thích cuối trang.';
    await writeFile(path.join(out, `${spec.name}.txt`), plainText(spec));
    await writeFile(path.join(out, `${spec.name}.docx`), await makeDocx(spec));
    const { bytes, pageWords } = await makePdf({ ...spec, footnote: undefined }, fontFiles);
    await writeFile(path.join(out, `${spec.name}.pdf`), bytes);
    if (i === 1 || i === 4) {
      const jpeg = await scanPage(bytes, i === 1 ? 0.6 : -0.8);
      await writeFile(path.join(out, `${spec.name}-scan.txt`), `${pageWords[0]!.join(' ')}\n`);
      if (i === 1) await writeFile(path.join(out, `${spec.name}-scan.pdf`), await imagePdf(jpeg));
      else await writeFile(path.join(out, `${spec.name}-scan.jpg`), jpeg);
    }
    console.log(`${spec.name} (${file}): .txt .docx .pdf${i === 1 ? ' -scan.pdf' : i === 4 ? ' -scan.jpg' : ''}`);
  }
}

await main();
