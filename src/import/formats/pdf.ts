/**
 * Read a PDF with PDFium (pdfium.ts): for each page, use the text layer when it is usable,
 * otherwise draw the page as an image and recognise it with OCR.
 */
import { FormatError, type ReadOptions } from './types.ts';
import { isUsableText, layoutPage, type TextRun } from './pdf-layout.ts';
import { charRuns } from './pdf-chars.ts';
import { stampRuns } from './pdf-annotations.ts';
import { PdfiumDocument, PdfOpenError, type PdfiumPage } from './pdfium.ts';
import { tidyOcrText, type OcrEngine } from './ocr.ts';
import { confirmFills, serialWarning } from './ocr-fills.ts';

/** Default refusal limit: a plan or decision is tens of pages; hundreds is a book or a mistake. */
export const DEFAULT_MAX_PAGES = 300;

export interface PdfResult {
  text: string;
  pages: number;
  ocrPages: number[];
  confidences: number[];
  warnings: string[];
}

const damaged = (fileName: string, detail = 'tệp PDF bị hỏng, không đọc được') =>
  new FormatError('pdf-damaged', fileName, detail, 'hãy tải lại bản gốc hoặc in lại ra PDF rồi nhập lại');

/** Open a PDF, turning the engine's refusals into one-line Vietnamese errors. Close it when done. */
export async function openPdf(bytes: Uint8Array, fileName: string): Promise<PdfiumDocument> {
  try {
    return await PdfiumDocument.open(bytes);
  } catch (error) {
    if (!(error instanceof PdfOpenError)) throw error;
    if (error.reason === 'password') {
      throw new FormatError(
        'pdf-encrypted',
        fileName,
        'tệp PDF có mật khẩu, không đọc được nội dung',
        'hãy xin bản không đặt mật khẩu hoặc mở bằng mật khẩu rồi in ra PDF mới',
      );
    }
    throw damaged(fileName);
  }
}

/**
 * A page's text runs. The blanks a signature fills (number, day) are in the header, on the first
 * page: there the annotations' drawing is read too, and what fills a blank set on its line.
 */
function pageRuns(page: PdfiumPage, first: boolean): TextRun[] {
  const { chars, stampFrom } = page.text(first);
  const printed = charRuns(chars.slice(0, stampFrom));
  return stampFrom < chars.length ? [...printed, ...stampRuns(charRuns(chars.slice(stampFrom)), printed)] : printed;
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
  const doc = await openPdf(bytes, fileName);
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const pages = doc.pageCount;
  try {
    if (pages > maxPages) {
      throw new FormatError(
        'pdf-too-long',
        fileName,
        `tệp PDF có ${pages} trang, quá giới hạn ${maxPages} trang`,
        'hãy tách riêng văn bản cần lưu (hoặc nâng giới hạn số trang nếu đúng là một văn bản)',
      );
    }
    const parts: string[] = [];
    const result: PdfResult = { text: '', pages, ocrPages: [], confidences: [], warnings: [] };
    const dpi = options.ocrDpi ?? 200;
    for (let n = 1; n <= pages; n++) {
      const page = doc.page(n - 1);
      let image: Uint8Array | null = null;
      let height = 0;
      try {
        const text = layoutPage(pageRuns(page, n === 1)).join('\n');
        const scanned = !isUsableText(text) || (text.replace(/\s/g, '').length < 200 && page.hasImage());
        if (scanned) {
          image = page.renderGrey(dpi);
          height = page.pixelSize(dpi).height;
        } else parts.push(text.trim());
      } finally {
        page.close();
      }
      if (image) {
        const ocr = await getOcr();
        const redraw = (scale: number, band: { top: number; bottom: number }) => {
          const again = doc.page(n - 1);
          try {
            return Promise.resolve(again.renderGrey(dpi * scale, band));
          } finally {
            again.close();
          }
        };
        const first = await ocr.recognize(image);
        // A document's number and date are filled in on its first page.
        const recognized = n === 1 ? await confirmFills(first, height, redraw, ocr) : first;
        parts.push(tidyOcrText(recognized.text));
        result.ocrPages.push(n);
        result.confidences.push(recognized.confidence);
        result.warnings.push(...recognized.doubtfulSerials.map((d) => serialWarning(fileName, n, d)));
      }
      options.onProgress?.({ page: n, pages, method: image ? 'ocr' : 'text' });
    }
    result.text = `${parts.filter((p) => p !== '').join('\n\n')}\n`;
    return result;
  } catch (error) {
    if (error instanceof FormatError) throw error;
    // A page the engine cannot read (truncated file, broken stream) fails the file, never half of it.
    throw damaged(
      fileName,
      `tệp PDF bị hỏng ở giữa tệp (${error instanceof PdfOpenError ? 'không đọc được trang' : ((error as Error).message ?? 'lỗi đọc trang')})`,
    );
  } finally {
    doc.close();
  }
}
