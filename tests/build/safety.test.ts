/**
 * Regression tests of the build for the hostile review's defects (issue 12), each named after
 * its number there. Bad files are built together: the build must list every one, then fail.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite, writeContent, ROOT, type BuildResult } from '../helpers/build.ts';
import { aliasBomb, codeFrontmatter, documentWith } from '../content/bad-sources.ts';
import { documentSlugBase } from '../../src/archive/identity.ts';

/** A build in a hook may take a minute on a shared machine (Vitest's hook default is 10 s). */
const BUILD_TIMEOUT = 120_000;
const SHA = 'a'.repeat(64);
const LONG_TITLE = `Kế ${'a'.repeat(300)}`;
const withSource = (number: string, sourcePath: string) =>
  documentWith({ number, source: `\n  file: goc.txt\n  path: ${sourcePath}\n  sha256: '${SHA}'` });

/** The lines the build printed about one file. */
const linesAbout = (output: string, file: string) => output.slice(output.indexOf(`- ${file}:`)).split('\n- ')[0];

describe('a build of hostile content', () => {
  const marker = path.join(mkdtempSync(path.join(tmpdir(), 'luu-tru-marker-')), 'pwned.txt');
  let result: BuildResult;

  beforeAll(() => {
    const dir = writeContent({
      'tot.md': documentWith({}),
      'ma-js.md': codeFrontmatter(marker),
      'ma-javascript.md': codeFrontmatter(marker).replace('---js', '---javascript'),
      'bom-bi-danh.md': aliasBomb(30),
      'mat-ban-goc.md': withSource('28/KH-LĐLĐ', 'sources/2024/mat.txt'),
      'trich-yeu-trang.md': documentWith({ number: '31/KH-LĐLĐ', title: "'   '" }),
      'ngay-khong-nhay.md': documentWith({ number: '32/KH-LĐLĐ', date: '2024-02-30' }),
    });
    result = buildSite(dir);
  }, BUILD_TIMEOUT);

  it('lists every bad file, then fails (every per-document failure named)', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/6 tệp văn bản không hợp lệ/);
    const named = [...result.output.matchAll(/^- ([\w-]+\.md):/gm)].map((m) => m[1]);
    expect(named).toEqual([
      'bom-bi-danh.md',
      'ma-javascript.md',
      'ma-js.md',
      'mat-ban-goc.md',
      'ngay-khong-nhay.md',
      'trich-yeu-trang.md',
    ]);
    expect(result.output).not.toMatch(/Stack trace|RangeError|ENAMETOOLONG|ENOENT|Missing parameter/);
  });

  it('#1: never runs the code of a ---js or ---javascript frontmatter, and names the file', () => {
    expect(existsSync(marker)).toBe(false);
    expect(linesAbout(result.output, 'ma-js.md')).toMatch(/phần đầu khai báo ngôn ngữ "js" — chỉ chấp nhận YAML/);
    expect(linesAbout(result.output, 'ma-javascript.md')).toMatch(/ngôn ngữ "javascript"/);
  });

  it('#6: refuses a small alias file that would expand to a gigabyte, naming it', () => {
    expect(linesAbout(result.output, 'bom-bi-danh.md')).toMatch(/bí danh YAML/);
  });

  it('#6: names the document and the path of a missing kept original', () => {
    expect(linesAbout(result.output, 'mat-ban-goc.md')).toMatch(
      /mat-ban-goc\.md: không đọc được bản gốc "sources\/2024\/mat\.txt" \(source\.path\): tệp không có trên đĩa/,
    );
  });

  it('#16: refuses a title of only spaces', () => {
    expect(linesAbout(result.output, 'trich-yeu-trang.md')).toMatch(/title: trích yếu \(title\) không được để trống/);
  });

  it('#17: reports an unquoted 2024-02-30 as written, never suggesting 2024-03-01', () => {
    const lines = linesAbout(result.output, 'ngay-khong-nhay.md');
    expect(lines).toMatch(/date: ngày không hợp lệ: "2024-02-30"/);
    expect(lines).not.toMatch(/2024-03-01/);
  });
});

