/**
 * The signature block at the bottom right: T/M, TM., KT., TL., TUQ., Q. (Nghị định
 * 30/2020/NĐ-CP, Điều 13 and Phụ lục I; Hướng dẫn 36-HD/VPTW), the signer's title and name.
 */
import { clean, isUpperBlock, isUpperLetters, lastPiece, pieces, type LineRange } from './layout.ts';
import { isSurname } from './surnames.ts';

export interface Signer {
  onBehalf?: string;
  title?: string;
  name?: string;
}

export interface SignerReading {
  signer: Signer;
  lines: LineRange;
}

const SIGN_PREFIX_RE = /(?:^|[\s*|])(T\/M|TM\.|KT\.|K\/T|TL\.|TUQ\.|Q\.)\s*(?=\p{Lu})/u;
const NAME_RE = /^(?:\p{Lu}[\p{Ll}]*\.?\s+){1,4}\p{Lu}[\p{Ll}]+$/u;
const TITLE_WORDS_RE =
  /(?:^|\s)(PHÓ\s|THỨ TRƯỞNG|CHỦ TỊCH|BÍ THƯ|THỦ TƯỚNG|BỘ TRƯỞNG|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|TRƯỞNG PHÒNG|CỤC TRƯỞNG|VỤ TRƯỞNG|ỦY VIÊN)/u;

/** How far from the end a signature block is looked for. */
const TAIL_LINES = 80;
const BLOCK_LINES = 25;

/**
 * Split "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Sinh Hùng" printed on one line.
 * @example splitOneLineSigner('KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Sinh Hùng')
 *   // { onBehalf: 'KT. THỦ TƯỚNG', title: 'PHÓ THỦ TƯỚNG', name: 'Nguyễn Sinh Hùng' }
 */
export function splitOneLineSigner(text: string): Signer {
  const nameMatch = /((?:\s\p{Lu}[\p{Ll}]+){2,5})\s*$/u.exec(text);
  const name = nameMatch?.[1]?.trim();
  const upper = (nameMatch ? text.slice(0, nameMatch.index) : text).trim();
  const prefix = SIGN_PREFIX_RE.exec(upper);
  if (!prefix) return { title: upper || undefined, name };
  const afterPrefix = upper.slice(prefix.index + prefix[0].length);
  // Skip the first word(s) of the organ or superior title, then cut at the signer's title.
  const firstWord = /^\S+\s/.exec(afterPrefix)?.[0].length ?? 0;
  const rest = afterPrefix.slice(firstWord);
  const isDeputy = prefix[1] === 'KT.' || prefix[1] === 'K/T';
  const m = isDeputy ? /(?:^|\s)(PHÓ\s|THỨ TRƯỞNG)/u.exec(rest) : TITLE_WORDS_RE.exec(rest);
  if (!m) return { onBehalf: upper, name };
  const cut = firstWord + m.index + (m[0].length - (m[1]?.length ?? 0));
  const onBehalf = upper.slice(0, prefix.index + prefix[0].length + cut).trim();
  const title = afterPrefix.slice(cut).trim();
  return { onBehalf: onBehalf.replace(/^[*|\s]+/, ''), title, name };
}

/**
 * The signer: the last prefixed block (T/M, KT. …) near the end, else an upper-case title over
 * a name. `from` is the end of the header, `recipientsLine` the "Nơi nhận" line (-1 if none),
 * whose left column is not part of the block. Empty fields are dropped, white space collapsed.
 * @example readSigner(['', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A'], 1, -1)?.signer.name === 'Nguyễn Văn A'
 */
export function readSigner(lines: string[], from: number, recipientsLine: number): SignerReading | null {
  const reading =
    readPrefixedSigner(lines, from, recipientsLine) ??
    readUnprefixedSigner(lines, from) ??
    readNameOnlySigner(lines, from);
  if (!reading) return null;
  const signer: Signer = {};
  for (const k of ['onBehalf', 'title', 'name'] as const) {
    const v = reading.signer[k];
    if (v !== undefined && v !== '') signer[k] = v.replace(/\s+/g, ' ').trim();
  }
  return { signer, lines: reading.lines };
}

