/**
 * PDFium, the PDF engine of Chromium compiled to WebAssembly (@embedpdf/pdfium), behind the few
 * calls the importer makes: open a document from its bytes; for a page, its characters with
 * their positions (pdf-chars.ts), whether it paints an image, and a grey image of it for OCR.
 * The engine starts once per process (about 50 ms) and is shared by every document.
 *
 * The per-character calls go straight to the module's exports: through the package's wrapped
 * functions they cost ten times as much, which is most of the time of a text PDF.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { init } from '@embedpdf/pdfium';
import { readingMatrix, readingTurn, type PageChar } from './pdf-chars.ts';

type Engine = Awaited<ReturnType<typeof init>>;

/** The per-character functions, as the module exports them. */
interface CharExports {
  FPDFText_GetUnicode(text: number, index: number): number;
  FPDFText_IsGenerated(text: number, index: number): number;
  FPDFText_GetCharOrigin(text: number, index: number, x: number, y: number): number;
  FPDFText_GetLooseCharBox(text: number, index: number, rect: number): number;
  FPDFText_GetFontSize(text: number, index: number): number;
  FPDFText_GetCharAngle(text: number, index: number): number;
}

/** The module's memory views (Emscripten's HEAP arrays, which the package's types leave out). */
interface Heap {
  HEAPU8: Uint8Array;
  HEAPF32: Float32Array;
  HEAPF64: Float64Array;
  wasmExports: { malloc(size: number): number; free(pointer: number): void };
}
const heapOf = (e: Engine): Heap => e.pdfium as unknown as Heap;

/** One character in this many has its angle read (readingTurn). */
const ANGLE_SAMPLE = 8;

/** FPDF_GetLastError's value for a document that needs a password. */
const ERR_PASSWORD = 4;
/** FPDFPageObj_GetType's values for an image and for a form (a group of objects). */
const OBJ_IMAGE = 3;
const OBJ_FORM = 5;
/** FPDF_RenderPageBitmap flag: draw annotations (stamps and signatures, as printed). */
const RENDER_ANNOTATIONS = 0x01;
/** FPDFPage_Flatten's mode: annotations as they are displayed. */
const FLATTEN_DISPLAY = 0;

let engine: Promise<Engine> | null = null;

function startEngine(): Promise<Engine> {
  engine ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmBinary = readFileSync(require.resolve('@embedpdf/pdfium/pdfium.wasm'));
    const started = await init({ wasmBinary });
    started.PDFiumExt_Init();
    return started;
  })();
  return engine;
}

/** Why a document did not open. */
export class PdfOpenError extends Error {
  readonly reason: 'password' | 'damaged';
  constructor(reason: 'password' | 'damaged') {
    super(reason);
    this.reason = reason;
  }
}

/** A page's characters; those at `stampFrom` and after were drawn by its annotations. */
export interface PageText {
  chars: PageChar[];
  stampFrom: number;
}

/** An open PDF document. Call close() when done (its memory lives in the engine). */
export class PdfiumDocument {
  private readonly e: Engine;
  private readonly heap: Heap;
  private readonly doc: number;
  private readonly data: number;
  readonly pageCount: number;

  private constructor(e: Engine, doc: number, data: number) {
    this.e = e;
    this.heap = heapOf(e);
    this.doc = doc;
    this.data = data;
    this.pageCount = e.FPDF_GetPageCount(doc);
  }

  /** Open a document from its bytes; throws PdfOpenError. */
  static async open(bytes: Uint8Array): Promise<PdfiumDocument> {
    const e = await startEngine();
    const heap = heapOf(e);
    const data = heap.wasmExports.malloc(bytes.length);
    heap.HEAPU8.set(bytes, data);
    const doc = e.FPDF_LoadMemDocument(data, bytes.length, '');
    if (!doc) {
      const error = e.FPDF_GetLastError();
      heap.wasmExports.free(data);
      throw new PdfOpenError(error === ERR_PASSWORD ? 'password' : 'damaged');
    }
    return new PdfiumDocument(e, doc, data);
  }

  close(): void {
    this.e.FPDF_CloseDocument(this.doc);
    this.heap.wasmExports.free(this.data);
  }

  /** Load page `index` (from 0); throws PdfOpenError if it cannot be read. Close it when done. */
  page(index: number): PdfiumPage {
    return new PdfiumPage(this.e, this.doc, index);
  }
}

/** A loaded page of a document. */
export class PdfiumPage {
  private readonly e: Engine;
  private readonly heap: Heap;
  private readonly doc: number;
  private readonly index: number;
  private handle: number;

  constructor(e: Engine, doc: number, index: number) {
    this.e = e;
    this.heap = heapOf(e);
    this.doc = doc;
    this.index = index;
    this.handle = this.load();
  }

  private load(): number {
    const handle = this.e.FPDF_LoadPage(this.doc, this.index);
    if (!handle) throw new PdfOpenError('damaged');
    return handle;
  }

  close(): void {
    this.e.FPDF_ClosePage(this.handle);
  }

  /**
   * The page's characters in reading space (x along the text, y down the lines: readChars).
   * With `stamps`, its annotations are first flattened into its content (the page is loaded
   * anew), and the characters they draw come last.
   */
  text(stamps: boolean): PageText {
    const e = this.e;
    let stampFrom = -1;
    if (stamps && e.FPDFPage_GetAnnotCount(this.handle) > 0) {
      const count = this.charCount(this.handle);
      if (e.FPDFPage_Flatten(this.handle, FLATTEN_DISPLAY) === 1) {
        stampFrom = count;
        this.close();
        this.handle = this.load();
      }
    }
    const chars = this.readChars(this.handle);
    return { chars, stampFrom: stampFrom < 0 ? chars.length : Math.min(stampFrom, chars.length) };
  }

