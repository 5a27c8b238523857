/**
 * The words that open an "implements" clause: a document that begins "Thực hiện Nghị quyết số
 * 43-NQ/TW …" (Party, Hướng dẫn 36-HD/VPTW) or "Căn cứ Luật …" (State, Nghị định 30/2020/NĐ-CP,
 * Phụ lục I) implements what it names. One list, used by the header reader, the citation finder,
 * search tokens and rendering.
 */
import { foldSameLength } from '../text/vietnamese.ts';

/** Openings as printed (normal case, NFC). */
export const IMPLEMENTS_OPENINGS = ['Thực hiện', 'Căn cứ', 'Triển khai', 'Quán triệt', 'Thi hành'] as const;

/** The openings folded (lower case, no diacritics): `thuc hien`, `can cu`… */
export const IMPLEMENTS_OPENINGS_FOLDED = IMPLEMENTS_OPENINGS.map((o) => foldSameLength(o));

/** A line that starts with an opening (after an optional list marker). */
const LINE_OPENING_RE = new RegExp(`^\\s*[-*]?\\s*(?:${IMPLEMENTS_OPENINGS.join('|')})\\s`, 'u');

/**
 * Openings that start a document's body without naming what it implements: "Xét đề nghị của
 * Giám đốc Sở …" (Nghị định 30/2020/NĐ-CP, Phụ lục I: the last ground of a quyết định). They end
 * the header zone like the implements openings do.
 */
export const BODY_OPENINGS = [...IMPLEMENTS_OPENINGS, 'Xét đề nghị', 'Theo đề nghị'] as const;

const LINE_BODY_OPENING_RE = new RegExp(`^\\s*[-*]?\\s*(?:${BODY_OPENINGS.join('|')})\\s`, 'u');

/**
 * True when a line opens the body: an implements opening or a request ("Xét đề nghị …").
 * @example startsWithBodyOpening('Xét đề nghị của Chánh Văn phòng,') === true
 */
export function startsWithBodyOpening(line: string): boolean {
  return LINE_BODY_OPENING_RE.test(line);
}

/**
 * True when a line opens with one of the implements openings.
 * @example startsWithImplementsOpening('- Thực hiện Nghị quyết số 43-NQ/TW') === true
 */
export function startsWithImplementsOpening(line: string): boolean {
  return LINE_OPENING_RE.test(line);
}
