/** The document's own number: "Số:" / "Số" at a line or cell start, possibly on the next line. */
import { parseDocumentNumber, type DocumentNumber } from '../document-number.ts';
import { clean, columns } from './layout.ts';

const LABEL_RE = /(?:^|[\s|*])S[ốỐ]\s*:?\s*$|(?:^|[\s|*])S[ốỐ]\s*:?\s*(?=\d)/u;

/** The number and the line its "Số" label is on. */
export interface NumberReading {
  number: DocumentNumber;
  line: number;
}

/**
 * The first "Số:" label in lines [first, end) followed by a number.
 * @example readNumber(['SỞ Y TẾ', 'Số: 12/KH-SYT'], 0, 2)?.number.canonical === '12/KH-SYT'
 */
export function readNumber(lines: string[], first: number, end: number): NumberReading | null {
  for (let i = first; i < end; i++) {
    const l = lines[i] ?? '';
    const m = LABEL_RE.exec(l);
    if (!m) continue;
    let segment = l.slice(m.index + m[0].length);
    if (!segment.trim()) segment = (lines.slice(i + 1, i + 3).find((x) => clean(x)) ?? '').replace(/^[\s|*]+/, '');
    const number = parseDocumentNumber(columns(segment)[0] ?? '');
    if (number) return { number, line: i };
  }
  return null;
}
