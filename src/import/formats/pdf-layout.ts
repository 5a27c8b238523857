/**
 * Lay out the text items of a PDF page in reading order, from their positions alone (pure):
 * items on one baseline make a line; a wide gap splits a line into segments; a run of lines
 * of one or two segments split at the same place (the two-column header, the signature block)
 * is read column by column; other lines that run to the right margin are re-joined into
 * paragraphs. Running heads and page numbers stay as their own lines for the importer.
 */

/** A run of text in page units, in reading space: x along the text, y (baseline) down the lines. */
export interface TextRun {
  x: number;
  y: number;
  width: number;
  size: number;
  text: string;
}

interface Segment {
  x0: number;
  x1: number;
  text: string;
}
interface Line {
  y: number;
  size: number;
  segments: Segment[];
}

/** A gap wider than this many font sizes splits a line into two segments (columns). */
const COLUMN_GAP = 1.8;
/** A gap wider than this many font sizes between two items is a space. */
const SPACE_GAP = 0.18;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)]!;
}

function appendRun(segment: Segment, run: TextRun, size: number): void {
  const gap = run.x - segment.x1;
  const needsSpace = gap > SPACE_GAP * size && !/\s$/.test(segment.text) && !/^\s/.test(run.text);
  segment.text += (needsSpace ? ' ' : '') + run.text;
  segment.x1 = Math.max(segment.x1, run.x + run.width);
}

/** Group runs into lines (by baseline) and lines into segments (by wide gaps). */
export function groupLines(runs: TextRun[]): Line[] {
  const sorted = runs.filter((r) => r.text.trim() !== '').sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: TextRun[][] = [];
  for (const run of sorted) {
    const row = rows[rows.length - 1];
    const size = row ? Math.max(run.size, median(row.map((r) => r.size))) : run.size;
    if (row && Math.abs(run.y - row[0]!.y) <= 0.5 * size) row.push(run);
    else rows.push([run]);
  }
  return rows.map((row) => {
    const size = median(row.map((r) => r.size)) || 10;
    const segments: Segment[] = [];
    for (const run of row.sort((a, b) => a.x - b.x)) {
      const last = segments[segments.length - 1];
      if (last && run.x - last.x1 <= COLUMN_GAP * size) appendRun(last, run, size);
      else segments.push({ x0: run.x, x1: run.x + run.width, text: run.text });
    }
    for (const s of segments) s.text = s.text.replace(/\s+/g, ' ').trim();
    return { y: row[0]!.y, size, segments };
  });
}

/** Where a line of several segments splits into two columns: halfway across its widest gap. */
function splitAt(line: Line): number {
  let best = 0;
  for (let i = 1; i < line.segments.length; i++) {
    if (line.segments[i]!.x0 - line.segments[i - 1]!.x1 > line.segments[best + 1]!.x0 - line.segments[best]!.x1)
      best = i - 1;
  }
  return (line.segments[best]!.x1 + line.segments[best + 1]!.x0) / 2;
}

function fitsColumns(line: Line, boundary: number): boolean {
  return line.segments.every((s) => s.x1 <= boundary || s.x0 >= boundary);
}

function spansBoth(line: Line, boundary: number): boolean {
  return line.segments[0]!.x1 <= boundary && line.segments[line.segments.length - 1]!.x0 >= boundary;
}

/** Find the extent [start, end) of a two-column block around the several-segment line at `i`. */
function columnBlock(lines: Line[], i: number, floor: number): { start: number; end: number; boundary: number } {
  const boundary = splitAt(lines[i]!);
  let start = i;
  while (start > floor && fitsColumns(lines[start - 1]!, boundary)) start--;
  let end = i + 1;
  while (end < lines.length && fitsColumns(lines[end]!, boundary)) end++;
  return { start, end, boundary };
}

/** The text of one side of a line: its segments on that side, joined by a space. */
function sideText(line: Line, boundary: number, left: boolean): string {
  return line.segments
    .filter((s) => (left ? s.x1 <= boundary : s.x0 >= boundary))
    .map((s) => s.text)
    .join(' ');
}

function isListStart(text: string): boolean {
  return /^(?:[-–+•*·]|\d+(?:\.\d+)*[.)]|[a-zđ][.)]|[IVXLC]+[.)]|Điều \d|Chương [IVXLC\d]|Mục \d|Phần [IVXLC\d])\s?/u.test(
    text,
  );
}

/** Join a wrapped line to the next: no space after a hyphen glued to a word ("193-" + "CV/ĐU"). */
function joinWrapped(a: string, b: string): string {
  return /[\p{L}\d]-$/u.test(a) ? a + b : `${a} ${b}`;
}

