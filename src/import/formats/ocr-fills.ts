/**
 * What a scanned document's first page fills in after printing, as OCR reads it: the serial
 * after "Số" and the day and month of its date line. A serial or day written by hand is often
 * misread with confidence, and a wrong number or date is worse than a blank one the import
 * flags: a serial read with low confidence is left out (dropDoubtfulSerials), and what OCR kept
 * is read again from the page drawn at other sizes (confirmFills).
 *
 * Pure but for confirmFills, which is given the OCR engine and a way to draw the page.
 */
import { OCR_SO } from '../../reading/header/number.ts';
import { foldText } from '../../text/vietnamese.ts';
import type { OcrEngine, Recognition } from './ocr.ts';

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

/** The "Số" label of a document's number as OCR reads it ("Số", "số", "Sô"): the number reader's OCR forms. */
const SO = `(?:S[ốỐ]|${OCR_SO})`;
const SERIAL_LABEL = new RegExp(`^${SO}\\s*:?$`, 'iu');

/** The word after a line's "Số" label, when the line starts with one (the document's own serial). */
function serialWord(words: OcrWord[]): OcrWord | undefined {
  const [label, word] = words;
  return label && SERIAL_LABEL.test(label.text.normalize('NFC').trim()) ? word : undefined;
}

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
    const word = serialWord(words);
    const digits = word && /^\d+/.exec(word.text)?.[0];
    if (digits) return { digits, confidence: Math.round(word.confidence), line: { top: bbox.y0, bottom: bbox.y1 } };
  }
  return undefined;
}

/**
 * The first "ngày D tháng M" of a page's lines (D and M starting with digits), with its line.
 * @example keptDate([{ words: [{ text: 'Nghệ', confidence: 95 }, { text: 'An,', confidence: 95 }, { text: 'ngày', confidence: 95 }, { text: '15', confidence: 80 }, { text: 'tháng', confidence: 95 }, { text: '9', confidence: 90 }], bbox: { y0: 100, y1: 130 } }])?.words // ['ngày', '15', 'tháng', '9']
 */
export function keptDate(lines: Array<{ words: OcrWord[]; bbox: { y0: number; y1: number } }>): KeptDate | undefined {
  for (const { words, bbox } of lines) {
    for (let i = 0; i + 3 < words.length; i++) {
      const [ngay, day, thang, month] = words.slice(i, i + 4) as [OcrWord, OcrWord, OcrWord, OcrWord];
      if (foldText(ngay.text) !== 'ngay' || foldText(thang.text) !== 'thang') continue;
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
  const line = new RegExp(`^(${SO}\\s*:?\\s*)${digits}\\s*`, 'imu');
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
    const word = serialWord(words);
    if (!word || !/^\d/.test(word.text) || word.confidence >= threshold) continue;
    doubts.push({ text: word.text, confidence: Math.round(word.confidence) });
    word.text = word.text.replace(/^\d+/, '');
  }
  return doubts;
}
