/**
 * One entry point for every kind of original: recognise the bytes, read them with the right
 * library, and give back Markdown-ish text in reading order for the plain-text reader.
 *
 *   const original = await readOriginal(bytes, 'kh-27.pdf', { onProgress });
 *   // original.format === 'pdf-text', original.text === 'LIÊN ĐOÀN LAO ĐỘNG…'
 *
 * A file that cannot be read throws a {@link FormatError} whose message is one Vietnamese line.
 */
import { decodeSource } from '../decode.ts';
import { readDoc } from './doc.ts';
import { readDocx } from './docx.ts';
import { readHtml } from './html.ts';
import { createOcrEngine, tidyOcrText, type OcrEngine } from './ocr.ts';
import { confirmFills, serialWarning, type RedrawBand } from './ocr-fills.ts';
import { DEFAULT_MAX_PAGES, readPdf } from './pdf.ts';
import { sniffBytes } from './sniff.ts';
import { FormatError, type OriginalFormat, type OriginalText, type ReadOptions } from './types.ts';

export { FormatError, isFormatError } from './types.ts';
export type { OriginalFormat, OriginalText, ReadOptions, ReadProgress, FormatErrorCode } from './types.ts';
export { createOcrEngine, type OcrEngine } from './ocr.ts';
export { sniffBytes } from './sniff.ts';

/** Options of {@link readOriginal}: an OCR engine to reuse across files (the caller terminates it). */
export interface ReadOriginalOptions extends ReadOptions {
  ocr?: OcrEngine;
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

function ocrWarning(fileName: string, pages: number[], confidence: number): string {
  return `${fileName}: ${pages.length} trang đọc bằng nhận dạng chữ (OCR) (trang ${pages.join(', ')}), độ tin cậy trung bình ${confidence}% — hãy đối chiếu số, ngày và tên cơ quan với bản gốc.`;
}

/** Lazily start an OCR engine unless one was given; `stop` ends only the one started here. */
function ocrProvider(given?: OcrEngine): { get: () => Promise<OcrEngine>; stop: () => Promise<void> } {
  let started: Promise<OcrEngine> | null = null;
  return {
    get: () => (given ? Promise.resolve(given) : (started ??= createOcrEngine())),
    stop: async () => {
      if (started) await (await started).terminate();
    },
  };
}

/** Decode an image (every page of a multi-page TIFF) to PNGs the OCR engine reads. */
async function imagePages(bytes: Uint8Array, fileName: string, maxPages: number): Promise<Uint8Array[]> {
  const damaged = (): FormatError =>
    new FormatError(
      'image-damaged',
      fileName,
      'ảnh bị hỏng hoặc định dạng ảnh không đọc được',
      'hãy quét lại hoặc lưu ảnh dạng PNG/JPEG rồi nhập lại',
    );
  try {
    const { default: sharp } = await import('sharp');
    const pages = (await sharp(bytes).metadata()).pages ?? 1;
    if (pages > maxPages) {
      throw new FormatError(
        'pdf-too-long',
        fileName,
        `ảnh có ${pages} trang, quá giới hạn ${maxPages} trang`,
        'hãy tách riêng văn bản cần lưu',
      );
    }
    return await Promise.all(
      Array.from(
        { length: pages },
        async (_, page) =>
          new Uint8Array(await sharp(bytes, { page }).flatten({ background: '#ffffff' }).png().toBuffer()),
      ),
    );
  } catch (error) {
    throw error instanceof FormatError ? error : damaged();
  }
}

/** A page image's height, and its bands drawn scaled (ocr-fills.ts confirmFills): resized, then cut, as PNGs. */
async function imageBands(png: Uint8Array): Promise<{ height: number; redraw: RedrawBand }> {
  const { default: sharp } = await import('sharp');
  const { width = 1, height = 1 } = await sharp(png).metadata();
  const redraw: RedrawBand = async (scale, band) => {
    const [w, h] = [Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale))];
    const top = Math.min(h - 1, Math.floor(band.top * h));
    const cut = { left: 0, top, width: w, height: Math.max(1, Math.min(h, Math.ceil(band.bottom * h)) - top) };
    return new Uint8Array(await sharp(png).resize(w, h).extract(cut).png().toBuffer());
  };
  return { height, redraw };
}

