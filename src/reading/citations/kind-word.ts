/**
 * The kind word in front of a number ("Nghị quyết số 43-NQ/TW"): where the reference starts
 * and which kind it names.
 */
import { KIND_NAMES, type KindName } from '../kinds.ts';
import type { DocumentNumber, FoundDocumentNumber } from '../document-number.ts';
import { foldSameLength } from '../../text/vietnamese.ts';

/** Kind words, folded, longest first; `văn bản` is generic (no kind). */
export const KIND_WORDS: Array<{ folded: string; kind?: KindName }> = [
  ...KIND_NAMES.map((kind) => ({ folded: foldSameLength(kind), kind })),
  { folded: 'van ban' },
].sort((a, b) => b.folded.length - a.folded.length);

/** The kind words as a folded alternation, blanks matching any white space. */
export const KIND_WORDS_PATTERN = KIND_WORDS.map((k) => k.folded.replace(/ /g, '\\s+')).join('|');

/**
 * A kind word ending at a word boundary; its start is checked in code: after a non-letter, or
 * glued to the word before when it is capitalised in the original ("Căn cứNghị quyết số …":
 * PDF extraction loses blanks).
 */
const KIND_WORD_RE = new RegExp(`(${KIND_WORDS_PATTERN})(?![a-z])`, 'g');

/** How far before a number its kind word may be, and how long the gap between them. */
const KIND_WINDOW = 70;
const KIND_GAP = 50;

/**
 * True when a kind word may name a number: the number's type code names that kind (QĐ is
 * Quyết định or, in Party numbers, Quy định; TT is Thông tư or Thông tri).
 * @example isCompatibleKind('Quy định', parseDocumentNumber('66-QĐ/TW')!) === true
 */
export function isCompatibleKind(kind: KindName, number: DocumentNumber): boolean {
  if (!number.kindName) return true;
  if (kind === number.kindName) return true;
  if (number.kindCode === 'QĐ' && kind === 'Quy định') return true;
  if (number.kindCode === 'TT' && (kind === 'Thông tư' || kind === 'Thông tri')) return true;
  // A joint resolution or circular is often named without "liên tịch".
  if ((number.kindCode === 'NQLT' && kind === 'Nghị quyết') || (number.kindCode === 'TTLT' && kind === 'Thông tư'))
    return true;
  if (number.kindCode === 'CTHĐ' || number.kindCode === 'CTr') return kind === 'Chương trình';
  return false;
}

/**
 * The start of a reference and its kind: the last kind word within 70 characters before the
 * number, in the same clause; else a "số" label right before it; else the number itself.
 * `folded` is the text folded to the same length, `prevEnd` the end of the previous number,
 * `text` the original (its capitals tell a kind word glued to the word before).
 * @example readKindWord('nghi quyet so 43-nq/tw', 0, { index: 14, … }) // { start: 0, kind: 'Nghị quyết' }
 */
export function readKindWord(
  folded: string,
  prevEnd: number,
  n: FoundDocumentNumber,
  text: string = folded,
): { start: number; kind?: KindName } {
  const windowStart = Math.max(prevEnd, n.index - KIND_WINDOW);
  const window = folded.slice(windowStart, n.index);
  let best: RegExpExecArray | undefined;
  KIND_WORD_RE.lastIndex = 0;
  for (let m = KIND_WORD_RE.exec(window); m; m = KIND_WORD_RE.exec(window)) {
    const at = windowStart + m.index;
    if (/[a-z]/.test(folded[at - 1] ?? '') && !/\p{Lu}/u.test(text[at] ?? '')) {
      KIND_WORD_RE.lastIndex = m.index + 1;
      continue;
    }
    best = m;
  }
  if (best) {
    const gap = window.slice(best.index + best[0].length);
    if (!/[;.()[\]]/.test(gap) && gap.length <= KIND_GAP) {
      const word = KIND_WORDS.find((k) => k.folded === best[0].replace(/\s+/g, ' '));
      const kind = word?.kind && isCompatibleKind(word.kind, n) ? word.kind : undefined;
      return kind ? { start: windowStart + best.index, kind } : { start: windowStart + best.index };
    }
  }
  const so = /(?:^|[^a-z])(so\s*:?\s*)$/.exec(window);
  return { start: so?.[1] ? n.index - so[1].length : n.index };
}
