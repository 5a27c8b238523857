/**
 * Read a PDF with pdf.js: for each page, use the text layer when it is usable, otherwise render
 * the page to an image (pdf.js draws on @napi-rs/canvas in Node) and recognise it with OCR.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { FormatError, type ReadOptions } from './types.ts';
import { isUsableText, layoutPage, type TextRun } from './pdf-layout.ts';
import { annotationRuns, annotationTexts } from './pdf-annotations.ts';
import type { OcrEngine } from './ocr.ts';
import { serialWarning, tidyOcrText } from './ocr.ts';

const require = createRequire(import.meta.url);
const PDFJS_DIR = path.dirname(require.resolve('pdfjs-dist/package.json'));

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;
/** A PDF transformation matrix [a, b, c, d, e, f] (PDF 32000-1 §8.3.3). */
type Matrix = [number, number, number, number, number, number];

let pdfjs: Promise<PdfJs> | null = null;
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** Default refusal limit: a plan or decision is tens of pages; hundreds is a book or a mistake. */
export const DEFAULT_MAX_PAGES = 300;

export interface PdfResult {
  text: string;
  pages: number;
  ocrPages: number[];
  confidences: number[];
  warnings: string[];
}

/** Open a PDF, turning pdf.js's exceptions into one-line Vietnamese errors. */
export async function openPdf(bytes: Uint8Array, fileName: string): Promise<PdfDocument> {
  const lib = await loadPdfJs();
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: `${PDFJS_DIR}/standard_fonts/`,
    cMapUrl: `${PDFJS_DIR}/cmaps/`,
    cMapPacked: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') {
      throw new FormatError(
        'pdf-encrypted',
        fileName,
        'tệp PDF có mật khẩu, không đọc được nội dung',
        'hãy xin bản không đặt mật khẩu hoặc mở bằng mật khẩu rồi in ra PDF mới',
      );
    }
    throw new FormatError(
      'pdf-damaged',
      fileName,
      'tệp PDF bị hỏng, không đọc được',
      'hãy tải lại bản gốc hoặc in lại ra PDF rồi nhập lại',
    );
  }
}

async function pageRuns(page: PdfPage, lib: PdfJs, first: boolean): Promise<TextRun[]> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    // pdf.js types Util.transform as any[]; it returns the six numbers of the product matrix.
    const t = lib.Util.transform(viewport.transform, item.transform) as Matrix;
    runs.push({ x: t[4], y: t[5], width: item.width, size: Math.hypot(t[2], t[3]) || item.height, text: item.str });
  }
  // The blanks a signature fills (number, day) are in the header, on the first page.
  return first ? [...runs, ...(await stampedRuns(page, lib, runs, viewport))] : runs;
}

/**
 * The runs of what the page's form fields print over its blanks (pdf-annotations.ts): read
 * only on a first page that has form fields, from its operator list with annotations drawn.
 */
async function stampedRuns(
  page: PdfPage,
  lib: PdfJs,
  runs: TextRun[],
  viewport: ReturnType<PdfPage['getViewport']>,
): Promise<TextRun[]> {
  const annotations = (await page.getAnnotations()) as Array<{ subtype?: string }>;
  if (!annotations.some((a) => a.subtype === 'Widget' || a.subtype === 'FreeText')) return [];
  const ops = await page.getOperatorList({ annotationMode: lib.AnnotationMode.ENABLE });
  const texts = annotationTexts(ops.fnArray, ops.argsArray, lib.OPS);
  return annotationRuns(texts, runs, (x, y) => viewport.convertToViewportPoint(x, y) as [number, number]);
}

/** Whether a page paints an image (a scan) — with little text, OCR it. */
async function hasImage(page: PdfPage, lib: PdfJs): Promise<boolean> {
  const ops = await page.getOperatorList();
  const imageOps = new Set([lib.OPS.paintImageXObject, lib.OPS.paintInlineImageXObject, lib.OPS.paintImageMaskXObject]);
  return ops.fnArray.some((fn) => imageOps.has(fn));
}

/** Render a page to PNG bytes at `dpi`. */
export async function renderPage(page: PdfPage, dpi: number): Promise<Uint8Array> {
  const viewport = page.getViewport({ scale: dpi / 72 });
  const { createCanvas } = await import('@napi-rs/canvas');
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({
    canvas: canvas as unknown as HTMLCanvasElement,
    canvasContext: context as unknown as CanvasRenderingContext2D,
    viewport,
  }).promise;
  return canvas.toBuffer('image/png');
}

/**
 * Read every page of a PDF: text layer where usable, OCR elsewhere (only when an engine is
 * given or can be started through `getOcr`).
 */
export async function readPdf(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions,
  getOcr: () => Promise<OcrEngine>,
): Promise<PdfResult> {
  const lib = await loadPdfJs();
  const doc = await openPdf(bytes, fileName);
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  try {
    if (doc.numPages > maxPages) {
      throw new FormatError(
        'pdf-too-long',
        fileName,
        `tệp PDF có ${doc.numPages} trang, quá giới hạn ${maxPages} trang`,
        'hãy tách riêng văn bản cần lưu (hoặc nâng giới hạn số trang nếu đúng là một văn bản)',
      );
    }
    const parts: string[] = [];
    const result: PdfResult = { text: '', pages: doc.numPages, ocrPages: [], confidences: [], warnings: [] };
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const runs = await pageRuns(page, lib, n === 1);
      const lines = layoutPage(runs);
      const text = lines.join('\n');
      const scanned = !isUsableText(text) || (text.replace(/\s/g, '').length < 200 && (await hasImage(page, lib)));
      if (!scanned) parts.push(text.trim());
      else {
        const ocr = await getOcr();
        const recognized = await ocr.recognize(await renderPage(page, options.ocrDpi ?? 200));
        parts.push(tidyOcrText(recognized.text));
        result.ocrPages.push(n);
        result.confidences.push(recognized.confidence);
        result.warnings.push(...recognized.doubtfulSerials.map((d) => serialWarning(fileName, n, d)));
      }
      page.cleanup();
      options.onProgress?.({ page: n, pages: doc.numPages, method: scanned ? 'ocr' : 'text' });
    }
    result.text = `${parts.filter((p) => p !== '').join('\n\n')}\n`;
    return result;
  } catch (error) {
    if (error instanceof FormatError) throw error;
    // A page pdf.js cannot parse (truncated file, broken stream) fails the file, never half of it.
    throw new FormatError(
      'pdf-damaged',
      fileName,
      `tệp PDF bị hỏng ở giữa tệp (${(error as Error).message ?? 'lỗi đọc trang'})`,
      'hãy tải lại bản gốc hoặc in lại ra PDF rồi nhập lại',
    );
  } finally {
    await doc.destroy();
  }
}