/** Re-join single-segment lines into paragraphs: a line reaching the right margin wraps. */
function paragraphs(lines: Line[], leftEdge: number, rightEdge: number): string[] {
  const center = (leftEdge + rightEdge) / 2;
  const isCentered = (l: Line): boolean =>
    Math.abs((l.segments[0]!.x0 + l.segments[l.segments.length - 1]!.x1) / 2 - center) < 2 * l.size &&
    l.segments[0]!.x0 > leftEdge + 2 * l.size;
  const isUpper = (t: string): boolean => t === t.toUpperCase();
  const out: string[] = [];
  let current: string | null = null;
  let prev: Line | null = null;
  for (const line of lines) {
    const text = line.segments.map((s) => s.text).join(' ');
    const wrapped =
      prev !== null &&
      (prev.segments[prev.segments.length - 1]!.x1 >= rightEdge - 2 * prev.size ||
        // A centred title set on two lines (same size and case, tight spacing) is one paragraph.
        (isCentered(prev) &&
          isCentered(line) &&
          line.y - prev.y <= 1.5 * prev.size &&
          isUpper(current ?? '') === isUpper(text)));
    const continues =
      prev !== null &&
      current !== null &&
      wrapped &&
      line.y - prev.y <= 1.8 * Math.max(prev.size, line.size) &&
      Math.abs(line.size - prev.size) <= 0.2 * prev.size &&
      !isListStart(text);
    if (continues) current = joinWrapped(current!, text);
    else {
      if (current !== null) out.push(current, '');
      current = text;
    }
    prev = line;
  }
  if (current !== null) out.push(current, '');
  return out;
}

/**
 * The right margin: the furthest line end shared by at least three lines (justified text ends
 * there), so a stamp or a wide table sticking out does not move it; the furthest end otherwise.
 */
function marginOf(lines: Line[]): number {
  const ends = lines.map((l) => ({ x: l.segments[l.segments.length - 1]!.x1, size: l.size })).sort((a, b) => b.x - a.x);
  const shared = ends.find((e) => ends.filter((o) => Math.abs(o.x - e.x) <= e.size).length >= Math.min(3, ends.length));
  return (shared ?? ends[0])?.x ?? 0;
}

/**
 * Lay out one page's runs as text lines (paragraphs and blank lines).
 * @example layoutPage([{ x: 90, y: 80, width: 100, size: 13, text: 'ỦY BAN NHÂN DÂN' }, { x: 300, y: 80, width: 200, size: 13, text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }]) // ['ỦY BAN NHÂN DÂN', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '']
 */
export function layoutPage(runs: TextRun[]): string[] {
  const lines = groupLines(runs);
  const rightEdge = marginOf(lines);
  const leftEdge = Math.min(rightEdge, ...lines.map((l) => l.segments[0]!.x0));
  const out: string[] = [];
  let flowStart = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.segments.length < 2 || lines[i]!.segments.length > 4) continue;
    const block = columnBlock(lines, i, flowStart);
    const inBlock = lines.slice(block.start, block.end);
    if (inBlock.filter((l) => spansBoth(l, block.boundary)).length < 2) continue;
    out.push(...paragraphs(lines.slice(flowStart, block.start), leftEdge, rightEdge));
    for (const left of [true, false]) {
      const texts = inBlock.map((l) => sideText(l, block.boundary, left)).filter((t) => t !== '');
      if (texts.length > 0) out.push(...texts, '');
    }
    flowStart = block.end;
    i = block.end - 1;
  }
  out.push(...paragraphs(lines.slice(flowStart), leftEdge, rightEdge));
  return out;
}

/**
 * Whether a page's extracted text is usable: enough characters, and few that are replacement,
 * private-use or control characters (a font without a Unicode map yields those).
 * @example isUsableText('Ủy ban nhân dân xã Nghĩa Lâm ban hành quyết định') // true
 */
export function isUsableText(text: string): boolean {
  const chars = text.replace(/\s+/g, '');
  // Code points, not UTF-16 units: a character outside the BMP counts once.
  const count = chars.length - (chars.match(/[\uD800-\uDBFF]/g)?.length ?? 0);
  if (count < 30) return false;
  const bad = chars.match(/[\uFFFD\uE000-\uF8FF\p{Cc}]|[^\p{Script=Latin}\p{N}\p{P}\p{S}\p{M}]/gu)?.length ?? 0;
  return bad / count < 0.1;
}
