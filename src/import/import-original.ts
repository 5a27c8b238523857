/**
 * Import an original of any format (issue 16): plain text and Markdown through the decoder
 * (importDocument), Word (.docx, .doc), Word web pages (.htm, recognised by content even when
 * named .txt), PDFs with a text layer or scanned, and images (.png, .jpg, .tif) through
 * src/import/formats `readOriginal`; then the same reading and Markdown as every document.
 * The kept original keeps its bytes and, when it is a type served inertly, an extension that
 * matches its content. Node only (the format readers are).
 */
import {
  createOcrEngine,
  readOriginal,
  isFormatError,
  sniffBytes,
  type OcrEngine,
  type OriginalFormat,
  type OriginalText,
  type ReadOriginalOptions,
} from './formats/index.ts';
import {
  buildDocument,
  importDocument,
  InvalidDocumentError,
  type ImportedDocument,
  type ImportFailure,
  type ImportOptions,
} from './import-document.ts';

/** An imported original: the document, and how it was read. */
export interface ImportedOriginal extends ImportedDocument {
  format: OriginalFormat;
  /** Pages of a PDF or frames of an image. */
  pages?: number;
  /** Pages read by OCR (1-based). */
  ocrPages: number[];
  /** The same document built again under other choices (file base, recorded name), without reading the original again (no second OCR). */
  rebuild(options: ImportOptions): ImportedOriginal | ImportFailure;
}

/** Options: the choices of importDocument, and the format readers' (OCR engine, progress). */
export interface ImportOriginalOptions extends ImportOptions {
  read?: ReadOriginalOptions;
  /** These bytes already read by readOriginal (read-ahead.ts); not read again. */
  original?: OriginalText | null;
}

/**
 * The extension a binary original is kept under, by its content (never its name): a PDF named
 * ".doc" is kept as ".pdf". HTML is kept as ".txt" (issue 12, defect 2: nothing the site
 * publishes may run a script).
 */
const KEPT_BY_CONTENT: Partial<Record<ReturnType<typeof sniffBytes>, string>> = {
  pdf: '.pdf',
  zip: '.docx',
  ole: '.doc',
  png: '.png',
  jpeg: '.jpg',
  tiff: '.tif',
  html: '.txt',
  gif: '.gif',
  bmp: '.bmp',
  webp: '.webp',
};

/** One review flag per reader warning; OCR gets its own code, so the summary can count it. */
function readerReview(
  format: OriginalFormat,
  warnings: string[],
  ocr: boolean,
): Array<{ code: string; message: string }> {
  return warnings.map((message) => ({ code: ocr && /\(OCR\)/.test(message) ? 'ocr' : `read-${format}`, message }));
}

/**
 * Read an original of any supported format and build its Markdown file; a file that cannot be
 * read or imported gives an ImportFailure with one Vietnamese line naming it.
 * @example const result = await importOriginal(await readFile('kh-27.pdf'), 'kh-27.pdf'); // result.format === 'pdf-text'
 */
export async function importOriginal(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOriginalOptions = {},
): Promise<ImportedOriginal | ImportFailure> {
  const kind = sniffBytes(bytes);
  if (kind === 'text' || kind === 'empty') {
    const fromText = (choices: ImportOptions): ImportedOriginal | ImportFailure => {
      const result = importDocument(bytes, fileName, choices);
      return result.ok
        ? { ...result, format: /\.(md|markdown)$/i.test(fileName) ? 'md' : 'txt', ocrPages: [], rebuild: fromText }
        : result;
    };
    return fromText(options);
  }
  let original;
  try {
    original = options.original ?? (await readOriginal(bytes, fileName, options.read));
  } catch (error) {
    if (isFormatError(error)) return { ok: false, code: `format-${error.code}`, error: error.message };
    throw error;
  }
  const ocrPages = original.ocr?.pages ?? [];
  const review = readerReview(original.format, original.warnings, ocrPages.length > 0);
  const extension = KEPT_BY_CONTENT[kind] ?? '.txt';
  const { format, pages } = original;
  const build = (choices: ImportOptions): ImportedOriginal | ImportFailure => {
    try {
      const built = buildDocument(original.text, { bytes, fileName, review, extension }, choices);
      return { ...built, format, ...(pages ? { pages } : {}), ocrPages, rebuild: build };
    } catch (error) {
      if (error instanceof InvalidDocumentError) return { ok: false, code: 'invalid-document', error: error.message };
      throw error;
    }
  };
  return build(options);
}

/**
 * An OCR engine for a whole run, started only when a page first needs it (loading the model
 * takes seconds: a folder without scans should not pay for it); terminate it at the end.
 * @example const ocr = lazyOcrEngine(); await importOriginal(bytes, 'scan.pdf', { read: { ocr } }); await ocr.terminate();
 */
export function lazyOcrEngine(): OcrEngine {
  let engine: Promise<OcrEngine> | null = null;
  return {
    recognize: async (image) => (await (engine ??= createOcrEngine())).recognize(image),
    terminate: async () => {
      if (engine) await (await engine).terminate();
      engine = null;
    },
  };
}
