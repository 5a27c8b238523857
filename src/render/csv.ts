/**
 * CSV for spreadsheets (issue 17): RFC 4180 (fields with a comma, a double quote or a line
 * break quoted, quotes doubled, CRLF line ends), UTF-8 with a byte order mark so Excel reads
 * Vietnamese correctly, and a guard against formula injection (OWASP "CSV Injection"): a text
 * cell starting with = + - @, a tab or a carriage return gets a leading apostrophe, so a
 * spreadsheet shows it as text instead of running it.
 */

/** A cell: text, a number (never guarded: it cannot be a formula), or empty. */
export type CsvValue = string | number | null | undefined;

/** Excel reads a UTF-8 file as the local code page unless it starts with this mark. */
export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell as written in the file.
 * @example csvCell('a, "b"') === '"a, ""b"""'
 * @example csvCell('=HYPERLINK("x")') === `"'=HYPERLINK(""x"")"`
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole file: the mark, a header row, the rows, each line ended by CRLF.
 * @example toCsv(['Số'], [['27/KH-LĐLĐ']]) === '\uFEFFSố\r\n27/KH-LĐLĐ\r\n'
 */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
