/**
 * The incremental build is never stale: an archive A is built in full, changed into B (a new
 * plan implementing a much-implemented directive, that directive's title changed, a document
 * deleted, another's body changed), built again incrementally over A's output, and compared
 * file by file with a full build of B, itself compared with a one-process full build. All builds
 * run scripts/build.ts (pages, sitemap, manifest, search index).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateArchive } from '../../scripts/bench/gen.ts';
import { ROOT } from '../helpers/build.ts';
import { listFiles } from '../../src/build/merge.ts';
import { NUMBER_INDEX_DIR } from '../../src/search/contract.ts';

/** Three builds of a small archive on a shared machine. */
const BUILDS_TIMEOUT = 600_000;
const OLD_TITLE = 'Về xây dựng xã hội học tập XYZCŨ';
const NEW_TITLE = 'Về học tập suốt đời QWEMỚI';
const BODY_SENTENCE = 'Một câu mới ZXCTHÊM được thêm vào nội dung.';

interface Run {
  status: number | null;
  output: string;
}

/** Run `npm run build`'s driver on a content folder into `out`, with caches under `work`. */
function build(content: string, out: string, work: string, args: string[] = []): Run {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts'), '--out', out, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: content,
      ASTRO_CACHE_DIR: path.join(work, 'astro-cache'),
      SEARCH_CACHE_DIR: path.join(work, 'search-cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** The numbers a document file cites. */
const citedNumbers = (text: string) => [...text.matchAll(/^ {2}- number: (.+)$/gm)].map((m) => m[1]!.trim());
const ownNumber = (text: string) => /^number: (.+)$/m.exec(text)?.[1]?.trim() ?? '';

/** Files of two folders whose bytes differ, or that only one has. */
function differences(a: string, b: string): string[] {
  const left = listFiles(a);
  const right = listFiles(b);
  const all = [...new Set([...left, ...right])].sort();
  return all.filter(
    (f) =>
      !existsSync(path.join(a, f)) ||
      !existsSync(path.join(b, f)) ||
      !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))),
  );
}

/** HTML pages of a built site whose text contains `needle`. */
const pagesWith = (dist: string, needle: string) =>
  listFiles(dist).filter((f) => f.endsWith('.html') && readFileSync(path.join(dist, f), 'utf8').includes(needle));