describe('a build of an archive with an import made inside it', () => {
  let result: BuildResult;
  let outside: string;

  beforeAll(() => {
    outside = writeContent({ 'ngoai.md': documentWith({ number: '99/KH-NGOAI' }) });
    const dir = writeContent({
      '2024/27-kh-ldld.md': withSource('27/KH-LĐLĐ', 'sources/2024/27-kh-ldld.txt'),
      'sources/2024/27-kh-ldld.txt': 'Bản gốc 27',
      // `npm run import -- --out <content>/nhap`: source.path is relative to nhap/.
      'nhap/2024/28-kh-ldld.md': withSource('28/KH-LĐLĐ', 'sources/2024/28-kh-ldld.txt'),
      'nhap/sources/2024/28-kh-ldld.txt': 'Bản gốc 28',
      // A kept original that is itself Markdown, without frontmatter: not a document.
      'nhap/sources/2024/29-kh-ldld.md': '# Bản gốc 29\n',
      // A title with a word of 300 letters (ENAMETOOLONG before): its address segment is capped.
      'tu-qua-dai.md': documentWith({ number: '', title: LONG_TITLE }),
      // Issuers of punctuation only and of 300 characters (refused before): short browse addresses.
      'co-quan-dau-cau.md': documentWith({ number: '33/KH-LĐLĐ', issuer: "'…!!! ---'" }),
      'co-quan-dai.md': documentWith({ number: '34/KH-LĐLĐ', issuer: 'LIÊN ĐOÀN '.repeat(30) }),
    });
    symlinkSync(path.join(outside, 'ngoai.md'), path.join(dir, 'lien-ket.md'));
    result = buildSite(dir);
  }, BUILD_TIMEOUT);

  it("#7: builds, publishing the nested import's original at its place in the content folder", () => {
    expect(result.status, result.output).toBe(0);
    expect(existsSync(path.join(result.outDir, 'nguon/nhap/sources/2024/28-kh-ldld.txt'))).toBe(true);
    expect(existsSync(path.join(result.outDir, 'nguon/sources/2024/27-kh-ldld.txt'))).toBe(true);
    expect(existsSync(path.join(result.outDir, 'van-ban/2024/28-kh-ldld/index.html'))).toBe(true);
  });

  it('#6: builds a title with a word too long for a file name at a capped address (ENAMETOOLONG before)', () => {
    expect(result.status, result.output).toBe(0);
    const slug = documentSlugBase({ number: null, kind: 'Kế hoạch', title: LONG_TITLE }, 2024);
    expect(slug.split('/').map((part) => part.length <= 80)).toEqual([true, true]);
    expect(existsSync(path.join(result.outDir, 'van-ban', slug, 'index.html'))).toBe(true);
  });

  it('#6: builds issuers of punctuation only or of 300 characters, each with a short browse address', () => {
    expect(result.status, result.output).toBe(0);
    const issuers = readdirSync(path.join(result.outDir, 'duyet', 'co-quan'));
    expect(issuers).toContain('khong-ten');
    expect(issuers.filter((name) => name.length > 80)).toEqual([]);
    expect(issuers.filter((name) => name.startsWith('lien-doan-lien-doan-'))).toHaveLength(1);
  });

  it('#7: does not load a kept .md original under a nested sources/ as a document', () => {
    expect(existsSync(path.join(result.outDir, 'van-ban/2024/29-kh-ldld'))).toBe(false);
  });

  it('#11: reports the symbolic link it skips, naming it and its target', () => {
    expect(result.output).toContain(
      `Bỏ qua lien-ket.md: là liên kết tượng trưng (tới ${path.join(outside, 'ngoai.md')})`,
    );
    expect(existsSync(path.join(result.outDir, 'van-ban/2024/99-kh-ngoai'))).toBe(false);
  });
});

describe('a build without documents', () => {
  it('#10: fails on a CONTENT_DIR that does not exist, naming it', () => {
    const result = buildSite('/khong/co/thu-muc-noi-dung');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Thư mục nội dung /khong/co/thu-muc-noi-dung/ không tồn tại. Hãy đặt CONTENT_DIR');
  });

  it('#10: fails on an empty content folder', () => {
    const result = buildSite(writeContent({ 'README.md': '# Trống\n' }));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /Không có văn bản nào trong .*: dừng để không xuất bản một kho rỗng.*ALLOW_EMPTY_ARCHIVE=1/,
    );
  });

  it('#10: builds an empty archive when ALLOW_EMPTY_ARCHIVE=1 asks for one', () => {
    const result = buildSite(writeContent({}), { ALLOW_EMPTY_ARCHIVE: '1' });
    expect(result.status, result.output).toBe(0);
  });
});

describe('two archives built with one cache', () => {
  it(
    '#21: a build of content/ after a build of a deleted copy reads content/, not the copy',
    () => {
      const cache = path.join(mkdtempSync(path.join(tmpdir(), 'luu-tru-cache-')), 'cache');
      const copy = path.join(mkdtempSync(path.join(tmpdir(), 'luu-tru-copy-')), 'content');
      cpSync(path.join(ROOT, 'content'), copy, { recursive: true });
      const first = buildSite(copy, { ASTRO_CACHE_DIR: cache });
      expect(first.status, first.output).toBe(0);
      rmSync(copy, { recursive: true });
      const second = buildSite(path.join(ROOT, 'content'), { ASTRO_CACHE_DIR: cache });
      expect(second.status, second.output).toBe(0);
      expect(second.output).not.toContain(copy);
    },
    2 * BUILD_TIMEOUT,
  );
});
