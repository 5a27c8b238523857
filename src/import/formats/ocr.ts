/**
 * Optical character recognition with tesseract.js and the Vietnamese model shipped by the npm
 * package @tesseract.js-data/vie. Nothing is downloaded: the model is read from that package's
 * folder and the engine (tesseract.js-core) is loaded from node_modules by the worker; the
 * cache is off so nothing is written next to the caller either.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { createWorker, OEM, type Block, type Worker } from 'tesseract.js';
import { layoutPage, type TextRun } from './pdf-layout.ts';
import { OCR_SO } from '../../reading/header/number.ts';

const require = createRequire(import.meta.url);

/** The folder holding `vie.traineddata.gz` (the LSTM "best_int" model, the one tesseract.js uses by default). */
export function vietnameseModelPath(): string {
  return path.join(path.dirname(require.resolve('@tesseract.js-data/vie/package.json')), '4.0.0_best_int');
}

/** The text of one image and tesseract's mean word confidence (0–100). */
export interface Recognition {
  /** Laid out like a text-layer page (columns apart, wrapped lines re-joined). */
  text: string;
  confidence: number;
  /** Serials left out of `text` because OCR read them with too little confidence. */
  doubtfulSerials: DoubtfulSerial[];
  /** The serial kept in `text` (its digits after "Số" at the start of a line), and where its line is. */
  serial?: KeptSerial;
  /** The first "ngày D tháng M" of the page (the date line of a first page), and where its line is. */
  date?: KeptDate;
}

/** A day and month OCR read after "ngày" and "tháng", as the words were read, and their line. */
export interface KeptDate {
  /** The words as read: "ngày", the day, "tháng", the month. */
  words: [string, string, string, string];
  confidence: number;
  line: { top: number; bottom: number };
}

/** A serial OCR read with confidence: its digits, and its line's top and bottom in the image's pixels. */
export interface KeptSerial {
  digits: string;
  confidence: number;
  line: { top: number; bottom: number };
}

/**
 * A document serial ("Số: 3274") OCR read with low confidence, or differently at other sizes, as
 * read; or (field "date") the day and month of its date line read differently at other sizes.
 */
export interface DoubtfulSerial {
  text: string;
  confidence: number;
  /** What the page read there drawn at other sizes, when that was the doubt. */
  readings?: string[];
  field?: 'date';
}

/**
 * Below this word confidence a serial after "Số" is not trusted. On the real scans the serials
 * written by hand after signing read 73 and 78, and wrong (b31 "3374" for 3274, b33 "4836" for
 * 2936), while printed numbers of the same pages read 87–97 (a few printed ones 65–70: they are
 * then left blank too, a flagged unknown rather than a wrong number).
 */
export const SERIAL_CONFIDENCE = 80;

/** The "Số" label of a document's number as OCR reads it ("Số:", "số", "Sô:"): the number reader's OCR forms. */
const SERIAL_LABEL = new RegExp(`^(?:S[ốỐ]|${OCR_SO})\\s*:?$`, 'iu');

/**
 * The warning for a serial OCR was not sure of and left blank (ocr.ts dropDoubtfulSerials).
 * @example serialWarning('qd.pdf', 1, { text: '3374', confidence: 73 }).includes('3374')
 */
export function serialWarning(fileName: string, page: number, doubt: DoubtfulSerial): string {
  const why = doubt.readings
    ? `"${doubt.text}", đọc lại ở cỡ ảnh khác được ${doubt.readings.map((r) => `"${r || 'không rõ'}"`).join(', ')}`
    : `"${doubt.text}", độ tin cậy ${doubt.confidence}%`;
  return doubt.field === 'date'
    ? `${fileName}: ngày tháng ký ở trang ${page} đọc bằng nhận dạng chữ (OCR) không chắc chắn (${why}; chữ số viết tay thường bị đọc sai) nên để trống — hãy xem bản gốc và điền ngày ký.`
    : `${fileName}: số hiệu ở trang ${page} đọc bằng nhận dạng chữ (OCR) không chắc chắn (${why}; số viết tay thường bị đọc sai) nên để trống — hãy xem bản gốc và điền số hiệu.`;
}

/**
 * The first serial after "Số" at the start of a line that OCR kept (read with confidence), and
 * its line's top and bottom.
 * @example keptSerial([{ words: [{ text: 'Số:', confidence: 95 }, { text: '27', confidence: 92 }], bbox: { y0: 100, y1: 130 } }]) // { digits: '27', confidence: 92, line: { top: 100, bottom: 130 } }
 */
export function keptSerial(
  lines: Array<{ words: OcrWord[]; bbox: { y0: number; y1: number } }>,
): KeptSerial | undefined {
  for (const { words, bbox } of lines) {
    const [label, word] = words;
    if (!label || !word || !SERIAL_LABEL.test(label.text.normalize('NFC').trim())) continue;
    const digits = /^\d+/.exec(word.text)?.[0];
    if (digits) return { digits, confidence: Math.round(word.confidence), line: { top: bbox.y0, bottom: bbox.y1 } };
  }
  return undefined;
}

