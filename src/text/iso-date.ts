/**
 * ISO calendar dates (yyyy-mm-dd), the form stored in frontmatter.
 */

/**
 * True when the string is a yyyy-mm-dd date that exists in the Gregorian calendar.
 * @example isIsoDate('2024-02-29') === true; isIsoDate('2023-02-29') === false
 */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day);
}

/**
 * True when day/month/year name a day that exists (leap years included).
 * @example isRealDate(2023, 2, 29) === false
 */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/**
 * Format a day as yyyy-mm-dd.
 * @example formatIsoDate(2023, 11, 4) === '2023-11-04'
 */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
