/**
 * Pagefind's index chunks cut finer, so that a query word reads few bytes.
 *
 * Pagefind splits a shard's word index into chunks of about 56 KB each (30 KB gzip), and a
 * query word loads the chunk whose bounds take it. Vietnamese words are
 * short and few, and Pagefind keys them without diacritics, so a chunk holds a handful of
 * keys, often one very common one ("phong" for phòng, phong, phóng…): a rare word such as
 * "phồn" read the 34 KB chunk it shares with "phong", and then matched every page holding
 * "phòng" as a longer word starting with "phon". Cut at word boundaries into chunks of at
 * most `limit` raw bytes, a rare word reads a chunk of a few KB; a common word keeps a chunk
 * of its own, as large as its own postings.
 *
 * Pagefind's files are gzip of a signature and CBOR (Pagefind 1.6):
 * - a chunk: `[[word, …]]`, each word an array whose first item is its key;
 * - the metadata: `[version, pages, chunks, …]`, each chunk `[from, to, hash]`: the bounds of
 *   the keys in the chunk file `index/<hash>.pf_index` (its first and last keys cut short, see
 *   runBounds).
 * Words are copied as their raw bytes: nothing of a word is decoded but its key, so what
 * Pagefind reads back is what it wrote. Input of another shape throws, and the caller leaves
 * the shard as Pagefind wrote it.
 *
 * Pure: bytes in, bytes out.
 */

/** Pagefind's entry file in a shard folder: its version, and each language's metadata hash. */
export const ENTRY_FILE = 'pagefind-entry.json';

/** What Pagefind writes before the CBOR of each file (after gzip). */
export const SIGNATURE = new TextEncoder().encode('pagefind_dcd');

/** One word of a chunk: its key and its raw CBOR item. */
export interface ChunkWord {
  key: string;
  raw: Uint8Array;
}

/** A chunk of the metadata: first and last keys, and the file's hash. */
export interface ChunkRef {
  from: string;
  to: string;
  hash: string;
}

/** The metadata: its raw items, with the chunk list read. */
export interface Meta {
  items: Uint8Array[];
  chunks: ChunkRef[];
}

/** The index of the chunk list among the metadata's items. */
const CHUNKS_ITEM = 2;

const ARRAY = 4;
const TEXT = 3;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A reader of CBOR items in one buffer. */
class Cursor {
  at = 0;
  readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  private fail(what: string): never {
    throw new Error(`CBOR không đúng dạng của Pagefind ở byte ${this.at}: ${what}`);
  }

  /** Major type and argument of the next head (argument -1: indefinite length). */
  head(): [number, number] {
    const b = this.bytes[this.at++];
    if (b === undefined) this.fail('hết dữ liệu');
    const major = b >> 5;
    const info = b & 31;
    if (info < 24) return [major, info];
    if (info === 31) return [major, -1];
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : this.fail(`đầu mục ${b}`);
    if (this.at + size > this.bytes.length) this.fail('hết dữ liệu');
    let n = 0;
    for (let i = 0; i < size; i++) n = n * 256 + this.bytes[this.at++]!;
    return [major, n];
  }

  /** Skip one whole item. */
  skip(): void {
    const [major, n] = this.head();
    if (major === 0 || major === 1) return;
    if (major === 7) {
      if (n === -1) this.fail('dấu ngắt lạc chỗ');
      return;
    }
    if (major === 6) return this.skip();
    if (n === -1) {
      while (this.bytes[this.at] !== 0xff) {
        if (this.at >= this.bytes.length) this.fail('hết dữ liệu');
        this.skip();
        if (major === 5) this.skip();
      }
      this.at++;
      return;
    }
    if (major === 2 || major === TEXT) {
      this.at += n;
      if (this.at > this.bytes.length) this.fail('hết dữ liệu');
      return;
    }
    for (let i = 0; i < n * (major === 5 ? 2 : 1); i++) this.skip();
  }

  /** The raw bytes of the next item. */
  item(): Uint8Array {
    const start = this.at;
    this.skip();
    return this.bytes.subarray(start, this.at);
  }

  /** The length of the array that starts here (definite only). */
  array(): number {
    const [major, n] = this.head();
    if (major !== ARRAY || n < 0) this.fail('cần một mảng có độ dài');
    return n;
  }

  /** The text string that starts here. */
  text(): string {
    const [major, n] = this.head();
    if (major !== TEXT || n < 0) this.fail('cần một chuỗi');
    if (this.at + n > this.bytes.length) this.fail('hết dữ liệu');
    const s = UTF8.decode(this.bytes.subarray(this.at, this.at + n));
    this.at += n;
    return s;
  }

  /** Throw unless every byte was read. */
  end(): void {
    if (this.at !== this.bytes.length) this.fail('còn dữ liệu sau mục cuối');
  }
}

/** The bytes after the signature; throws without it. */
function body(bytes: Uint8Array): Uint8Array {
  if (bytes.length < SIGNATURE.length || SIGNATURE.some((b, i) => bytes[i] !== b)) {
    throw new Error('thiếu chữ ký "pagefind_dcd" của Pagefind');
  }
  return bytes.subarray(SIGNATURE.length);
}