/** The first line of the last prefixed block in the tail, or -1. */
function findPrefixedBlock(lines: string[], tailStart: number): number {
  for (let i = lines.length - 1; i >= tailStart; i--) {
    if (
      !pieces(lines[i] ?? '').some(
        (p) => SIGN_PREFIX_RE.test(` ${p}`) && isUpperLetters(p.replace(/[^\p{L}]/gu, '').slice(0, 6)),
      )
    )
      continue;
    let signLine = i;
    // Keep going up: a block can hold two prefixed lines ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH").
    while (signLine - 1 >= tailStart) {
      const up = lastPiece(lines[signLine - 1] ?? '');
      if (up && isUpperBlock(up) && !/N[ơo]i\s+nh/iu.test(up)) signLine--;
      else break;
    }
    return signLine;
  }
  return -1;
}

function readPrefixedSigner(lines: string[], from: number, recipientsLine: number): SignerReading | null {
  const signLine = findPrefixedBlock(lines, Math.max(from, lines.length - TAIL_LINES));
  if (signLine < 0) return null;
  const upperLines: string[] = [];
  let name: string | undefined;
  let end = signLine + 1;
  for (let j = signLine; j < lines.length && j < signLine + BLOCK_LINES; j++) {
    const ps = pieces(lines[j] ?? '');
    const p = ps.length > 1 && recipientsLine >= 0 && j >= recipientsLine ? (ps[ps.length - 1] ?? '') : ps.join(' ');
    if (!p) continue;
    if (ps.length === 1 && /^\s{0,6}-\s/.test(lines[j] ?? '')) continue; // a recipient line
    if (isUpperBlock(p)) {
      upperLines.push(p);
      end = j + 1;
      continue;
    }
    if (NAME_RE.test(p)) {
      name = p;
      end = j + 1;
      break;
    }
    if (upperLines.length <= 1 && SIGN_PREFIX_RE.test(` ${[...upperLines, p].join(' ')}`)) {
      // One-line block: "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Sinh Hùng".
      return { signer: splitOneLineSigner([...upperLines, p].join(' ')), lines: [signLine, j + 1] };
    }
    if (upperLines.length && p.length > 40) break;
  }
  const signer = signerFromUpperLines(upperLines);
  if (name) signer.name = name;
  return { signer, lines: [signLine, end] };
}

function signerFromUpperLines(upperLines: string[]): Signer {
  if (upperLines.length === 1) return { ...splitOneLineSigner(upperLines[0] ?? '') };
  if (upperLines.length > 1)
    return { onBehalf: upperLines.slice(0, -1).join(' '), title: upperLines[upperLines.length - 1] };
  return {};
}

/** No prefix: an upper-case title line and a name under it within the last lines. */
function readUnprefixedSigner(lines: string[], from: number): SignerReading | null {
  for (let i = lines.length - 1; i >= Math.max(from, lines.length - BLOCK_LINES); i--) {
    const p = lastPiece(lines[i] ?? '');
    if (!NAME_RE.test(p) || p.split(' ').length > 5) continue;
    for (let k = i - 1; k >= i - 8 && k >= from; k--) {
      const t = lastPiece(lines[k] ?? '');
      if (!t || /^[[\]().,*]+$/.test(t)) continue;
      if (isUpperBlock(t) && t.length < 60 && !/\d/.test(t))
        return { signer: { title: t, name: p }, lines: [k, i + 1] };
      break;
    }
    return null;
  }
  return null;
}

/** A full personal name: three to five capitalised words ("Hoàng Thạch Sơn"), no digits. */
const FULL_NAME_RE = /^(?:\p{Lu}[\p{Ll}]+\s+){2,4}\p{Lu}[\p{Ll}]+$/u;

/**
 * Only the name survived (the "TM. … / CHỦ TỊCH" lines were lost in extraction): the
 * document's last line is a full personal name, alone in its line, not a list item, opening with
 * a family name. Two-word names are left alone: "Hà Nội", "Lâm Đồng" look the same.
 */
function readNameOnlySigner(lines: string[], from: number): SignerReading | null {
  let i = lines.length - 1;
  while (i >= from && !clean(lines[i] ?? '')) i--;
  if (i < from) return null;
  const line = lines[i] ?? '';
  const p = clean(line);
  if (/^\s*[-+•]/.test(line) || pieces(line).length !== 1 || !FULL_NAME_RE.test(p)) return null;
  // A name opens with a family name: "Trân Trọng Cảm Ơn" or "Ban Chấp Hành Đoàn" is no signer.
  if (!isSurname(p.split(' ')[0] ?? '')) return null;
  return { signer: { name: p }, lines: [i, i + 1] };
}