  private charCount(page: number): number {
    const text = this.e.FPDFText_LoadPage(page);
    try {
      return this.e.FPDFText_CountChars(text);
    } finally {
      this.e.FPDFText_ClosePage(text);
    }
  }

  /**
   * The page's characters in reading space (pdf-chars.ts readingTurn): the positions the engine
   * gives in PDF user space, turned so that most characters run left to right.
   */
  private readChars(page: number): PageChar[] {
    const e = this.e;
    const x = e.pdfium.wasmExports as unknown as CharExports;
    const heap = this.heap;
    const scratch = heap.wasmExports.malloc(32);
    const origin = scratch >> 3;
    const box = (scratch + 16) >> 2;
    const text = e.FPDFText_LoadPage(page);
    try {
      const count = e.FPDFText_CountChars(text);
      // Per character: origin x, y; loose box left, top, right, bottom (FS_RECTF, floats).
      const at = new Float64Array(6 * count);
      const codes = new Uint32Array(count);
      const generated = new Uint8Array(count);
      const sizes = new Float64Array(count);
      const angles: number[] = [];
      for (let i = 0; i < count; i++) {
        codes[i] = x.FPDFText_GetUnicode(text, i);
        generated[i] = x.FPDFText_IsGenerated(text, i);
        sizes[i] = x.FPDFText_GetFontSize(text, i);
        x.FPDFText_GetCharOrigin(text, i, scratch, scratch + 8);
        x.FPDFText_GetLooseCharBox(text, i, scratch + 16);
        at[6 * i] = heap.HEAPF64[origin]!;
        at[6 * i + 1] = heap.HEAPF64[origin + 1]!;
        for (let k = 0; k < 4; k++) at[6 * i + 2 + k] = heap.HEAPF32[box + k]!;
        // A sample of the printed characters' angles is enough to tell which way the page reads.
        if (i % ANGLE_SAMPLE === 0 && !generated[i] && codes[i]! > 32) angles.push(x.FPDFText_GetCharAngle(text, i));
      }
      const [a, b, c, d] = readingMatrix(readingTurn(angles));
      const chars = new Array<PageChar>(count);
      for (let i = 0, j = 0; i < count; i++, j += 6) {
        const [ox, oy, left, top, right, bottom] = [at[j]!, at[j + 1]!, at[j + 2]!, at[j + 3]!, at[j + 4]!, at[j + 5]!];
        chars[i] = {
          code: codes[i]!,
          generated: generated[i] === 1,
          x: a * ox + c * oy,
          y: b * ox + d * oy,
          // The advance ends at the box's corner furthest along the text.
          right: Math.max(a * left + c * top, a * right + c * bottom, a * left + c * bottom, a * right + c * top),
          size: sizes[i]!,
        };
      }
      return chars;
    } finally {
      e.FPDFText_ClosePage(text);
      heap.wasmExports.free(scratch);
    }
  }

  /** Whether the page paints an image, also inside a form (a scanned page does). */
  hasImage(): boolean {
    const e = this.e;
    const anyImage = (count: number, get: (i: number) => number): boolean => {
      for (let i = 0; i < count; i++) {
        const object = get(i);
        const type = e.FPDFPageObj_GetType(object);
        if (type === OBJ_IMAGE) return true;
        if (
          type === OBJ_FORM &&
          anyImage(e.FPDFFormObj_CountObjects(object), (j) => e.FPDFFormObj_GetObject(object, j))
        )
          return true;
      }
      return false;
    };
    const page = this.handle;
    return anyImage(e.FPDFPage_CountObjects(page), (i) => e.FPDFPage_GetObject(page, i));
  }

  /** The page's size in pixels drawn at `dpi`. */
  pixelSize(dpi: number): { width: number; height: number } {
    return {
      width: Math.ceil((this.e.FPDF_GetPageWidthF(this.handle) * dpi) / 72),
      height: Math.ceil((this.e.FPDF_GetPageHeightF(this.handle) * dpi) / 72),
    };
  }

  /**
   * The page drawn at `dpi` as an 8-bit grey image (PGM, which OCR reads), annotations included;
   * with `band`, only the part between its top and bottom (fractions of the page's height, 0–1).
   */
  renderGrey(dpi: number, band = { top: 0, bottom: 1 }): Uint8Array {
    const e = this.e;
    const page = this.handle;
    const full = this.pixelSize(dpi);
    const top = Math.floor(band.top * full.height);
    const width = full.width;
    const height = Math.max(1, Math.ceil(band.bottom * full.height) - top);
    const bitmap = e.FPDFBitmap_Create(width, height, 0);
    if (!bitmap) throw new Error(`không đủ bộ nhớ để vẽ trang ${width}×${height}`);
    try {
      e.FPDFBitmap_FillRect(bitmap, 0, 0, width, height, 0xffffffff);
      e.FPDF_RenderPageBitmap(bitmap, page, 0, -top, full.width, full.height, 0, RENDER_ANNOTATIONS);
      const stride = e.FPDFBitmap_GetStride(bitmap);
      const pixels = this.heap.HEAPU8.subarray(e.FPDFBitmap_GetBuffer(bitmap));
      const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
      const out = new Uint8Array(header.length + width * height);
      out.set(header);
      let o = header.length;
      for (let y = 0; y < height; y++) {
        // BGRx, one row every `stride` bytes; grey by the usual luma weights.
        for (let p = y * stride, end = p + 4 * width; p < end; p += 4)
          out[o++] = (pixels[p]! * 29 + pixels[p + 1]! * 150 + pixels[p + 2]! * 77) >> 8;
      }
      return out;
    } finally {
      e.FPDFBitmap_Destroy(bitmap);
    }
  }
}