/** A CBOR head of `major` with argument `n`. */
function head(major: number, n: number): Uint8Array {
  const top = major << 5;
  if (n < 24) return Uint8Array.of(top | n);
  if (n < 0x100) return Uint8Array.of(top | 24, n);
  if (n < 0x10000) return Uint8Array.of(top | 25, n >> 8, n & 0xff);
  return Uint8Array.of(top | 26, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
}

/** The parts one after the other. */
function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function textItem(s: string): Uint8Array {
  const bytes = new TextEncoder().encode(s);
  return concat([head(TEXT, bytes.length), bytes]);
}

/**
 * The words of a chunk file's content (gunzipped), in their order.
 * @example readChunk(encodeChunk([w])) // [w], the same key and bytes
 */
export function readChunk(bytes: Uint8Array): ChunkWord[] {
  const c = new Cursor(body(bytes));
  if (c.array() !== 1) throw new Error('một khối chỉ mục phải có đúng một mục');
  const words: ChunkWord[] = [];
  for (let n = c.array(); n > 0; n--) {
    const start = c.at;
    if (c.array() < 1) throw new Error('một từ phải có khóa');
    const key = c.text();
    c.at = start;
    words.push({ key, raw: c.item() });
  }
  c.end();
  return words;
}

/** A chunk file's content (before gzip) holding `words`. */
export function encodeChunk(words: ChunkWord[]): Uint8Array {
  return concat([SIGNATURE, head(ARRAY, 1), head(ARRAY, words.length), ...words.map((w) => w.raw)]);
}

/**
 * The words cut into runs of at most `limit` raw bytes, in order; a word larger than `limit`
 * is a run of its own.
 * @example splitWords([a(10), b(10), c(30), d(5)], 20).map(r => r.length) // [2, 1, 1]
 */
export function splitWords(words: ChunkWord[], limit: number): ChunkWord[][] {
  const runs: ChunkWord[][] = [];
  let run: ChunkWord[] = [];
  let size = 0;
  for (const word of words) {
    if (run.length > 0 && size + word.raw.length > limit) {
      runs.push(run);
      run = [];
      size = 0;
    }
    run.push(word);
    size += word.raw.length;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * The shortest start of `key` that is not a start of `other`: how Pagefind writes a chunk's
 * bounds, the first key against the previous chunk's last and the last key against the next
 * chunk's first.
 * @example shortestStart('conphu', 'cong') === 'conp'
 */
export function shortestStart(key: string, other: string): string {
  const chars = [...key];
  const others = [...other];
  let n = 0;
  while (n < chars.length && chars[n] === others[n]) n++;
  return chars.slice(0, Math.min(n + 1, chars.length)).join('');
}

/** Order of two strings by code points, as Pagefind (Rust) orders its keys. */
export function compareKeys(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/**
 * The bounds of consecutive runs of words, as Pagefind writes them for its own chunks: the
 * first key cut short against the previous run's last key, the last key against the next
 * run's first, whole at the two ends of the list, and whole when cut short it would sort
 * before the run's first bound. A query word loads the chunks whose bounds take it.
 * @example runBounds([[w('cong')], [w('conphu'), w('cua')], [w('cuc')]]) // [{from: 'cong', to: 'cong'}, {from: 'conp', to: 'cua'}, {from: 'cuc', to: 'cuc'}]
 */
export function runBounds(runs: ChunkWord[][]): { from: string; to: string }[] {
  return runs.map((run, i) => {
    const first = run[0]!.key;
    const last = run.at(-1)!.key;
    const before = runs[i - 1]?.at(-1)?.key;
    const after = runs[i + 1]?.[0]?.key;
    const from = before === undefined ? first : shortestStart(first, before);
    const cut = after === undefined ? last : shortestStart(last, after);
    return { from, to: compareKeys(cut, from) < 0 ? last : cut };
  });
}

/** The metadata file's content (gunzipped), with its chunk list read. */
export function readMeta(bytes: Uint8Array): Meta {
  const c = new Cursor(body(bytes));
  const items: Uint8Array[] = [];
  for (let n = c.array(); n > 0; n--) items.push(c.item());
  c.end();
  if (items.length <= CHUNKS_ITEM) throw new Error('siêu dữ liệu thiếu danh sách khối');
  const list = new Cursor(items[CHUNKS_ITEM]!);
  const chunks: ChunkRef[] = [];
  for (let n = list.array(); n > 0; n--) {
    if (list.array() !== 3) throw new Error('mỗi khối phải có đúng ba mục');
    chunks.push({ from: list.text(), to: list.text(), hash: list.text() });
  }
  list.end();
  return { items, chunks };
}

/** The metadata's content (before gzip) with its chunk list replaced by `chunks`. */
export function encodeMeta(meta: Meta, chunks: ChunkRef[]): Uint8Array {
  const list = concat([
    head(ARRAY, chunks.length),
    ...chunks.flatMap((c) => [head(ARRAY, 3), textItem(c.from), textItem(c.to), textItem(c.hash)]),
  ]);
  const items = meta.items.map((item, i) => (i === CHUNKS_ITEM ? list : item));
  return concat([SIGNATURE, head(ARRAY, items.length), ...items]);
}
