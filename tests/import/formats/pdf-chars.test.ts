/**
 * From the characters a PDF engine reports to the runs the layout reads: words joined, spaces
 * where the print leaves a gap, the engine's own spaces and line breaks, a line-end hyphen.
 */
import { describe, expect, it } from 'vitest';
import { charRuns, readingMatrix, readingTurn, type PageChar } from '../../../src/import/formats/pdf-chars.ts';
import { layoutPage } from '../../../src/import/formats/pdf-layout.ts';

const SIZE = 13;
const ADVANCE = 6;

/** The characters of `text` set solid from x on baseline y; `gaps` widens the gap before the given indexes. */
function set(text: string, x: number, y: number, gaps: Record<number, number> = {}): PageChar[] {
  const out: PageChar[] = [];
  let pen = x;
  [...text].forEach((ch, i) => {
    pen += gaps[i] ?? 0;
    out.push({ code: ch.codePointAt(0)!, generated: false, x: pen, y, right: pen + ADVANCE, size: SIZE });
    pen += ADVANCE;
  });
  return out;
}
const generated = (code: number, at: PageChar): PageChar => ({ ...at, code, generated: true });

describe('charRuns', () => {
  it('joins characters set solid into one run, with its start, width and size', () => {
    expect(charRuns(set('Số:', 90, 100))).toEqual([{ x: 90, y: 100, width: 18, size: SIZE, text: 'Số:' }]);
  });

  it("keeps the print's own spaces, and adds one where a word gap is printed without a space", () => {
    expect(charRuns(set('Kế hoạch', 90, 100))[0]!.text).toBe('Kế hoạch');
    // "Căn cứQuyết": the words are set apart by a little more than a tenth of the size.
    expect(charRuns(set('Căn cứQuyết', 90, 100, { 6: 2 }))[0]!.text).toBe('Căn cứ Quyết');
    // Kerning (a gap of a twentieth of the size) is not a space.
    expect(charRuns(set('Tự', 90, 100, { 1: 0.6 }))[0]!.text).toBe('Tự');
  });

  it("takes the engine's generated space as a space and its line break as the end of the run", () => {
    const first = set('LẦN THỨ', 90, 100);
    const second = set('VI', 140, 100);
    const line2 = set('Điều 1', 90, 120);
    const chars = [
      ...first,
      generated(32, first.at(-1)!),
      ...second,
      generated(13, second.at(-1)!),
      generated(10, second.at(-1)!),
      ...line2,
    ];
    expect(charRuns(chars).map((r) => r.text)).toEqual(['LẦN THỨ VI', 'Điều 1']);
  });

  it('reads the engine\'s line-end hyphen (U+0002) as "-", so the wrapped number rejoins', () => {
    const end = set('335/2025/NĐ', 90, 100);
    const hyphen: PageChar = { ...end.at(-1)!, code: 2, x: end.at(-1)!.right, right: end.at(-1)!.right + 4 };
    const runs = [...charRuns([...end, hyphen]), ...charRuns(set('CP ngày 21/12/2025', 90, 118))];
    expect(runs.map((r) => r.text)).toEqual(['335/2025/NĐ-', 'CP ngày 21/12/2025']);
    // The layout joins a line ending in a hyphen glued to a word without a space (pdf-layout.ts).
    const wide = runs.map((r, i) => (i === 0 ? { ...r, width: 400 } : r));
    expect(layoutPage([...wide, { x: 90, y: 136, width: 400, size: SIZE, text: 'x'.repeat(60) }])[0]).toBe(
      '335/2025/NĐ-CP ngày 21/12/2025',
    );
  });

  it('starts a new run at a wide gap, another baseline, or a character set back to the left', () => {
    const left = set('ỦY BAN NHÂN DÂN', 90, 80);
    const right = set('CỘNG HÒA', 300, 80);
    const below = set('XÃ NGHĨA LÂM', 110, 96);
    const back = set('6', 150, 96);
    expect(charRuns([...left, ...right, ...below, ...back]).map((r) => [r.x, r.text])).toEqual([
      [90, 'ỦY BAN NHÂN DÂN'],
      [300, 'CỘNG HÒA'],
      [110, 'XÃ NGHĨA LÂM'],
      [150, '6'],
    ]);
  });

  it('drops leading spaces and the "no character" value, and keeps characters outside the BMP', () => {
    const chars = set(' A', 90, 100);
    chars.push({ ...chars[1]!, code: 0xfffe, x: 102, right: 108 }, { ...chars[1]!, code: 0x20000, x: 102, right: 108 });
    expect(charRuns(chars).map((r) => r.text)).toEqual(['A', '\u{20000}']);
  });

  it('gives no runs for no characters', () => {
    expect(charRuns([])).toEqual([]);
  });
});

describe('readingTurn and readingMatrix', () => {
  const [east, north, west, south] = [0, (3 * Math.PI) / 2, Math.PI, Math.PI / 2];

  it('reads a page in the direction most of its characters run (PDFium angles are clockwise)', () => {
    expect(readingTurn([east, east, east, north])).toBe(0);
    expect(readingTurn([north, north, east])).toBe(1);
    expect(readingTurn([west, west])).toBe(2);
    expect(readingTurn([south, south, south, east, east])).toBe(3);
    // A stamp or a seal set at a slant does not turn the page.
    expect(readingTurn([east, east, 0.3, 6.1])).toBe(0);
    expect(readingTurn([])).toBe(0);
  });

  it('turns text running up the page into text running right, its lines going down', () => {
    // + 0 turns a -0 into 0.
    const apply = ([a, b, c, d]: number[], [x, y]: [number, number]) => [a! * x + c! * y + 0, b! * x + d! * y + 0];
    for (const [turn, along, nextLine] of [
      [0, [1, 0], [0, -1]],
      [1, [0, 1], [1, 0]],
      [2, [-1, 0], [0, 1]],
      [3, [0, -1], [-1, 0]],
    ] as Array<[number, [number, number], [number, number]]>) {
      const m = readingMatrix(turn);
      // Along the text: x grows, y stays; to the next line: y grows, x stays.
      expect(apply(m, along), `turn ${turn}`).toEqual([1, 0]);
      expect(apply(m, nextLine), `turn ${turn}`).toEqual([0, 1]);
    }
  });
});
