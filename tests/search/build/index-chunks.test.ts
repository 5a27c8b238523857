import { describe, expect, it } from 'vitest';
import {
  type ChunkWord,
  compareKeys,
  encodeChunk,
  encodeMeta,
  readChunk,
  readMeta,
  runBounds,
  shortestStart,
  SIGNATURE,
  splitWords,
} from '../../../src/search/build/index-chunks.ts';

/** CBOR of a few kinds, written by hand (RFC 8949), to build inputs independently of the module. */
const cbor = {
  head(major: number, n: number): number[] {
    if (n < 24) return [(major << 5) | n];
    if (n < 0x100) return [(major << 5) | 24, n];
    if (n < 0x10000) return [(major << 5) | 25, n >> 8, n & 0xff];
    return [(major << 5) | 26, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
  },
  uint: (n: number) => cbor.head(0, n),
  neg: (n: number) => cbor.head(1, -1 - n),
  text(s: string): number[] {
    const b = [...new TextEncoder().encode(s)];
    return [...cbor.head(3, b.length), ...b];
  },
  bytes: (b: number[]) => [...cbor.head(2, b.length), ...b],
  array: (items: number[][]) => [...cbor.head(4, items.length), ...items.flat()],
  /** An indefinite-length array. */
  stream: (items: number[][]) => [0x9f, ...items.flat(), 0xff],
  map: (pairs: [number[], number[]][]) => [...cbor.head(5, pairs.length), ...pairs.flat(2)],
};

const file = (item: number[]) => new Uint8Array([...SIGNATURE, ...item]);

/** A word as Pagefind writes it: key, pages (page number, locations), variants. */
function word(key: string, pages: number[][] = [[1, 3, 9]]): number[] {
  return cbor.array([
    cbor.text(key),
    cbor.array(pages.map(([page, ...locs]) => cbor.array([cbor.uint(page!), cbor.array(locs.map(cbor.uint))]))),
    cbor.array([cbor.array([cbor.text(`${key}́`), cbor.array([])])]),
  ]);
}

/** A chunk word of `size` raw bytes, for cutting. */
const sized = (key: string, size: number): ChunkWord => ({ key, raw: new Uint8Array(size) });

describe('readChunk and encodeChunk', () => {
  it('reads the keys and raw bytes of the words, and writes them back byte for byte', () => {
    const words = [
      word('cong'),
      word('conphu', [
        [1, 2],
        [300, 70000, 5],
      ]),
      word('đơn'),
    ];
    const bytes = file(cbor.array([cbor.array(words)]));
    const read = readChunk(bytes);
    expect(read.map((w) => w.key)).toEqual(['cong', 'conphu', 'đơn']);
    expect(read.map((w) => [...w.raw])).toEqual(words);
    expect([...encodeChunk(read)]).toEqual([...bytes]);
  });

  it('keeps a word of any item kinds whole: negative numbers, bytes, maps, indefinite arrays, tags, floats', () => {
    const odd = cbor.array([
      cbor.text('x'),
      cbor.stream([cbor.neg(-5), cbor.bytes([1, 2, 3]), cbor.map([[cbor.text('a'), [0xf5]]])]),
      [0xc1, ...cbor.uint(7)],
      [0xfb, 0, 0, 0, 0, 0, 0, 0, 0],
      [0xf9, 0x3c, 0x00],
    ]);
    const read = readChunk(file(cbor.array([cbor.array([odd, word('y')])])));
    expect(read.map((w) => w.key)).toEqual(['x', 'y']);
    expect([...read[0]!.raw]).toEqual(odd);
  });

  it('writes the long array heads of a chunk of many words', () => {
    const words = Array.from({ length: 300 }, (_, i) => word(`w${String(i).padStart(3, '0')}`));
    const read = readChunk(encodeChunk(readChunk(file(cbor.array([cbor.array(words)])))));
    expect(read).toHaveLength(300);
    expect(read[299]!.key).toBe('w299');
  });

  it('refuses input of another shape, saying what is wrong', () => {
    expect(() => readChunk(new Uint8Array([1, 2, 3]))).toThrow('pagefind_dcd');
    expect(() => readChunk(file(cbor.array([])))).toThrow('đúng một mục');
    expect(() => readChunk(file(cbor.array([cbor.array([cbor.array([cbor.uint(1)])])])))).toThrow('cần một chuỗi');
    // Cut short, and followed by more bytes.
    const whole = file(cbor.array([cbor.array([word('a')])]));
    expect(() => readChunk(whole.subarray(0, whole.length - 2))).toThrow('hết dữ liệu');
    expect(() => readChunk(new Uint8Array([...whole, 0]))).toThrow('còn dữ liệu');
    // A word whose text is not UTF-8.
    expect(() => readChunk(file(cbor.array([cbor.array([cbor.array([[0x62, 0xff, 0xfe]])])])))).toThrow();
  });
});

describe('readMeta and encodeMeta', () => {
  const pages = cbor.array([cbor.array([cbor.text('vi_1'), cbor.uint(120)])]);
  const chunk = (from: string, to: string, hash: string) =>
    cbor.array([cbor.text(from), cbor.text(to), cbor.text(hash)]);
  const rest = [cbor.array([]), cbor.array([cbor.array([cbor.text('date'), cbor.array([cbor.uint(3)])])]), [0xf6]];
  const meta = file(
    cbor.array([
      cbor.text('1.6.0'),
      pages,
      cbor.array([chunk('a', 'ho', 'vi_a1'), chunk('hu', 'y', 'vi_b2')]),
      ...rest,
    ]),
  );

  it('reads the chunk list and replaces it, leaving every other item as it was', () => {
    const read = readMeta(meta);
    expect(read.chunks).toEqual([
      { from: 'a', to: 'ho', hash: 'vi_a1' },
      { from: 'hu', to: 'y', hash: 'vi_b2' },
    ]);
    expect([...encodeMeta(read, read.chunks)]).toEqual([...meta]);
    const three = [...read.chunks, { from: 'z', to: 'đuong', hash: 'vi_c3' }];
    const again = readMeta(encodeMeta(read, three));
    expect(again.chunks).toEqual(three);
    expect(again.items.map((item, i) => (i === 2 ? null : [...item]))).toEqual(
      read.items.map((item, i) => (i === 2 ? null : [...item])),
    );
  });

  it('refuses metadata without a chunk list of three texts each', () => {
    expect(() => readMeta(file(cbor.array([cbor.text('1.6.0'), pages])))).toThrow('thiếu danh sách khối');
    expect(() =>
      readMeta(file(cbor.array([cbor.text('1'), pages, cbor.array([cbor.array([cbor.text('a')])])]))),
    ).toThrow('ba mục');
  });
});

describe('splitWords', () => {
  it('cuts runs of at most the limit, in order, a larger word alone', () => {
    const words = [sized('a', 10), sized('b', 10), sized('c', 30), sized('d', 5), sized('e', 15), sized('f', 1)];
    expect(splitWords(words, 20).map((run) => run.map((w) => w.key).join(''))).toEqual(['ab', 'c', 'de', 'f']);
    expect(splitWords(words, 1000)).toHaveLength(1);
    expect(splitWords(words, 1).flat()).toEqual(words);
    expect(splitWords([], 20)).toEqual([]);
  });
});

describe('shortestStart and compareKeys', () => {
  it('cuts a key to its first letter not shared with the other key, by letters', () => {
    expect(shortestStart('conphu', 'cong')).toBe('conp');
    expect(shortestStart('duong', 'dut')).toBe('duo');
    expect(shortestStart('đơn', 'đông')).toBe('đơ');
    expect(shortestStart('nhan01', 'nhan')).toBe('nhan0');
    expect(shortestStart('du', 'dua')).toBe('du');
    expect(shortestStart('a😀b', 'a😀c')).toBe('a😀b');
    expect(shortestStart('x', '')).toBe('x');
  });

  it('orders keys by code points, as Rust orders strings (not by UTF-16 units)', () => {
    expect(compareKeys('a', 'b')).toBeLessThan(0);
    expect(compareKeys('ab', 'a')).toBeGreaterThan(0);
    expect(compareKeys('đ', 'z')).toBeGreaterThan(0);
    expect(compareKeys('\uffff', '😀')).toBeLessThan(0);
    expect(compareKeys('x', 'x')).toBe(0);
  });
});

describe('runBounds', () => {
  const runs = (...keys: string[][]) => keys.map((run) => run.map((k) => sized(k, 1)));

  it("writes Pagefind's bounds: cut against the neighbours, whole at both ends", () => {
    expect(runBounds(runs(['0', 'cong'], ['conphu', 'duong'], ['dut', 'giai'], ['nhan01', 'đuong']))).toEqual([
      { from: '0', to: 'cong' },
      { from: 'conp', to: 'duo' },
      { from: 'dut', to: 'g' },
      { from: 'n', to: 'đuong' },
    ]);
  });

  it('keeps the last key whole when cut short it would sort before the first bound', () => {
    // "hoat" against "hoc" is "hoa", before "hoac"; "hop" against "hu" is "ho", before "hoc".
    expect(runBounds(runs(['hoa'], ['hoac', 'hoat'], ['hoc', 'hop'], ['hu']))).toEqual([
      { from: 'hoa', to: 'hoa' },
      { from: 'hoac', to: 'hoat' },
      { from: 'hoc', to: 'hop' },
      { from: 'hu', to: 'hu' },
    ]);
  });

  it('gives one run its whole keys', () => {
    expect(runBounds(runs(['an', 'yen']))).toEqual([{ from: 'an', to: 'yen' }]);
  });
});
