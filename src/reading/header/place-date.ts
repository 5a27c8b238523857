/** Place and date of issue: "<place>, ngày … tháng … năm …" under the motto. */
import { findDates } from '../../text/dates.ts';
import { clean, columns } from './layout.ts';

/** The column just before a date (up to 40 characters, "ngày" dropped): where a place would be. */
function lastColumnBefore(zone: string, index: number): string {
  return (
    zone
      .slice(Math.max(0, index - 40), index)
      .replace(/ngày\s*$/iu, '')
      .split(/\s{3,}|\n|\|/)
      .pop() ?? ''
  );
}

export interface PlaceDateReading {
  /** ISO yyyy-mm-dd. */
  date: string;
  place?: string;
  line: number;
}

/**
 * The first date after "<place>, " in lines [first, end), else the first written-out one.
 * @example readPlaceAndDate(['Lào Cai, ngày 06 tháng 3 năm 2026'], 0, 1) // { date: '2026-03-06', place: 'Lào Cai', line: 0 }
 */
export function readPlaceAndDate(lines: string[], first: number, end: number): PlaceDateReading | null {
  const zone = lines.slice(first, end).join('\n');
  const dates = findDates(zone);
  const placed =
    dates.find((d) => /\p{L}\s*,\s*$/u.test(lastColumnBefore(zone, d.index))) ??
    dates.find((d) => /^ngày/iu.test(zone.slice(d.index)));
  if (!placed) return null;
  const reading: PlaceDateReading = {
    date: placed.iso,
    line: first + zone.slice(0, placed.index).split('\n').length - 1,
  };
  const lineStart = zone.lastIndexOf('\n', placed.index) + 1;
  const before = columns(zone.slice(lineStart, placed.index)).pop() ?? '';
  const place = clean(before.replace(/,?\s*(?:ngày\s*)?$/iu, '').replace(/,\s*$/, ''));
  if (place && /\p{L}/u.test(place) && !/ngày/iu.test(place)) reading.place = place;
  return reading;
}

export interface DraftDateReading {
  /** yyyy-mm: the day is left blank, to be written by hand after signing. */
  month: string;
  place?: string;
  line: number;
}

/** "<place>, ngày   tháng 8 năm 2025": "ngày" and "tháng" with no day between them. */
const DRAFT_DATE_RE = /(?:^|[\s|*,])ngày[\s._…]*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/iu;

/**
 * A draft's date with a blank day, in lines [first, end): its month and year, and the place.
 * @example readDraftDate(['Công Hải, ngày   tháng 8 năm 2025'], 0, 1) // { month: '2025-08', place: 'Công Hải', line: 0 }
 */
export function readDraftDate(lines: string[], first: number, end: number): DraftDateReading | null {
  for (let i = first; i < end; i++) {
    const l = lines[i] ?? '';
    const m = DRAFT_DATE_RE.exec(l);
    const month = Number(m?.[1]);
    if (!m || month < 1 || month > 12) continue;
    const reading: DraftDateReading = { month: `${m[2]}-${String(month).padStart(2, '0')}`, line: i };
    const before = columns(l.slice(0, m.index + m[0].search(/ngày/iu))).pop() ?? '';
    const place = clean(before.replace(/,\s*$/, ''));
    if (place && /^\p{Lu}/u.test(place) && place.length <= 40) reading.place = place;
    return reading;
  }
  return null;
}
