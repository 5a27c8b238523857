/**
 * The trích yếu: under the kind heading ("KẾ HOẠCH" / "Triển khai …"), or for a công văn the
 * "V/v …" (or "Về …") under its number (Nghị định 30/2020/NĐ-CP, Phụ lục I).
 */
import type { DocumentNumber } from '../document-number.ts';
import type { KindName } from '../kinds.ts';
import { startsWithImplementsOpening } from '../openings.ts';
import { clean, columns, isUpper, type TextLines } from './layout.ts';
import type { KindHeading } from './zone.ts';

export interface TitleReading {
  title: string;
  /** Character range [start, end) of the title in the text. */
  range: [number, number];
  /** The line after the title's last line. */
  endLine: number;
}

const MAX_TITLE_LINES = 8;
const RULE_LINE_RE = /^[\s*_|-]*[-_]{3,}[\s*_|-]*$/;

/**
 * The title under a kind heading: the heading's own rest, or the lines after it up to a blank
 * line, a rule or the body's opening.
 * @example readHeadingTitle({ lines: ['KẾ HOẠCH', 'Tiêm chủng', ''], offsets: [0, 9, 20] }, { kind: 'Kế hoạch', rest: '', line: 0 })?.title === 'Tiêm chủng'
 */
export function readHeadingTitle({ lines, offsets }: TextLines, heading: KindHeading): TitleReading | null {
  const parts: string[] = heading.rest ? [heading.rest] : [];
  let i = heading.line + 1;
  // A title printed on the heading's line ("GIẤY PHÉP SỬ DỤNG …") continues only on the next lines.
  while (!heading.rest && i < lines.length && !clean(lines[i] ?? '') && !/^\s*[-_]{3,}/.test(lines[i] ?? '')) i++;
  const startLine = heading.rest ? heading.line : i;
  let endLine = -1;
  for (let n = 0; i < lines.length && n < MAX_TITLE_LINES; i++, n++) {
    const l = lines[i] ?? '';
    if (!clean(l) || RULE_LINE_RE.test(l)) break;
    if (n > 0 && startsWithImplementsOpening(l)) break;
    parts.push(clean(l));
    endLine = i + 1;
  }
  if (!parts.length) return null;
  if (endLine < 0) endLine = heading.line + 1;
  return {
    title: joinParts(parts),
    range: [offsets[startLine] ?? 0, (offsets[endLine - 1] ?? 0) + (lines[endLine - 1] ?? '').length],
    endLine,
  };
}

/**
 * A công văn's subject: "V/v …" in lines [from, end), the number's own line read only after
 * the number ("Số: 296/BHXH-CSYT V/v …").
 * @example readLetterSubject({ lines: ['Số: 5/SYT', 'V/v tiêm chủng'], offsets: [0, 10] }, 0, 2, 0, null)?.title === 'tiêm chủng'
 */
export function readLetterSubject(
  { lines, offsets }: TextLines,
  from: number,
  end: number,
  numberLine: number,
  number: DocumentNumber | null,
): TitleReading | null {
  for (let i = from; i < end; i++) {
    const l = lines[i] ?? '';
    const base = i === numberLine && number ? blankNumber(l, number.printed) : l;
    const m = /(?:^|\s)(?:V\/v|v\/v|Về|về việc)\s/u.exec(base);
    if (!m || (i !== numberLine && m.index > 20 && !/^\s*\|/.test(l))) continue;
    const startText = base.slice(m.index).replace(/^\s*(?:V\/v|v\/v)\s*/u, '');
    const parts = [clean(columns(startText)[0] ?? '')];
    const last = readSubjectContinuation(lines, i + 1, end, parts);
    return {
      title: joinParts(parts),
      range: [
        (offsets[i] ?? 0) + (i === numberLine ? 0 : m.index),
        (offsets[last - 1] ?? 0) + (lines[last - 1] ?? '').length,
      ],
      endLine: last,
    };
  }
  return null;
}

/** The line with everything up to the printed number blanked (kept only when it is found). */
function blankNumber(line: string, printed: string): string {
  const at = line.indexOf(printed);
  return at >= 0 ? ' '.repeat(at + printed.length) + line.slice(at + printed.length) : line;
}

/** Left-column lines that continue the subject; pushes them to `parts`, returns the end line. */
function readSubjectContinuation(lines: string[], from: number, end: number, parts: string[]): number {
  let blanks = 0;
  let last = from;
  for (let j = from; j < end && parts.length < 5; j++) {
    const lj = lines[j] ?? '';
    if (!clean(lj)) {
      if (++blanks >= 2) break;
      continue;
    }
    const left = clean(columns(lj).find((x) => x.trim()) ?? '');
    if (/Kính\s+gửi|CỘNG\s+H|ĐẢNG CỘNG SẢN|Độc lập|,\s*ngày/u.test(lj) || isUpper(left) || /^\s*\|/.test(lj)) break;
    blanks = 0;
    parts.push(left);
    last = j + 1;
  }
  return last;
}

function joinParts(parts: string[]): string {
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * The kind of a document without a heading: a "V/v" subject or a "Kính gửi" makes it a công
 * văn; else the kind its number's type code names.
 * @example readLetterKind(true, false, null) === 'Công văn'
 */
export function readLetterKind(
  hasSubject: boolean,
  hasKinhGui: boolean,
  number: Pick<DocumentNumber, 'kindName'> | null,
): KindName | undefined {
  if (hasSubject || hasKinhGui) return 'Công văn';
  return number?.kindName;
}