/** Words as OCR reads them, folded: "ngày", "ngảy", "Ngay" → "ngay". */
const folded = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

/**
 * The first "ngày D tháng M" of a page's lines (D and M starting with digits), with its line.
 * @example keptDate([{ words: [{ text: 'Nghệ', confidence: 95 }, { text: 'An,', confidence: 95 }, { text: 'ngày', confidence: 95 }, { text: '15', confidence: 80 }, { text: 'tháng', confidence: 95 }, { text: '9', confidence: 90 }], bbox: { y0: 100, y1: 130 } }])?.words // ['ngày', '15', 'tháng', '9']
 */
export function keptDate(lines: Array<{ words: OcrWord[]; bbox: { y0: number; y1: number } }>): KeptDate | undefined {
  for (const { words, bbox } of lines) {
    for (let i = 0; i + 3 < words.length; i++) {
      const [ngay, day, thang, month] = words.slice(i, i + 4) as [OcrWord, OcrWord, OcrWord, OcrWord];
      if (folded(ngay.text) !== 'ngay' || folded(thang.text) !== 'thang') continue;
      if (!/^\d/.test(day.text) || !/^\d/.test(month.text)) continue;
      return {
        words: [ngay.text, day.text, thang.text, month.text],
        confidence: Math.round(Math.min(day.confidence, month.confidence)),
        line: { top: bbox.y0, bottom: bbox.y1 },
      };
    }
  }
  return undefined;
}

/**
 * Take the day and month out of a page's date line (its first "ngày D tháng M"), keeping the words.
 * @example blankDate('Nghệ An, ngày 5 tháng 9 năm 2025', ['ngày', '5', 'tháng', '9']) // 'Nghệ An, ngày tháng năm 2025'
 */
export function blankDate(text: string, [ngay, day, thang, month]: KeptDate['words']): string {
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(
    new RegExp(`${escape(ngay)}\\s+${escape(day)}\\s+${escape(thang)}\\s+${escape(month)}(\\s)`, 'u'),
    `${ngay} ${thang}$1`,
  );
}

/**
 * Take a serial's digits out of a page's text: the first line that starts with "Số" and them.
 * @example blankSerial('UBND\nSố: 4836 /QĐ-UBND', '4836') // 'UBND\nSố: /QĐ-UBND'
 */
export function blankSerial(text: string, digits: string): string {
  const line = new RegExp(`^((?:S[ốỐ]|${OCR_SO})\\s*:?\\s*)${digits}\\s*`, 'imu');
  return text.replace(line, '$1');
}

/** The sizes, relative to the first reading, at which a serial read with confidence is read again. */
export const SERIAL_RECHECK_SCALES = [0.75, 1.25];

/** Draw a band of the page (top and bottom as fractions of its height, 0–1) at `scale` times the first reading's size. */
export type RedrawBand = (scale: number, band: { top: number; bottom: number }) => Promise<Uint8Array>;

/**
 * Keep what a document's first page fills in after printing only when the page drawn at other
 * sizes (SERIAL_RECHECK_SCALES) reads the same: the serial after "Số" and the day and month of
 * its date line. Printed digits read the same at every size; digits written by hand after
 * signing do not (b33's serial "2936": "4836" at 200 dpi, "4336" at 250, nothing at 150; its
 * day "15": "5"), and a wrong number or date is worse than a blank one the import flags. Only the
 * band around their lines is drawn and read again. `height` is the first image's height in pixels.
 */
export async function confirmFills(
  recognized: Recognition,
  height: number,
  redraw: RedrawBand,
  ocr: OcrEngine,
): Promise<Recognition> {
  const { serial, date } = recognized;
  const lines = [serial?.line, date?.line].filter((l): l is { top: number; bottom: number } => l !== undefined);
  if (lines.length === 0) return recognized;
  const top = Math.min(...lines.map((l) => l.top));
  const bottom = Math.max(...lines.map((l) => l.bottom));
  const margin = 2 * Math.max(...lines.map((l) => l.bottom - l.top));
  const band = { top: Math.max(0, (top - margin) / height), bottom: Math.min(1, (bottom + margin) / height) };
  const serials: string[] = [];
  const dates: string[] = [];
  const dayMonth = (d: KeptDate | undefined) => (d ? `${d.words[1]}/${d.words[3]}` : '');
  for (const scale of SERIAL_RECHECK_SCALES) {
    const again = await ocr.recognize(await redraw(scale, band));
    serials.push(again.serial?.digits ?? /^\d+/.exec(again.doubtfulSerials[0]?.text ?? '')?.[0] ?? '');
    dates.push(dayMonth(again.date));
  }
  let out = recognized;
  if (serial && !serials.every((digits) => digits === serial.digits)) {
    const { serial: _dropped, ...rest } = out;
    const doubt = { text: serial.digits, confidence: serial.confidence, readings: serials };
    out = { ...rest, text: blankSerial(out.text, serial.digits), doubtfulSerials: [...out.doubtfulSerials, doubt] };
  }
  if (date && !dates.every((d) => d === dayMonth(date))) {
    const { date: _dropped, ...rest } = out;
    const doubt = { text: dayMonth(date), confidence: date.confidence, readings: dates, field: 'date' as const };
    out = { ...rest, text: blankDate(out.text, date.words), doubtfulSerials: [...out.doubtfulSerials, doubt] };
  }
  return out;
}

