/**
 * The shapes shared by the format readers: what a read original gives back, the options, and the
 * one error type a refused file raises.
 */

/** The formats an original is recognised as (by its bytes, never by its name). */
export type OriginalFormat = 'txt' | 'md' | 'html' | 'docx' | 'doc' | 'pdf-text' | 'pdf-scan' | 'image';

/** Text read from an original, ready for the plain-text reader in `src/reading`. */
export interface OriginalText {
  format: OriginalFormat;
  /** Markdown-ish plain text in reading order; header lines each on their own line. */
  text: string;
  /** Pages of a PDF or frames of an image. */
  pages?: number;
  /** Present when any page was read by OCR: which pages (1-based) and the mean word confidence (0–100). */
  ocr?: { pages: number[]; meanConfidence: number };
  /** One Vietnamese line each, naming the file. */
  warnings: string[];
}

/** Progress of a long read (OCR), page by page. */
export interface ReadProgress {
  page: number;
  pages: number;
  /** 'text' when the page's text layer was used, 'ocr' when it was recognised. */
  method: 'text' | 'ocr';
}

export interface ReadOptions {
  /** Refuse PDFs with more pages than this (default 300). */
  maxPages?: number;
  /** Called after each PDF page or image is read. */
  onProgress?: (progress: ReadProgress) => void;
  /** Resolution for OCR rendering (default 200 dpi). */
  ocrDpi?: number;
}

/** Stable codes of refused files, for summaries and tests. */
export type FormatErrorCode =
  | 'empty'
  | 'pdf-encrypted'
  | 'pdf-damaged'
  | 'pdf-too-long'
  | 'docx-not-zip'
  | 'docx-no-document'
  | 'docx-damaged'
  | 'doc-damaged'
  | 'image-damaged'
  | 'scan-empty'
  | 'unsupported'
  | 'text';

/** A file that cannot be read; `message` is one Vietnamese line naming the file and what to do. */
export class FormatError extends Error {
  readonly code: FormatErrorCode;
  readonly fileName: string;

  constructor(code: FormatErrorCode, fileName: string, problem: string, action: string) {
    super(`${fileName}: ${problem} — ${action}.`);
    this.name = 'FormatError';
    this.code = code;
    this.fileName = fileName;
  }
}

/** Narrow an unknown thrown value to a {@link FormatError}. */
export function isFormatError(error: unknown): error is FormatError {
  return error instanceof FormatError;
}
