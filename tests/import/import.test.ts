import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { checkMarkdown, importDocument, isUnedited } from '../../src/import/import-document.ts';
import { DocumentSchema } from '../../src/content/schema.ts';
import { ROOT } from '../helpers/build.ts';
import { parseDocument } from './helpers.ts';
import { repairCyrillic } from '../../src/text/vietnamese.ts';

const fixture = (rel: string) => readFileSync(path.join(ROOT, 'tests/fixtures', rel));
const corpusFiles = readdirSync(path.join(ROOT, 'tests/fixtures/corpus/raw')).sort();
const seedFiles = readdirSync(path.join(ROOT, 'tests/fixtures/seeds')).sort();

function runImport(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/import.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}
const tempDir = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix));

/** Words of a text, Markdown punctuation and escapes stripped, for the nothing-lost check. */
function words(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/\\(.)/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&')
    .split(/[\s*_#|>`[\]()"“”'‘’·]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

describe('importDocument', () => {
  it('keeps every word of every corpus and seed document (body, frontmatter or removed record)', () => {
    const lost: string[] = [];
    for (const rel of [...corpusFiles.map((f) => `corpus/raw/${f}`), ...seedFiles.map((f) => `seeds/${f}`)]) {
      const result = importDocument(fixture(rel), path.basename(rel));
      expect(result.ok, rel).toBe(true);
      if (!result.ok) continue;
      // The file as written, frontmatter parsed back: what a reader of the file has.
      const { data, content } = matter(result.markdown);
      const have = new Set(
        words(`${content}\n${JSON.stringify(data).replace(/\\n/g, ' ')}`.replace(/","|":"|\{"|"\}|\["|"\]/g, ' ')),
      );
      // Cyrillic look-alikes ("Сông") are repaired on purpose: compare the source after the same repair.
      const source = words(repairCyrillic(fixture(rel).toString('utf8').normalize('NFC')));
      const missing = [...new Set(source)].filter((w) => !have.has(w));
      if (missing.length > 0) lost.push(`${rel}: ${missing.slice(0, 10).join(' ')}`);
    }
    expect(lost).toEqual([]);
  });

  it('writes frontmatter the schema accepts, for every document', () => {
    for (const rel of [...corpusFiles.map((f) => `corpus/raw/${f}`), ...seedFiles.map((f) => `seeds/${f}`)]) {
      const result = importDocument(fixture(rel), path.basename(rel));
      if (!result.ok) throw new Error(result.error);
      expect(() => DocumentSchema.parse(matter(result.markdown).data), rel).not.toThrow();
    }
  });

  it('gives the same bytes for the same source', () => {
    const a = importDocument(fixture('seeds/001_ba02c80196998ee5.txt'), '001.txt');
    const b = importDocument(fixture('seeds/001_ba02c80196998ee5.txt'), '001.txt');
    if (!a.ok || !b.ok) throw new Error('seed 001 must import');
    expect(b.markdown).toEqual(a.markdown);
  });

  it('fingerprints its output so a later hand edit is detected', () => {
    const result = importDocument(fixture('seeds/003_d511720aff52e04e.txt'), '003.txt');
    if (!result.ok) throw new Error(result.error);
    expect(isUnedited(result.markdown)).toBe(true);
    expect(isUnedited(result.markdown.replace('Lâm Đồng', 'Lâm Đồng (sửa)'))).toBe(false);
    expect(isUnedited(result.markdown.replace(/^generated: .*$/m, ''))).toBe(false);
  });

  it('moves header, signer and recipients into frontmatter and outlines the body', () => {
    const result = importDocument(fixture('seeds/000_9104aafdbe7cdd86.txt'), '000.txt');
    if (!result.ok) throw new Error(result.error);
    const { data, content } = parseDocument(result.markdown);
    expect(data.kind).toBe('Kế hoạch');
    expect(data.signer).toMatchObject({ onBehalf: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Sùng A Hồ' });
    expect(data.recipients).toContain('Lưu VPTU');
    expect(data.implements.map((c: { number: string }) => c.number)).toEqual(['196-KL/TW']);
    expect(content).toMatch(/^## I\. MỤC ĐÍCH, YÊU CẦU$/m);
    expect(content).not.toMatch(/Nơi nhận/);
    expect(content).not.toMatch(/Sùng A Hồ/);
    // Line broken across a page break ("đơn\n\nvị") is joined again.
    expect(content).toMatch(/địa phương, đơn vị bảo đảm/);
    expect(data.review.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(['missing-number', 'missing-date', 'conflicting-dates', 'alias-mismatch']),
    );
  });

  it('re-joins lines that the PDF extraction broke mid-sentence', () => {
    const result = importDocument(fixture('seeds/003_d511720aff52e04e.txt'), '003.txt');
    if (!result.ok) throw new Error(result.error);
    expect(matter(result.markdown).content).toContain(
      'Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng trên địa bàn tỉnh thực hiện tốt một số nội dung sau:',
    );
  });

  it('removes stamp fragments and page numbers from the body but keeps them in the file', () => {
    const result = importDocument(fixture('seeds/001_ba02c80196998ee5.txt'), '001.txt');
    if (!result.ok) throw new Error(result.error);
    const { data, content } = parseDocument(result.markdown);
    expect(content).not.toMatch(/^AN CHUYỂN$/m);
    expect(content).not.toMatch(/^3\/7$/m);
    const removed = data.removed.map((r: { text: string; reason: string }) => `${r.reason}:${r.text}`);
    expect(removed).toEqual(expect.arrayContaining(['stamp:AN CHUYỂN', 'page-number:3/7']));
  });

  it('keeps raw HTML and <script> as text', () => {
    const text = 'KẾ HOẠCH\n\nVề thử nghiệm\n\nNội dung <script>alert("x")</script> và <b>đậm</b>.\n';
    const result = importDocument(new TextEncoder().encode(text), 'html.txt');
    if (!result.ok) throw new Error(result.error);
    expect(result.markdown).not.toMatch(/<script>/);
    expect(result.markdown).toMatch(/&lt;script>|\\<script>/);
  });
});

describe('the import command', () => {
  it('imports a folder, prints progress and a summary, and is idempotent', () => {
    const out = tempDir('import-');
    const first = runImport(['tests/fixtures/seeds', '--out', out]);
    expect(first.status).toBe(0);
    expect(first.out).toMatch(/\[1\/5\]/);
    expect(first.out).toMatch(/Tổng kết: 5 nhập mới, 0 cập nhật, 0 không đổi, 0 bỏ qua, 0 lỗi\./);
    expect(first.out).toMatch(/Điểm cần rà soát theo loại:/);
    expect(existsSync(path.join(out, '2024/27-kh-ldld.md'))).toBe(true);
    expect(readFileSync(path.join(out, 'sources/2024/27-kh-ldld.txt'))).toEqual(
      fixture('seeds/001_ba02c80196998ee5.txt'),
    );
    const before = readFileSync(path.join(out, '2024/27-kh-ldld.md'), 'utf8');
    const second = runImport(['tests/fixtures/seeds', '--out', out]);
    expect(second.out).toMatch(/0 nhập mới, 0 cập nhật, 5 không đổi/);
    expect(readFileSync(path.join(out, '2024/27-kh-ldld.md'), 'utf8')).toBe(before);
  });

  it('never overwrites a hand-edited file unless --force is given', () => {
    const out = tempDir('import-');
    runImport(['tests/fixtures/seeds/003_d511720aff52e04e.txt', '--out', out]);
    const file = path.join(out, '2023/3304-cv-tu.md');
    const edited = readFileSync(file, 'utf8').replace('Lâm Đồng', 'Lâm Đồng (đã rà soát)');
    writeFileSync(file, edited);
    const skipped = runImport(['tests/fixtures/seeds/003_d511720aff52e04e.txt', '--out', out]);
    expect(skipped.out).toMatch(/đã được sửa tay.*--force/);
    expect(skipped.out).toMatch(/1 bỏ qua/);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    const forced = runImport(['tests/fixtures/seeds/003_d511720aff52e04e.txt', '--out', out, '--force']);
    expect(forced.out).toMatch(/1 cập nhật/);
    expect(readFileSync(file, 'utf8')).not.toBe(edited);
  });

  it('writes nothing with --dry-run', () => {
    const out = tempDir('import-');
    const r = runImport(['tests/fixtures/seeds', '--out', out, '--dry-run']);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/chạy thử/);
    expect(readdirSync(out)).toEqual([]);
  });

  describe('arguments', () => {
    it('prints Vietnamese usage on --help and exits 0', () => {
      const r = runImport(['--help']);
      expect(r.status).toBe(0);
      expect(r.out).toMatch(/Cách dùng: npm run import/);
      expect(r.out).toMatch(/--dry-run +chạy thử/);
      expect(r.out).toMatch(
        /Word \.docx, \.doc; trang web Word \.htm\/\.html; PDF có lớp chữ\s+hoặc PDF quét; ảnh quét \.png, \.jpg, \.tif/,
      );
    });

    it('refuses an unknown option, naming it, and writes nothing', () => {
      const out = tempDir('import-');
      const r = runImport(['tests/fixtures/seeds', '--out', out, '--forse']);
      expect(r.status).toBe(2);
      expect(r.out).toMatch(/Không hiểu tùy chọn --forse/);
      expect(readdirSync(out)).toEqual([]);
    });

    it('refuses "--out --dry-run" instead of writing into a folder called --dry-run', () => {
      const cwd = tempDir('import-cwd-');
      const r = spawnSync(
        process.execPath,
        [path.join(ROOT, 'scripts/import.ts'), path.join(ROOT, 'tests/fixtures/seeds'), '--out', '--dry-run'],
        { cwd, encoding: 'utf8' },
      );
      expect(r.status).toBe(2);
      expect(`${r.stdout}${r.stderr}`).toMatch(/Thiếu giá trị sau --out/);
      expect(readdirSync(cwd)).toEqual([]);
    });

    it('reads everything after "--" as a file or folder, not an option', () => {
      const dir = tempDir('import-dash-');
      const file = path.join(dir, '--force');
      writeFileSync(file, fixture('seeds/003_d511720aff52e04e.txt'));
      const out = tempDir('import-');
      const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/import.ts'), '--out', out, '--', '--force'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(`${r.stdout}${r.stderr}`).toMatch(/1 nhập mới/);
      expect(r.status).toBe(0);
      expect(existsSync(path.join(out, '2023/3304-cv-tu.md'))).toBe(true);
    });
  });

  describe('with bad input', () => {
    const bad = tempDir('bad-');
    const write = (name: string, data: string | Uint8Array) => {
      writeFileSync(path.join(bad, name), data);
      return path.join(bad, name);
    };
    const utf16 = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
    const sample = fixture('seeds/003_d511720aff52e04e.txt').toString('utf8');

    it.each([
      ['an empty file', 'rong.txt', '', /rong\.txt: .*rỗng/i],
      [
        'a binary file',
        'nhi-phan.bin',
        new Uint8Array([0, 1, 2, 3, 255, 254, 0, 0, 7, 8, 0, 1, 2, 3, 4, 5, 6]),
        /nhi-phan\.bin: /,
      ],
      ['a PDF', 'van-ban.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(64, 1)]), /van-ban\.pdf: .*PDF/],
      [
        'a Word file',
        'van-ban.docx',
        Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]),
        /van-ban\.docx: .*docx/i,
      ],
    ])('refuses %s with a one-line message naming it, and writes nothing', (_what, name, data, message) => {
      const out = tempDir('import-');
      const r = runImport([write(name, data), '--out', out]);
      expect(r.status).toBe(1);
      expect(r.out).toMatch(message);
      expect(r.out).toMatch(/1 lỗi/);
      expect(readdirSync(out)).toEqual([]);
    });

    it('imports a UTF-16 file as if it were UTF-8, with a note for review', () => {
      const out = tempDir('import-');
      const r = runImport([write('utf16.txt', utf16(sample)), '--out', out]);
      expect(r.status).toBe(0);
      const md = readFileSync(path.join(out, '2023/3304-cv-tu.md'), 'utf8');
      expect(md).toContain('Hội người cao tuổi');
      expect(md).toMatch(/UTF-16/);
    });

    it('converts a TCVN3 (ABC) file and flags it for review', () => {
      const out = tempDir('import-');
      // "KẾ HOẠCH … Đảng" in TCVN3, read as Latin-1 bytes.
      const tcvn3 = Buffer.from(
        'KÕ HO¹CH\n\nVÒ c«ng t¸c §¶ng\n\nNéi dung kÕ ho¹ch thùc hiÖn NghÞ quyÕt sè 43-NQ/TW.\n',
        'latin1',
      );
      const r = runImport([write('tcvn3.txt', tcvn3), '--out', out]);
      expect(r.status).toBe(0);
      const file = readdirSync(path.join(out, 'khong-ro-nam'))[0]!;
      const md = readFileSync(path.join(out, 'khong-ro-nam', file), 'utf8');
      expect(md).toContain('kế hoạch thực hiện Nghị quyết số 43-NQ/TW');
      expect(md).toMatch(/TCVN3/);
    });

    it('converts a VNI file and flags it for review', () => {
      const out = tempDir('import-');
      const vni = Buffer.from('KEÁ HOAÏCH\n\nNoäi dung keá hoaïch thöïc hieän Nghò quyeát soá 43-NQ/TW.\n', 'latin1');
      const r = runImport([write('vni.txt', vni), '--out', out]);
      expect(r.status).toBe(0);
      const file = readdirSync(path.join(out, 'khong-ro-nam'))[0]!;
      expect(readFileSync(path.join(out, 'khong-ro-nam', file), 'utf8')).toContain(
        'kế hoạch thực hiện Nghị quyết số 43-NQ/TW',
      );
    });

    it('imports a file with no recognisable header, flagging what is missing', () => {
      const out = tempDir('import-');
      const r = runImport([
        write('khong-dau.txt', 'Một đoạn văn bản không có phần đầu, không số, không ngày.\n'),
        '--out',
        out,
      ]);
      expect(r.status).toBe(0);
      const dir = path.join(out, 'khong-ro-nam');
      const md = readFileSync(path.join(dir, readdirSync(dir)[0]!), 'utf8');
      const { data } = parseDocument(md);
      expect(data.review.map((x: { code: string }) => x.code)).toEqual(
        expect.arrayContaining(['missing-kind', 'missing-number', 'missing-date']),
      );
      expect(md).toContain('Một đoạn văn bản không có phần đầu');
    });

    it('imports a 5 MB file without trouble', () => {
      const out = tempDir('import-');
      const big = sample + '\n' + 'Nội dung lặp lại để thử tệp lớn, đoàn viên và người lao động.\n\n'.repeat(60_000);
      expect(Buffer.byteLength(big)).toBeGreaterThan(5_000_000);
      const r = runImport([write('lon.txt', big), '--out', out]);
      expect(r.status).toBe(0);
      const md = readFileSync(path.join(out, '2023/3304-cv-tu.md'), 'utf8');
      expect(md.split('Nội dung lặp lại để thử tệp lớn').length - 1).toBe(60_000);
    });

    it('accepts names with spaces and Vietnamese letters', () => {
      const out = tempDir('import-');
      const dir = path.join(bad, 'thư mục có dấu');
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'Công văn 3304 Tỉnh ủy.txt'), sample);
      const r = runImport([dir, '--out', out]);
      expect(r.status).toBe(0);
      const md = readFileSync(path.join(out, '2023/3304-cv-tu.md'), 'utf8');
      expect(parseDocument(md).data.source?.file).toBe('Công văn 3304 Tỉnh ủy.txt');
    });
  });
});

describe('the bundled content', () => {
  it('is exactly what the importer makes of the five seeds', () => {
    for (const seed of seedFiles) {
      const result = importDocument(fixture(`seeds/${seed}`), seed);
      if (!result.ok) throw new Error(result.error);
      expect(readFileSync(path.join(ROOT, 'content', result.path), 'utf8'), seed).toBe(result.markdown);
      expect(readFileSync(path.join(ROOT, 'content', result.sourcePath))).toEqual(fixture(`seeds/${seed}`));
    }
  });
});

describe('checkMarkdown', () => {
  it('flags raw HTML and a level-1 heading, with their lines', () => {
    const flags = checkMarkdown('# Tiêu đề\n\n<div>x</div>\n\nĐoạn <b>đậm</b>.\n');
    expect(flags.map((f) => f.code)).toEqual(['h1-in-body', 'raw-html', 'raw-html', 'raw-html']); // <div>, <b>, </b>
    expect(flags[1]?.message).toMatch(/dòng 3/);
  });

  it('finds nothing to flag in what the importer makes of the seeds', () => {
    for (const seed of seedFiles) {
      const result = importDocument(fixture(`seeds/${seed}`), seed);
      if (!result.ok) throw new Error(result.error);
      expect(checkMarkdown(matter(result.markdown).content), seed).toEqual([]);
    }
  });
});
