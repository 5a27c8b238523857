/**
 * The document's own number: "Số:" / "Số" at a line or cell start, possibly on the next line.
 * A draft leaves the serial blank, to be written by hand after signing ("Số: -CV/ĐU",
 * "Số:      /KH-MTTQ-BTT"): its type and issuer codes are read, never a neighbouring number.
 */
import { parseDocumentNumber, type DocumentNumber } from '../document-number.ts';
import { canonicalKindCode, KIND_NAMES, kindFromCode, type KindName } from '../kinds.ts';
import { clean, columns } from './layout.ts';

const LABEL_RE = /(?:^|[\s|*])S[ốỐ]\s*:?\s*$|(?:^|[\s|*])S[ốỐ]\s*:?\s*(?=\d)/u;
/** "Số" followed by blanks or dots and then the codes: the serial left blank. */
const DRAFT_LABEL_RE = /(?:^|[\s|*])S[ốỐ]\s*:?[\s._…]*(?=[-/]\s*[A-ZĐ])/u;
/** "-CV/ĐU", "/KH-MTTQ-BTT", "- QĐ/ĐU": a separator, then two or more code segments. */
const DRAFT_CODES_RE = /^([-/])\s*([A-ZĐ][A-Za-zĐđ]{0,7}(?:\s*[-/]\s*[A-ZĐ][A-Za-zĐđ0-9]{0,11})+)(?![\p{L}\p{N}])/u;
const KIND_WORDS = KIND_NAMES.join('|');
/**
 * A kind word right before "Số" with no colon after it: "ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ
 * 12/QĐ-SXD" (an issuer block, often over two lines) names another document.
 */
const KIND_BEFORE_LABEL_RE = new RegExp(`(?:${KIND_WORDS})\\s*$`, 'iu');
/**
 * A label made of the kind and "số:" at the start of a line or cell: "Nghị quyết số:
 * 101/2025/UBTVQH15" (laws and Standing Committee resolutions print their number so). The
 * colon is required: prose and titles say "Quyết định số 12/…" without one.
 */
const KIND_LABEL_RE = new RegExp(`(?:^|\\|)[\\s*]*(?:${KIND_WORDS})\\s+số\\s*:\\s*(?=\\d)`, 'iu');

/** The number and the line its "Số" label is on. */
export interface NumberReading {
  number: DocumentNumber;
  line: number;
}

/** The codes of a number whose serial is blank. */
export interface DraftNumber {
  /** As printed, white space collapsed ("-CV/ĐU", "/KH-MTTQ-BTT"). */
  printed: string;
  /** The type code, canonical spelling, when the codes hold one. */
  kindCode?: string;
  kindName?: KindName;
  /** The issuer codes (`ĐU`, `MTTQ-BTT`). */
  issuerCode: string;
}

export interface DraftNumberReading {
  draft: DraftNumber;
  line: number;
}

/**
 * The first "Số:" label in lines [first, end) followed by a number.
 * @example readNumber(['SỞ Y TẾ', 'Số: 12/KH-SYT'], 0, 2)?.number.canonical === '12/KH-SYT'
 */
export function readNumber(lines: string[], first: number, end: number): NumberReading | null {
  for (let i = first; i < end; i++) {
    const l = lines[i] ?? '';
    const kindLabel = KIND_LABEL_RE.exec(l);
    const m = kindLabel ?? LABEL_RE.exec(l);
    if (!m || (!kindLabel && KIND_BEFORE_LABEL_RE.test(l.slice(0, m.index + m[0].search(/S[ốỐ]/u))))) continue;
    let segment = l.slice(m.index + m[0].length);
    if (!segment.trim()) segment = (lines.slice(i + 1, i + 3).find((x) => clean(x)) ?? '').replace(/^[\s|*]+/, '');
    const number = parseDocumentNumber(columns(joinWideGap(segment))[0] ?? '');
    if (number) return { number, line: i };
  }
  return null;
}

/**
 * "512      /UBND-VX": a serial typed apart from its codes (the gap left for a stamp) is joined
 * to them before the line is cut into columns. Only a serial at the start followed by a
 * separator is joined, so two columns ("512     UBND") stay apart.
 */
function joinWideGap(segment: string): string {
  return segment.replace(/^(\s*\d{1,5}[a-z]?)\s{2,}(?=[-/]\s*[A-ZĐ])/u, '$1 ');
}

/**
 * A draft's number: the first "Số" label in lines [first, end) followed by codes and no serial.
 * @example readDraftNumber(['Số -CV/ĐU'], 0, 1)?.draft // { printed: '-CV/ĐU', kindCode: 'CV', kindName: 'Công văn', issuerCode: 'ĐU' }
 */
export function readDraftNumber(lines: string[], first: number, end: number): DraftNumberReading | null {
  for (let i = first; i < end; i++) {
    const l = lines[i] ?? '';
    const m = DRAFT_LABEL_RE.exec(l);
    if (!m) continue;
    const codes = DRAFT_CODES_RE.exec(l.slice(m.index + m[0].length));
    if (codes) return { draft: parseDraftCodes(codes[0], codes[1] ?? '', codes[2] ?? ''), line: i };
  }
  return null;
}

/** Party drafts print "-TYPE/ISSUER", State drafts "/TYPE-ISSUER" or "/ISSUER-UNIT". */
function parseDraftCodes(match: string, separator: string, codes: string): DraftNumber {
  const printed = match.replace(/\s+/g, ' ').trim();
  const segments = codes.replace(/\s+/g, '').split(/[-/]/);
  const code = canonicalKindCode(segments[0] ?? '');
  const draft: DraftNumber = { printed, issuerCode: (code ? segments.slice(1) : segments).join('-') };
  if (code) {
    draft.kindCode = code;
    const name = separator === '-' && code === 'TT' ? 'Thông tri' : kindFromCode(code);
    if (name) draft.kindName = name;
  }
  return draft;
}