/** An OCR word: its text and confidence (0–100). */
interface OcrWord {
  text: string;
  confidence: number;
}

/**
 * Take out of OCR lines the digits of a serial that follows "Số" at the start of a line (the
 * document's own number, not a citation's "số" inside a sentence) when OCR is not sure of it
 * (SERIAL_CONFIDENCE): handwritten serials are misread with confidence, and a wrong number is
 * worse than a blank one that the import flags. Changes the words in place; returns what it took.
 * @example dropDoubtfulSerials([{ words: [{ text: 'Số:', confidence: 95 }, { text: '3374', confidence: 73 }, { text: '/QĐ-UBND', confidence: 90 }] }]) // [{ text: '3374', confidence: 73 }]
 */
export function dropDoubtfulSerials(
  lines: Array<{ words: OcrWord[] }>,
  threshold = SERIAL_CONFIDENCE,
): DoubtfulSerial[] {
  const doubts: DoubtfulSerial[] = [];
  for (const { words } of lines) {
    // The document's own serial begins its line ("Số: 3274/QĐ-UBND"); "số" inside a line is a citation's.
    const [label, word] = words;
    if (!label || !word || !SERIAL_LABEL.test(label.text.normalize('NFC').trim())) continue;
    if (!/^\d/.test(word.text) || word.confidence >= threshold) continue;
    doubts.push({ text: word.text, confidence: Math.round(word.confidence) });
    word.text = word.text.replace(/^\d+/, '');
  }
  return doubts;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)]!;
}

/**
 * Turn tesseract's words into text runs in deskewed page coordinates, so the layout rules of
 * text-layer PDFs (columns, re-joined lines) apply to scans too. Every word of a recognised
 * line gets that line's baseline; the page's skew is the median slope of the baselines.
 */
export function wordsToRuns(blocks: Block[]): TextRun[] {
  const lines = blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
  const slope = median(
    lines
      .filter((l) => l.baseline.x1 > l.baseline.x0)
      .map((l) => (l.baseline.y1 - l.baseline.y0) / (l.baseline.x1 - l.baseline.x0)),
  );
  const runs: TextRun[] = [];
  for (const line of lines) {
    const size = Math.max(1, line.rowAttributes?.rowHeight ?? line.bbox.y1 - line.bbox.y0);
    const baseline = (line.baseline.y0 + line.baseline.y1) / 2 - slope * ((line.baseline.x0 + line.baseline.x1) / 2);
    for (const word of line.words) {
      if (word.text.trim() === '') continue;
      runs.push({ x: word.bbox.x0, y: baseline, width: word.bbox.x1 - word.bbox.x0, size, text: word.text });
    }
  }
  return runs;
}

/** A started OCR engine; reuse it across pages and files, then terminate it. */
export interface OcrEngine {
  recognize(image: Uint8Array): Promise<Recognition>;
  terminate(): Promise<void>;
}

/**
 * Start an OCR engine for Vietnamese, offline.
 * @example const ocr = await createOcrEngine(); const { text } = await ocr.recognize(png); await ocr.terminate();
 */
export async function createOcrEngine(): Promise<OcrEngine> {
  const worker: Worker = await createWorker('vie', OEM.LSTM_ONLY, {
    langPath: vietnameseModelPath(),
    cacheMethod: 'none',
    gzip: true,
    // Without a handler tesseract.js throws a failed job from an event callback, which kills
    // the process; with one, the job's promise rejects and the caller reports the file.
    errorHandler: () => {},
  });
  // Keep the spaces between words as printed (tesseract drops some between Vietnamese syllables otherwise).
  await worker.setParameters({ preserve_interword_spaces: '1' });
  return {
    async recognize(image) {
      const { data } = await worker.recognize(Buffer.from(image), {}, { text: true, blocks: true });
      const lines = (data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
      const doubtfulSerials = dropDoubtfulSerials(lines);
      const serial = keptSerial(lines);
      const date = keptDate(lines);
      const runs = data.blocks ? wordsToRuns(data.blocks) : [];
      const text = runs.length > 0 ? layoutPage(runs).join('\n') : data.text;
      return {
        text: tidyOcrText(text),
        confidence: data.confidence,
        doubtfulSerials,
        ...(serial ? { serial } : {}),
        ...(date ? { date } : {}),
      };
    },
    async terminate() {
      await worker.terminate();
    },
  };
}

/** Tidy OCR text: trailing spaces off, runs of spaces collapsed, at most one blank line. */
export function tidyOcrText(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
