import { describe, it, expect } from 'vitest';
import { readFileSync, globSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { readDocumentFile, readFrontmatter, FrontmatterError } from '../../src/content/frontmatter.ts';
import { ROOT } from '../helpers/build.ts';
import { aliasBomb } from './bad-sources.ts';

describe('readDocumentFile', () => {
  it('splits a file into its YAML frontmatter and its Markdown body', () => {
    expect(readDocumentFile("---\nkind: Kế hoạch\ndate: '2024-08-08'\n---\n\nNội dung.\n", 'a.md')).toEqual({
      data: { kind: 'Kế hoạch', date: '2024-08-08' },
      body: '\nNội dung.\n',
    });
  });

  it('reads every seed and fixture document exactly as gray-matter did', () => {
    const files = [...globSync('content/**/*.md', { cwd: ROOT }), ...globSync('tests/fixtures/content-good/*.md', { cwd: ROOT })];
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = readFileSync(path.join(ROOT, file), 'utf8');
      const before = matter(source, {});
      expect({ file, ...readDocumentFile(source, file) }).toEqual({ file, data: before.data, body: before.content });
    }
  });

  it('treats a file without frontmatter as all body', () => {
    expect(readDocumentFile('Chỉ có nội dung.\n', 'a.md')).toEqual({ data: {}, body: 'Chỉ có nội dung.\n' });
  });

  it('drops a byte-order mark before the opening fence', () => {
    expect(readDocumentFile('\uFEFF---\nkind: Kế hoạch\n---\n', 'a.md').data).toEqual({ kind: 'Kế hoạch' });
  });

  it('accepts CRLF line ends', () => {
    expect(readDocumentFile('---\r\nkind: Kế hoạch\r\n---\r\nx', 'a.md')).toEqual({ data: { kind: 'Kế hoạch' }, body: 'x' });
  });
});

describe('readFrontmatter', () => {
  it('refuses JavaScript frontmatter without running it, naming the file (issue 12, defect 1)', () => {
    let ran = false;
    (globalThis as Record<string, unknown>).__frontmatterRan = () => (ran = true);
    for (const language of ['js', 'javascript', 'coffee', 'JS', ' js']) {
      const source = `---${language}\n{ number: (globalThis.__frontmatterRan(), "1/KH-A") }\n---\n`;
      expect(() => readFrontmatter(source, '2024/doc-hai.md')).toThrow(
        new RegExp(`^2024/doc-hai\\.md: phần đầu khai báo ngôn ngữ "${language.trim()}" — chỉ chấp nhận YAML`),
      );
    }
    expect(ran).toBe(false);
  });

  it('accepts an opening fence that names YAML', () => {
    expect(readFrontmatter('---yaml\nkind: Kế hoạch\n---\n', 'a.md')).toEqual({ kind: 'Kế hoạch' });
  });

  it('refuses a small file whose aliases expand to a gigabyte, naming the file (defect 6)', () => {
    const source = aliasBomb(30);
    expect(source.length).toBeLessThan(5_000);
    expect(() => readFrontmatter(source, 'bom.md')).toThrow(FrontmatterError);
    expect(() => readFrontmatter(source, 'bom.md')).toThrow(/^bom\.md: .*bí danh YAML/);
  });

  it('reads a long frontmatter without aliases (10,000 removed lines)', () => {
    const removed = Array.from({ length: 10_000 }, (_, i) => `  - line: ${i + 1}\n    text: '${i + 1}'\n    reason: page-number`).join('\n');
    expect((readFrontmatter(`---\nremoved:\n${removed}\n---\n`, 'dai.md').removed as unknown[]).length).toBe(10_000);
  });

  it('still reads a few aliases', () => {
    expect(readFrontmatter('---\na: &x Bộ Chính trị\nissuer: *x\n---\n', 'a.md')).toEqual({ a: 'Bộ Chính trị', issuer: 'Bộ Chính trị' });
  });

  it('keeps an unquoted date as written, so an impossible one is not rolled over (defect 17)', () => {
    expect(readFrontmatter('---\ndate: 2024-02-30\n---\n', 'a.md')).toEqual({ date: '2024-02-30' });
  });

  it('reads YAML 1.2: yes and no stay words', () => {
    expect(readFrontmatter('---\nplace: no\n---\n', 'a.md')).toEqual({ place: 'no' });
  });

  it('names the file on a YAML syntax error', () => {
    expect(() => readFrontmatter('---\nkind: [Kế hoạch\n---\n', 'hong.md')).toThrow(/^hong\.md: phần đầu \(frontmatter YAML\) không đọc được — /);
  });

  it('names the file on a duplicated key', () => {
    expect(() => readFrontmatter('---\nkind: a\nkind: b\n---\n', 'trung.md')).toThrow(/^trung\.md: phần đầu/);
  });

  it('refuses frontmatter that is a list, not keys and values', () => {
    expect(() => readFrontmatter('---\n- a\n---\n', 'ds.md')).toThrow(/^ds\.md: .*"khóa: giá trị"/);
  });

  it('refuses an opening fence that is never closed', () => {
    expect(() => readFrontmatter('---\nkind: a\n', 'mo.md')).toThrow(/^mo\.md: .*không có dòng "---" đóng lại/);
  });
});
