/** Place and date of issue: "<place>, ngày … tháng … năm …" under the motto. */
import { findDates } from '../../text/dates.ts';
import { clean, columns } from './layout.ts';

/** The column just before a date (up to 40 characters, "ngày" dropped): where a place would be. */
function lastColumnBefore(zone: string, index: number): string {
  return zone.slice(Math.max(0, index - 40), index).replace(/ngày\s*$/iu, '').split(/\s{3,}|\n|\|/).pop() ?? '';
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
  const reading: PlaceDateReading = { date: placed.iso, line: first + zone.slice(0, placed.index).split('\n').length - 1 };
  const lineStart = zone.lastIndexOf('\n', placed.index) + 1;
  const before = columns(zone.slice(lineStart, placed.index)).pop() ?? '';
  const place = clean(before.replace(/,?\s*(?:ngày\s*)?$/iu, '').replace(/,\s*$/, ''));
  if (place && /\p{L}/u.test(place) && !/ngày/iu.test(place)) reading.place = place;
  return reading;
}
