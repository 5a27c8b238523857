/**
 * Index chunks cut finer, on Pagefind's own output: the installed Pagefind's program indexes a
 * generated site, its bounds are the ones runBounds writes, and the cut keeps every word.
 * The test fails when a new Pagefind writes its index in another shape.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChunk, readMeta, runBounds, type ChunkWord } from '../../../src/search/build/index-chunks.ts';
import { applyCut, planCut, runPagefind } from '../../../src/search/build/pagefind-run.ts';

const work = mkdtempSync(path.join(tmpdir(), 'pagefind-run-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fixed-seed generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Syllables of many spellings: initials, vowels with tones, finals; a few common ones. */
function syllables(next: () => number, n: number): string[] {
  const initials = [
    '',
    'b',
    'c',
    'ch',
    'd',
    'đ',
    'g',
    'gi',
    'h',
    'kh',
    'l',
    'm',
    'n',
    'ng',
    'nh',
    'ph',
    'qu',
    't',
    'th',
    'tr',
    'v',
    'x',
  ];
  const vowels = [
    'a',
    'á',
    'à',
    'ả',
    'ã',
    'ạ',
    'ă',
    'â',
    'ấ',
    'e',
    'ê',
    'ế',
    'i',
    'o',
    'ô',
    'ồ',
    'ơ',
    'ờ',
    'u',
    'ư',
    'ứ',
    'y',
    'ươ',
    'uyê',
  ];
  const finals = ['', '', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't', 'i', 'o'];
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: n }, () => pick(initials) + pick(vowels) + pick(finals));
}

/** Every word of a shard folder, in chunk order, with the metadata. */
function wordsOf(dir: string) {
  const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const hash = Object.values(entry.languages)[0]!.hash;
  const meta = readMeta(gunzipSync(readFileSync(path.join(dir, `pagefind.${hash}.pf_meta`))));
  const runs = meta.chunks.map((c) =>
    readChunk(gunzipSync(readFileSync(path.join(dir, 'index', `${c.hash}.pf_index`)))),
  );
  return { meta, runs, hash };
}

const flat = (runs: ChunkWord[][]) => runs.flat().map((w) => [w.key, Buffer.from(w.raw).toString('hex')]);

describe("index chunks of Pagefind's own output", () => {
  const site = path.join(work, 'site');
  const out = path.join(work, 'out');
  let before: ReturnType<typeof wordsOf>;

  beforeAll(async () => {
    const next = random(42);
    const vocabulary = syllables(next, 1500);
    for (let p = 0; p < 60; p++) {
      const words = Array.from({ length: 600 }, () =>
        next() < 0.3 ? vocabulary[Math.floor(next() * 20)]! : vocabulary[Math.floor(next() * vocabulary.length)]!,
      );
      const file = path.join(site, `van-ban/${p}/index.html`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(
        file,
        `<!doctype html><html lang="vi"><body><main data-pagefind-body><h1>Trang ${p}</h1><p>${words.join(' ')}</p></main></body></html>`,
      );
    }
    await runPagefind(site, out, work);
    before = wordsOf(out);
  }, 60_000);

  it("reads Pagefind's chunks, and writes the bounds Pagefind writes", () => {
    expect(before.meta.chunks.length).toBeGreaterThan(3);
    expect(runBounds(before.runs)).toEqual(before.meta.chunks.map(({ from, to }) => ({ from, to })));
  });

  it('cuts the chunks to the limit, keeping every word and its bytes, and renames the metadata', () => {
    const limit = 2048;
    applyCut(planCut(out, limit));
    const after = wordsOf(out);
    expect(after.runs.length).toBeGreaterThan(before.runs.length * 2);
    expect(flat(after.runs)).toEqual(flat(before.runs));
    for (const run of after.runs) {
      if (run.length > 1) expect(run.reduce((n, w) => n + w.raw.length, 0)).toBeLessThanOrEqual(limit);
    }
    expect(after.meta.chunks.map(({ from, to }) => ({ from, to }))).toEqual(runBounds(after.runs));
    // Every other item of the metadata is as Pagefind wrote it.
    expect(after.meta.items.filter((_, i) => i !== 2)).toEqual(before.meta.items.filter((_, i) => i !== 2));
    // Only the new files are left: one per chunk, and the one metadata file the entry names.
    expect(readdirSync(path.join(out, 'index')).sort()).toEqual(
      after.meta.chunks.map((c) => `${c.hash}.pf_index`).sort(),
    );
    expect(readdirSync(out).filter((f) => f.endsWith('.pf_meta'))).toEqual([`pagefind.${after.hash}.pf_meta`]);
    expect(after.hash).not.toBe(before.hash);
  });

  it('refuses a shard whose chunk is not in the expected shape, and changes nothing', () => {
    const dir = path.join(out, 'index');
    const victim = readdirSync(dir)[0]!;
    const files = () => readdirSync(out, { recursive: true }).sort();
    const list = files();
    writeFileSync(path.join(dir, victim), 'not gzip');
    expect(() => planCut(out, 1024)).toThrow();
    expect(files()).toEqual(list);
  });
});
