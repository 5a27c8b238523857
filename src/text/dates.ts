/**
 * Dates as Vietnamese administrative documents write them. Nghị định 30/2020/NĐ-CP (Điều 8,
 * khoản 4; Phụ lục I) prescribes "ngày 24 tháng 11 năm 2023" in the header; running text also
 * has "24/11/2023", "01-10-1997" and "24.11.2023", with noise such as "tháng 0 6" or a line
 * break inside. Impossible dates are rejected (null), never guessed.
 */
import { formatIsoDate, isRealDate } from './iso-date.ts';

/** A date found in text: ISO yyyy-mm-dd and its place (UTF-16 offsets in the given text). */
export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/**
 * A one- or two-digit field, tolerating one stray space between the digits ("0 6"), and the
 * OCR slips "l"/"I" for 1 and "O" for 0 ("l2", "1O"; a field must still hold a digit).
 */
const OCR_DIGIT = '[\\dlIO]';
const FIELD = `(${OCR_DIGIT}(?:[ \\t]?${OCR_DIGIT})?)`;
/**
 * The words with the tone or vowel marks OCR and unaccented typing get wrong ("ngảy", "thảng",
 * "ngay … thang … nam"), and the blank between a number and the next word lost ("2tháng").
 */
const WORDS_RE = new RegExp(
  `(?<![\\p{L}])ng[aàảáạã]y\\s*${FIELD}\\s*th[aáàảạã]ng\\s*${FIELD}\\s*n[ăaắằẳẵặâ]m\\s*(${OCR_DIGIT}{4})(?![\\dlIO])`,
  'giu',
);

/** A field read as digits ("l2" → "12"); null when it holds no real digit. */
function ocrDigits(field: string): string | null {
  return /\d/.test(field) ? field.replace(/[lI]/g, '1').replace(/O/g, '0') : null;
}
const NUMERIC_RE = /(?<![\d/.-])(\d{1,2})[ \t]?([/.-])[ \t]?(\d{1,2})[ \t]?\2[ \t]?(\d{4})(?![\d/])/gu;

function toIso(dayText: string, monthText: string, yearText: string): string | null {
  const day = Number(dayText.replace(/\s/g, ''));
  const month = Number(monthText.replace(/\s/g, ''));
  const year = Number(yearText);
  // Years outside 1900–2100 are misreadings in this archive, not documents.
  if (!(year >= 1900 && year <= 2100) || !isRealDate(year, month, day)) return null;
  return formatIsoDate(year, month, day);
}

/**
 * Every valid date in the text, in order of position; overlapping forms are reported once.
 * @example findDates('ngày 24/11/2023 và ngày 01 tháng 10 năm 1997').map((d) => d.iso)
 *   // ['2023-11-24', '1997-10-01']
 */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(WORDS_RE)) {
    const [day, month, year] = [ocrDigits(m[1] ?? ''), ocrDigits(m[2] ?? ''), ocrDigits(m[3] ?? '')];
    const iso = day && month && year ? toIso(day, month, year) : null;
    if (iso) found.push({ iso, index: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(NUMERIC_RE)) {
    const iso = toIso(m[1] ?? '', m[3] ?? '', m[4] ?? '');
    if (!iso) continue;
    const overlaps = found.some((d) => m.index < d.index + d.length && d.index < m.index + m[0].length);
    if (!overlaps) found.push({ iso, index: m.index, length: m[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The first valid date in the text, or null (also null for 31/02 and other impossible dates).
 * @example parseVietnameseDate('Phú Riềng, ngày 08 tháng 8 năm 2024')?.iso === '2024-08-08'
 */
export function parseVietnameseDate(text: string): FoundDate | null {
  return findDates(text)[0] ?? null;
}

/**
 * Format an ISO date the Vietnamese way, dd/mm/yyyy, for messages.
 * @example formatVietnameseDate('2002-11-08') === '08/11/2002'
 */
export function formatVietnameseDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
