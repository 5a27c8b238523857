/**
 * Signer when only the name survived (issue 13): text extraction often loses the "TM. … /
 * CHỦ TỊCH" lines of the signature block and keeps the signer's name, alone on a line at the
 * end of the document or just before "Nơi nhận". The header reader (src/reading/header/signer.ts)
 * reads a full name on the very last line; this importer-side step runs only when it found no
 * signer, and takes a personal name from one of the last lines, flagged for review.
 *
 * A line is taken as a name only by its structure: two to five capitalised Vietnamese
 * syllables, the first a family name (a Vietnamese full name begins with it: họ + tên đệm +
 * tên), and not a place or a body the issuer authority knows ("Lâm Đồng", "Hà Nội", "Ban
 * Thường vụ"). Anything else is left alone: a missing signer is flagged already, a wrong one
 * would be shown as fact. Pure and browser-safe.
 */
import { isVietnameseSyllable } from './vietnamese-syllables.ts';
import { findProvince, provinceOfPlace, resolveIssuer } from '../reading/issuers/index.ts';
import { toNfc } from '../text/vietnamese.ts';
import { isSurname } from '../reading/header/surnames.ts';

/** A name read by the fallback, and its 0-based line. */
export interface NameOnlySigner {
  name: string;
  line: number;
}

/** How many non-empty lines from the end (or from "Nơi nhận") a surviving name may sit. */
const LAST_LINES = 3;

/** A line without Markdown emphasis, heading marks or surrounding white space. */
function plain(line: string): string {
  return toNfc(line).replace(/[*_#]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * True when a line is a personal name by its shape: 2–5 capitalised Vietnamese syllables (a
 * one-letter middle name allowed: "Sùng A Hồ"), beginning with a family name, that is not a
 * place or an issuing body.
 * @example isPersonalName('Sùng A Hồ') === true; isPersonalName('Lâm Đồng') === false
 */
export function isPersonalName(text: string): boolean {
  const words = text.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  if (!isSurname(words[0]!)) return false;
  const isNameWord = (w: string, i: number) =>
    (/^\p{Lu}\p{Ll}+$/u.test(w) || (i > 0 && /^\p{Lu}$/u.test(w))) && isVietnameseSyllable(w);
  if (!words.every(isNameWord)) return false;
  return !findProvince(text, undefined, true) && !provinceOfPlace(text) && !resolveIssuer(text);
}

/** Up to LAST_LINES non-empty line indexes before `end`, nearest first. */
function lastLines(lines: string[], end: number): number[] {
  const found: number[] = [];
  for (let i = end - 1; i >= 0 && found.length < LAST_LINES; i--) if (plain(lines[i] ?? '')) found.push(i);
  return found;
}

/**
 * The signer's name alone on one of the last lines of the document, or of the lines before
 * the recipients block ("Nơi nhận", which extraction may put after the signature), else null.
 * A list item is never a name (recipients are listed).
 * @example readNameOnlySigner(['… thực hiện./.', '', '**Hoàng Thạch Sơn**'], -1) // { name: 'Hoàng Thạch Sơn', line: 2 }
 */
export function readNameOnlySigner(lines: string[], recipientsStart: number): NameOnlySigner | null {
  const candidates = [
    ...lastLines(lines, lines.length),
    ...(recipientsStart >= 0 ? lastLines(lines, recipientsStart) : []),
  ];
  for (const i of candidates) {
    const raw = lines[i] ?? '';
    if (/^\s*(?:[-+•]|\d+[.)])/.test(raw)) continue;
    const name = plain(raw);
    if (isPersonalName(name)) return { name, line: i };
  }
  return null;
}