async function readImage(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOriginalOptions,
  ocr: () => Promise<OcrEngine>,
): Promise<OriginalText> {
  const pages = await imagePages(bytes, fileName, options.maxPages ?? DEFAULT_MAX_PAGES);
  const texts: string[] = [];
  const confidences: number[] = [];
  const doubts: string[] = [];
  for (const [i, png] of pages.entries()) {
    let recognized;
    try {
      const engine = await ocr();
      const first = await engine.recognize(png);
      // A document's number and date are filled in on its first page.
      const bands = i === 0 ? await imageBands(png) : null;
      recognized = bands ? await confirmFills(first, bands.height, bands.redraw, engine) : first;
    } catch {
      throw new FormatError(
        'image-damaged',
        fileName,
        'ảnh bị hỏng hoặc định dạng ảnh không đọc được',
        'hãy quét lại hoặc lưu ảnh dạng PNG/JPEG rồi nhập lại',
      );
    }
    texts.push(tidyOcrText(recognized.text));
    confidences.push(recognized.confidence);
    doubts.push(...recognized.doubtfulSerials.map((d) => serialWarning(fileName, i + 1, d)));
    options.onProgress?.({ page: i + 1, pages: pages.length, method: 'ocr' });
  }
  const text = texts.filter((t) => t !== '').join('\n\n');
  if (!hasReadableText(text)) {
    throw new FormatError(
      'scan-empty',
      fileName,
      'ảnh quét không có chữ đọc được',
      'hãy kiểm tra ảnh (trang trắng, quá mờ, sai chiều) và quét lại ở 200–300 dpi',
    );
  }
  const numbers = pages.map((_, i) => i + 1);
  const confidence = mean(confidences);
  return {
    format: 'image',
    text: `${text}\n`,
    pages: pages.length,
    ocr: { pages: numbers, meanConfidence: confidence },
    warnings: [ocrWarning(fileName, numbers, confidence), ...doubts],
  };
}

/** Whether a text read from a scan or a PDF has at least 20 letters or digits (stops counting there). */
function hasReadableText(text: string): boolean {
  let count = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}]/gu)) if (++count >= 20) return true;
  return false;
}

async function readPdfOriginal(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOriginalOptions,
  ocr: () => Promise<OcrEngine>,
): Promise<OriginalText> {
  const pdf = await readPdf(bytes, fileName, options, ocr);
  if (!hasReadableText(pdf.text)) {
    throw new FormatError(
      'scan-empty',
      fileName,
      'tệp PDF không có chữ đọc được (trang trắng hoặc ảnh quá mờ)',
      'hãy quét lại bản giấy ở 200–300 dpi rồi nhập lại',
    );
  }
  const result: OriginalText = {
    format: pdf.ocrPages.length > 0 ? 'pdf-scan' : 'pdf-text',
    text: pdf.text,
    pages: pdf.pages,
    warnings: pdf.warnings,
  };
  if (pdf.ocrPages.length > 0) {
    const confidence = mean(pdf.confidences);
    result.ocr = { pages: pdf.ocrPages, meanConfidence: confidence };
    result.warnings.push(ocrWarning(fileName, pdf.ocrPages, confidence));
  }
  return result;
}

function readText(bytes: Uint8Array, fileName: string): OriginalText {
  const decoded = decodeSource(bytes, fileName);
  if (!decoded.ok) {
    // decodeSource's message is already "<file>: <problem> — <action>."; keep its two parts.
    const [problem = decoded.error, action = 'hãy kiểm tra lại tệp nguồn'] = decoded.error
      .slice(fileName.length + 2)
      .replace(/\.$/, '')
      .split(' — ');
    throw new FormatError('text', fileName, problem, action);
  }
  const format: OriginalFormat = /\.(md|markdown)$/i.test(fileName) ? 'md' : 'txt';
  return { format, text: decoded.text, warnings: decoded.warnings };
}

const UNSUPPORTED: Record<string, string> = { rtf: 'tệp RTF' };

/**
 * Read an original of any supported format to text.
 * @example const { format, text } = await readOriginal(await readFile('qd.docx'), 'qd.docx'); // format === 'docx'
 */
export async function readOriginal(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOriginalOptions = {},
): Promise<OriginalText> {
  const kind = sniffBytes(bytes);
  if (kind === 'empty')
    throw new FormatError(
      'empty',
      fileName,
      'tệp rỗng (0 byte)',
      'hãy kiểm tra lại tệp nguồn hoặc xoá nó khỏi thư mục nhập',
    );
  if (kind in UNSUPPORTED)
    throw new FormatError(
      'unsupported',
      fileName,
      `${UNSUPPORTED[kind]} chưa được hỗ trợ`,
      'hãy lưu thành .docx, .pdf hoặc ảnh PNG rồi nhập lại',
    );
  const ocr = ocrProvider(options.ocr);
  try {
    switch (kind) {
      case 'pdf':
        return await readPdfOriginal(bytes, fileName, options, ocr.get);
      case 'zip':
        return { format: 'docx', ...(await readDocx(bytes, fileName)) };
      case 'ole':
        return { format: 'doc', ...(await readDoc(bytes, fileName)) };
      case 'html':
        return { format: 'html', text: readHtml(bytes), warnings: [] };
      case 'png':
      case 'jpeg':
      case 'tiff':
      case 'bmp':
      case 'webp':
      case 'gif':
        return await readImage(bytes, fileName, options, ocr.get);
      default:
        return readText(bytes, fileName);
    }
  } finally {
    await ocr.stop();
  }
}
