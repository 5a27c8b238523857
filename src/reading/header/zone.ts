/**
 * Where the header block is: notes that are not part of the document (crawler lines, Công báo
 * running heads), the first line of content, the kind heading and the end of the header zone.
 */
import { isKindName, KIND_NAMES, type KindName } from '../kinds.ts';
import { startsWithBodyOpening, startsWithImplementsOpening } from '../openings.ts';
import { clean, isUpperLetters, pieces, type LineRange } from './layout.ts';
import { stripDiacritics } from '../../text/vietnamese.ts';

const NOTE_RE = /^\s*(?:\*?Source:|\[Bản trích chữ|CÔNG BÁO\/Số|# )/u;
const RUNNING_HEAD_RE = /^\s*CÔNG BÁO\/Số/u;
/**
 * A copy's or an e-signature's stamp above the document (the scan of a signed or certified copy
 * prints it first): "SAO Y; ỦY BAN NHÂN DÂN TỈNH …; Thời gian ký: …", "SAO Y BẢN CHÍNH", the
 * Government portal's "Cổng Thông tin điện tử Chính phủ" stamp and its "Người ký:", "Cơ quan:",
 * "Email:", "Thời gian ký:" lines. OCR turns "CỔNG" into "CÔNG", so both are met.
 */
const STAMP_RE = new RegExp(
  '^[\\s*_|]*(?:(?:SAO\\s+Y|SAO\\s+LỤC|BẢN\\s+SAO|TRÍCH\\s+SAO)(?![\\p{L}])' +
    '|(?:Người\\s+ký|Ký\\s+bởi|Cơ\\s+quan|Thời\\s+gian\\s+ký|Ngày\\s+ký|E-?mail|Điện\\s+thoại)\\s*:' +
    '|C[ỔÔO]NG\\s+TH[ÔO]NG\\s+TIN\\s+ĐIỆN\\s+TỬ)|Thời\\s+gian\\s+ký\\s*:',
  'iu',
);
/** How far down a stamp may reach above the header. */
const STAMP_LINES = 10;

/** How far below the first line the header may reach. */
const ZONE_LINES = 60;

/**
 * Lines that are not part of the document: an archive's wrapper around a transcription, Công
 * báo running heads (with the page number under them) anywhere, crawler notes in the first six
 * lines.
 * @example findNoteLines(['*Source: https://…', 'CHÍNH PHỦ']) // [[0, 1]]
 */
export function findNoteLines(lines: string[]): LineRange[] {
  const wrapper = findWrapperLines(lines);
  const notes: LineRange[] = [...wrapper];
  for (let i = 0; i < lines.length; i++) {
    if (wrapper.some(([s, e]) => i >= s && i < e)) continue;
    const l = lines[i] ?? '';
    if (RUNNING_HEAD_RE.test(l)) {
      const end = /^\s*\d{1,4}\s*$/.test(lines[i + 1] ?? '') ? i + 2 : i + 1;
      notes.push([i, end]);
    } else if ((i < 6 && NOTE_RE.test(l)) || (i < STAMP_LINES && isStampLine(lines, i))) {
      notes.push([i, i + 1]);
    }
  }
  return notes;
}

/** A stamp line, only while nothing but stamps and blank lines stands above it. */
function isStampLine(lines: string[], i: number): boolean {
  if (!STAMP_RE.test(lines[i] ?? '')) return false;
  return lines.slice(0, i).every((l) => !clean(l) || STAMP_RE.test(l) || NOTE_RE.test(l));
}

/** A fence line of a Markdown code block ("```text", "```"). */
const FENCE_RE = /^\s*```/;

/**
 * An archive's wrapper: YAML front matter (its own catalogue number and date, which often
 * disagree with the printed document), a summary, then the document's full text in a fenced
 * block. Everything before the fence, and the fences, are notes; the document is the block.
 * Only the first fenced block after front matter counts, and only when it holds a "Số" label
 * or a motto, so a code sample in a document's body is never taken for one.
 */
function findWrapperLines(lines: string[]): LineRange[] {
  if (!/^---\s*$/.test(lines[0] ?? '')) return [];
  const open = lines.findIndex((l, i) => i > 0 && FENCE_RE.test(l));
  if (open < 0) return [];
  let close = lines.findIndex((l, i) => i > open && FENCE_RE.test(l));
  if (close < 0) close = lines.length;
  const block = lines.slice(open + 1, close).join('\n');
  if (!/(?:^|\n)\s*S[ốỐ](?!\p{L})|CỘNG\s+HÒA|ĐẢNG\s+CỘNG\s+SẢN/u.test(block)) return [];
  const ranges: LineRange[] = [[0, open + 1]];
  if (close < lines.length) ranges.push([close, lines.length]);
  return ranges;
}

/** Kind headings in upper case, longest first ("CHƯƠNG TRÌNH" before nothing shorter clashes). */
const KIND_HEADINGS = [...KIND_NAMES]
  .sort((a, b) => b.length - a.length)
  .map((k) => ({ kind: k, upper: k.toUpperCase(), folded: stripDiacritics(k.toUpperCase()) }));

/** A kind heading line: the kind, and the trích yếu printed on the same line if any. */
export interface KindHeading {
  kind: KindName;
  rest: string;
  line: number;
}

/**
 * The kind heading a line holds ("KẾ HOẠCH", "GIẤY PHÉP SỬ DỤNG …"), or null.
 * @example readKindHeading('KẾ HOẠCH', 4) // { kind: 'Kế hoạch', rest: '', line: 4 }
 */
export function readKindHeading(line: string, index: number): KindHeading | null {
  const c = clean(line);
  if (!c || !isUpperLetters(c) || c.endsWith(':')) return null;
  return (
    matchKindHeading(c, c, index, (k) => k.upper) ?? matchKindHeading(c, stripDiacritics(c), index, (k) => k.folded)
  );
}

/**
 * The kind heading `text` (or its folded form, for OCR's tone slips: "QUYÉT ĐỊNH", "KÉ HOẠCH")
 * starts with; the rest is cut from the printed line.
 */
function matchKindHeading(
  c: string,
  text: string,
  index: number,
  form: (k: (typeof KIND_HEADINGS)[number]) => string,
): KindHeading | null {
  for (const k of KIND_HEADINGS) {
    const { kind } = k;
    const upper = form(k);
    if (text === upper) return { kind, rest: '', line: index };
    if (text.startsWith(`${upper} `) && isKindName(kind)) {
      const rest = c.slice(upper.length + 1);
      // "QUYẾT ĐỊNH SỐ …" in a title is not a heading; a heading's rest is the trích yếu.
      if (/^SỐ\b/u.test(rest)) return null;
      return { kind, rest, line: index };
    }
  }
  return null;
}

/** The header zone: lines [first, end), its kind heading, its "Kính gửi" line (-1 if none). */
export interface HeaderZone {
  first: number;
  end: number;
  heading: KindHeading | null;
  /** Line of "Kính gửi" when the zone has no heading (a công văn), else -1. */
  kinhGui: number;
}

/**
 * Find the header zone. The kind heading ends it; without one, the "Kính gửi" block or the
 * body's opening ("Thực hiện …", "Xét đề nghị …") does.
 * @example findHeaderZone(['SỞ Y TẾ', 'KẾ HOẠCH', 'Tiêm chủng'], []).heading?.line === 1
 */
export function findHeaderZone(lines: string[], notes: LineRange[]): HeaderZone {
  const isNote = (i: number): boolean => notes.some(([s, e]) => i >= s && i < e);
  let first = 0;
  while (first < lines.length && (isNote(first) || !clean(lines[first] ?? ''))) first++;
  const zoneMax = Math.min(lines.length, first + ZONE_LINES);
  const heading = findHeading(lines, first, zoneMax, isNote);
  if (heading) return { first, end: heading.line, heading, kinhGui: -1 };
  const kinhGui = lines.findIndex((l, i) => i >= first && i < zoneMax && /Kính\s+gửi/u.test(l));
  return { first, end: findLetterZoneEnd(lines, first, zoneMax, kinhGui), heading: null, kinhGui };
}

function findHeading(
  lines: string[],
  first: number,
  zoneMax: number,
  isNote: (i: number) => boolean,
): KindHeading | null {
  for (let i = first; i < zoneMax; i++) {
    if (isNote(i)) continue;
    const h = readKindHeading(lines[i] ?? '', i);
    if (h) return joinJointHeading(lines, h, zoneMax);
    if (i > first && startsWithImplementsOpening(lines[i] ?? '')) break;
  }
  return null;
}

/** The kinds a "LIÊN TỊCH" line under the heading turns into a joint kind (Nghị định 30/2020/NĐ-CP, Phụ lục III). */
const JOINT_KINDS: Partial<Record<KindName, KindName>> = {
  'Nghị quyết': 'Nghị quyết liên tịch',
  'Thông tư': 'Thông tư liên tịch',
};

/**
 * "NGHỊ QUYẾT" with "LIÊN TỊCH" on the next line (a heading broken in two by the layout) is
 * one heading, "Nghị quyết liên tịch"; it ends on the second line, whose rest is the title.
 */
function joinJointHeading(lines: string[], heading: KindHeading, zoneMax: number): KindHeading {
  const joint = JOINT_KINDS[heading.kind];
  if (!joint || heading.rest) return heading;
  let next = heading.line + 1;
  while (next < zoneMax && !clean(lines[next] ?? '')) next++;
  const m = /^LIÊN TỊCH(?:\s+(.*))?$/u.exec(clean(lines[next] ?? ''));
  if (!m) return heading;
  return { kind: joint, rest: m[1] ?? '', line: next };
}

/** Without a heading: the zone ends at the body's opening, or after the Kính gửi block. */
function findLetterZoneEnd(lines: string[], first: number, zoneMax: number, kinhGui: number): number {
  let i = first;
  for (; i < zoneMax; i++) {
    const l = lines[i] ?? '';
    if (i > first && startsWithBodyOpening(l)) break;
    if (kinhGui >= 0 && i > kinhGui && isBodyLineAfterKinhGui(l)) break;
  }
  return i;
}

/** A line under "Kính gửi" that is prose, not another addressee item. */
function isBodyLineAfterKinhGui(l: string): boolean {
  return (
    Boolean(clean(l)) && !/^\s*[-|]/.test(l) && !/Kính\s+gửi/u.test(l) && pieces(l).length === 1 && !/^\s{10,}/.test(l)
  );
}
