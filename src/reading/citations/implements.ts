/**
 * Which references a document implements: those in its opening's trigger sentences ("Thực
 * hiện …", "Căn cứ …": Hướng dẫn 36-HD/VPTW; Nghị định 30/2020/NĐ-CP, Phụ lục I) and its title,
 * the first reference of each clause and any listed right after an implemented one.
 */
import { foldSameLength } from '../../text/vietnamese.ts';
import { IMPLEMENTS_OPENINGS_FOLDED } from '../openings.ts';
import type { Draft } from './draft.ts';
import { KIND_WORDS_PATTERN } from './kind-word.ts';

/**
 * Trigger words that open an implementing clause (folded, at a line start, or after a
 * semicolon when a list of grounds runs on one line: "…; Căn cứ Kế hoạch số …"). The word must
 * end there, or be glued to a capital (PDF extraction loses blanks: "Căn cứNghị quyết số …").
 */
const TRIGGER_RE = new RegExp(
  `(?:^|\\n|;)[ \\t>*_#-]*(?:\\d+\\.\\s*)?(${IMPLEMENTS_OPENINGS_FOLDED.map((o) => o.replace(/ /g, '\\s+')).join('|')})`,
  'gu',
);
/** The first structural heading that ends the opening (I., 1., Điều 1, QUYẾT ĐỊNH:). */
const BODY_MARK_RE = /\n[ \t>*_#|]*(?:[IVX]+\.|1\.|a\)|điều\s+1\b|quyết\s+định\s*:|chỉ\s+thị\s*:|nơi\s+nhận)/iu;
/** Without a heading, the opening is looked for this far into the body. */
const OPENING_SPAN = 4000;

/** A segment of the opening: [trigger start, clause start, clause end). */
type Segment = [number, number, number];

/**
 * Segments of the opening in which citations are implemented, plus the title ranges.
 * @example openingSegments('Thực hiện Kết luận số 1-KL/TW.\nI. …', foldSameLength(…), 0, [])
 */
export function openingSegments(
  text: string,
  folded: string,
  bodyStart: number,
  titleRanges: Array<[number, number]>,
): Segment[] {
  const segments: Segment[] = [];
  const markMatch = BODY_MARK_RE.exec(text.slice(bodyStart));
  const bodyEnd = markMatch ? bodyStart + markMatch.index : Math.min(text.length, bodyStart + OPENING_SPAN);
  // From the line break before the body, so an opening on the body's first line is seen.
  TRIGGER_RE.lastIndex = Math.max(0, bodyStart - 1);
  for (let m = TRIGGER_RE.exec(folded); m && m.index < bodyEnd; m = TRIGGER_RE.exec(folded)) {
    const start = m.index + m[0].length;
    if (/[a-z]/.test(folded[start] ?? '') && !/\p{Lu}/u.test(text[start] ?? '')) continue;
    const rest = text.slice(start, bodyEnd);
    // The sentence ends at a full stop before a capital or a line end, or a colon at line end.
    // A line that opens with a request ("Xét Tờ trình …", "Theo đề nghị …") ends it too: what is
    // examined is cited, not implemented (Nghị định 30/2020/NĐ-CP, Phụ lục I).
    const end = rest.search(
      /\.(?=\s*(?:\n|$)|\s+[\p{Lu}])|:\s*\n|\n\s*\n(?=[ \t]*\S)(?![ \t]*[a-zđ])|\n[ \t>*_#-]*(?:Xét|Theo đề nghị)\s/u,
    );
    segments.push([m.index, start, start + (end < 0 ? rest.length : end)]);
  }
  for (const [s, e] of titleRanges) segments.push([s, s, e]);
  return segments;
}

/**
 * Mark the drafts a document implements, segment by segment.
 * @example markImplemented(text, drafts, openingSegments(text, folded, bodyStart, titleRanges))
 */
export function markImplemented(text: string, drafts: Draft[], segments: Segment[]): void {
  for (const [, segStart, segEnd] of segments) {
    let prev: Draft | undefined;
    let clauseStart = segStart;
    for (const d of drafts) {
      if (d.start < segStart || d.start >= segEnd) continue;
      if (prev && !/;/.test(text.slice(prev.end, d.start))) {
        if (prev.implements && isListedAfter(text.slice(prev.end, d.start))) d.implements = true;
      } else if (followsTrigger(text.slice(clauseStart, d.start))) {
        d.implements = true;
      }
      prev = d;
      const semi = text.slice(d.end, segEnd).indexOf(';');
      if (semi >= 0) clauseStart = d.end + semi + 1;
    }
  }
}

/**
 * "…, B", "…; B", "… và B", or the amendment of A ("…, được sửa đổi, bổ sung một số điều tại
 * Luật số B": the legal basis is the law as amended, Nghị định 30/2020/NĐ-CP, Phụ lục I), but
 * not "… thực hiện B" (B is then what A implements).
 */
function isListedAfter(gapText: string): boolean {
  const gap = foldSameLength(gapText);
  if (/(?<![a-z])(?:thuc hien|trien khai)\s*$/.test(gap)) return false;
  return /(?:[,;]|(?<![a-z])va)\s*[-–*_]*\s*$/u.test(gap) || AMENDED_BY_RE.test(gap);
}

/** "(đã) được sửa đổi, bổ sung (một số điều) (tại|bởi|theo)" right before B (its kind word, when it starts B's reference, is not in the gap). */
const AMENDED_BY_RE = new RegExp(
  `(?<![a-z])(?:duoc\\s+)?sua\\s+doi(?:,?\\s*bo\\s+sung)?(?:\\s+mot\\s+so\\s+dieu)?(?:\\s+(?:tai|boi|theo))?(?:\\s+(?:${KIND_WORDS_PATTERN})(?:\\s+so)?)?\\s*:?\\s*$`,
);

/** A clause that opens with a kind word names its document by title: "Căn cứ Luật Bầu cử … số 85/2015/QH13". */
const KIND_LEAD_RE = new RegExp(`^(?:${KIND_WORDS_PATTERN})(?![a-z])`);

/** First reference of a clause: implemented when it follows the trigger closely, names the amendment of what the clause names, or its kind word opens the clause. */
function followsTrigger(gapFromClause: string): boolean {
  const lead = foldSameLength(gapFromClause)
    .replace(/[\s,;:*_“”"-]+/g, ' ')
    .trim();
  if (lead.split(' ').filter(Boolean).length <= 4 || /(?:thuc hien|trien khai|quan triet|thi hanh)$/.test(lead))
    return true;
  if (!/[.;]/.test(gapFromClause) && AMENDED_BY_RE.test(foldSameLength(gapFromClause))) return true; // "Căn cứ Hiến pháp … đã được sửa đổi, bổ sung theo Nghị quyết số …"
  return KIND_LEAD_RE.test(lead) && !/[.;]/.test(gapFromClause) && lead.split(' ').length <= 20;
}