describe('an incremental build after adding, retitling and deleting documents', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'luu-tru-incremental-'));
  const content = path.join(work, 'content');
  const incremental = path.join(work, 'dist');
  const full = path.join(work, 'dist-full');
  let beforeA: string;
  let deleted: { file: string; number: string };
  let edited: string;
  const single = path.join(work, 'dist-single');
  let runs: { a: Run; b: Run; full: Run; single: Run };

  beforeAll(() => {
    generateArchive(40, content, 1);
    const directive = path.join(content, '2008/000000.md');
    writeFileSync(directive, readFileSync(directive, 'utf8').replace(/^title: .*$/m, `title: ${OLD_TITLE}`));
    const a = build(content, incremental, work);
    beforeA = path.join(work, 'dist-a');
    cpSync(incremental, beforeA, { recursive: true });
    // B: the directive retitled, a new plan implementing it, an uncited document deleted.
    writeFileSync(directive, readFileSync(directive, 'utf8').replace(`title: ${OLD_TITLE}`, `title: ${NEW_TITLE}`));
    const files = readdirSync(content, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.md'))
      .sort();
    const texts = new Map(files.map((f) => [f, readFileSync(path.join(content, f), 'utf8')]));
    const cited = new Set([...texts.values()].flatMap(citedNumbers));
    const plan = files.find((f) => texts.get(f)!.includes('  - number: 15/NQ-CP'))!;
    writeFileSync(
      path.join(content, path.dirname(plan), '000999.md'),
      texts
        .get(plan)!
        .replace(/^number: .*$/m, 'number: 999/KH-LĐLĐ')
        .replace(/^date: .*$/m, "date: '2012-03-04'"),
    );
    const leaf = files.filter((f) => f !== plan && !cited.has(ownNumber(texts.get(f)!))).at(-1)!;
    deleted = { file: leaf, number: ownNumber(texts.get(leaf)!) };
    rmSync(path.join(content, leaf));
    // A body changed, its frontmatter not: the page shows the new sentence.
    edited = files.find((f) => f !== plan && f !== leaf && f !== '2008/000000.md')!;
    writeFileSync(path.join(content, edited), `${texts.get(edited)!.trimEnd()}\n\n${BODY_SENTENCE}\n`);
    const b = build(content, incremental, work);
    runs = {
      a,
      b,
      full: build(content, full, path.join(work, 'full-caches'), ['--full', '--jobs', '2']),
      single: build(content, single, path.join(work, 'single-caches'), ['--full', '--jobs', '1']),
    };
  }, BUILDS_TIMEOUT);

  it('builds A in full, B incrementally and B in full without errors', () => {
    const all = [runs.a, runs.b, runs.full, runs.single];
    expect(
      all.map((r) => r.status),
      all.map((r) => r.output).join('\n'),
    ).toEqual([0, 0, 0, 0]);
    expect(runs.a.output).toContain('Cách dựng: toàn bộ (chưa có bản dựng trước)');
    expect(runs.b.output).toContain('Cách dựng: tăng dần');
  });

  it('writes the same files, byte for byte, as a full build of B', () => {
    expect(differences(incremental, full)).toEqual([]);
  });

  it('writes the same files in two processes side by side as in one plain Astro build', () => {
    expect(differences(full, single)).toEqual([]);
  });

  it('keeps the pages whose inputs did not change instead of rendering them again', () => {
    const kept = Number(/Giữ nguyên (\d+) trang/.exec(runs.b.output)?.[1] ?? 0);
    expect(kept).toBeGreaterThan(0);
  });

  it('renders again the page of a document whose body alone changed', () => {
    expect(pagesWith(beforeA, 'ZXCTHÊM')).toEqual([]);
    expect(pagesWith(incremental, 'ZXCTHÊM')).toHaveLength(1);
    expect(runs.b.output).toMatch(/\d+ có dữ liệu đổi/);
    expect(edited).toMatch(/\.md$/);
  });

  it('changes every page that showed the retitled directive', () => {
    // Every page of A that showed the old title, but the deleted document's.
    const showed = pagesWith(beforeA, OLD_TITLE).filter((f) => existsSync(path.join(full, f)));
    expect(showed.length).toBeGreaterThan(1);
    expect(pagesWith(incremental, OLD_TITLE)).toEqual([]);
    expect(pagesWith(incremental, NEW_TITLE)).toEqual(expect.arrayContaining(showed));
  });

  it("removes a deleted document's page, list entries and search records", () => {
    const record = JSON.parse(readFileSync(path.join(beforeA, 'tim-kiem/ban-ghi.json'), 'utf8')) as Array<{
      url: string;
      meta: { number?: string };
    }>;
    const url = record.find((r) => r.meta.number === deleted.number)!.url;
    expect(existsSync(path.join(beforeA, url, 'index.html'))).toBe(true);
    expect(existsSync(path.join(incremental, url, 'index.html'))).toBe(false);
    expect(existsSync(path.join(incremental, url))).toBe(false);
    expect(pagesWith(incremental, `/${url}"`)).toEqual([]);
    expect(readFileSync(path.join(incremental, 'tim-kiem/ban-ghi.json'), 'utf8')).not.toContain(`"${url}"`);
    expect(readFileSync(path.join(incremental, 'sitemap-0.xml'), 'utf8')).not.toContain(url);
    const numberIndex = listFiles(path.join(incremental, 'pagefind', NUMBER_INDEX_DIR));
    expect(numberIndex.length).toBeGreaterThan(0);
    for (const f of numberIndex)
      expect(readFileSync(path.join(incremental, 'pagefind', NUMBER_INDEX_DIR, f), 'utf8')).not.toContain(url);
  });
});
