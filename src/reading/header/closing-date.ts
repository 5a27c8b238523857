/**
 * The date in the closing formula of a resolution, when the header printed none: "Nghị quyết
 * này được Hội đồng nhân dân tỉnh … khóa XIV, Kỳ họp thứ 30 thông qua ngày 16 tháng 12 năm 2025
 * và có hiệu lực …" (Nghị định 30/2020/NĐ-CP, Phụ lục I, mẫu 1.1: the adopting body and date
 * close a nghị quyết). The reading is flagged for review: it is the date of adoption.
 */
import { findDates } from '../../text/dates.ts';

/** "… này được … thông qua ngày …": the formula's subject and verb, the date right after. */
const CLOSING_RE = /(?:này|nay)\s+(?:đã\s+)?được\s[^.;]{0,250}?thông\s+qua\s+(?:vào\s+)?(?=ngày\s)/giu;
/** How far from the end the formula is looked for. */
const CLOSING_SPAN = 6000;

export interface ClosingDateReading {
  /** ISO yyyy-mm-dd. */
  date: string;
  /** Character offset of the date in the text. */
  index: number;
}

/**
 * The adoption date of the closing formula in the last part of the text, or null.
 * @example readClosingDate('…\nNghị quyết này được Hội đồng nhân dân tỉnh thông qua ngày 16 tháng 12 năm 2025.')?.date === '2025-12-16'
 */
export function readClosingDate(text: string): ClosingDateReading | null {
  const from = Math.max(0, text.length - CLOSING_SPAN);
  const tail = text.slice(from);
  let found: ClosingDateReading | null = null;
  for (const m of tail.matchAll(CLOSING_RE)) {
    const at = m.index + m[0].length;
    const date = findDates(tail.slice(at, at + 60))[0];
    if (date && date.index === 0) found = { date: date.iso, index: from + at };
  }
  return found;
}
