import { describe, it, expect } from 'vitest';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { assertContentFolder, isDocumentPath, listDocuments, locateOriginal } from '../../src/content/document-files.ts';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'luu-tru-files-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('isDocumentPath', () => {
  it('takes Markdown files anywhere in the folder', () => {
    expect(['a.md', '2024/27-kh-ldld.md', 'nhap/2024/a.md'].map(isDocumentPath)).toEqual([true, true, true]);
  });

  it('leaves out kept originals under any sources folder, nested ones too (defect 7)', () => {
    expect(['sources/2024/a.md', 'nhap/sources/2024/a.md', 'a/b/sources/x.md'].map(isDocumentPath)).toEqual([false, false, false]);
  });

  it('takes a document whose own name is sources.md', () => {
    expect(isDocumentPath('2024/sources.md')).toBe(true);
  });

  it('leaves out READMEs, hidden files and files that are not Markdown', () => {
    expect(['README.md', '.git/a.md', '2024/.nhap.md', 'a.txt', 'a.md.bak'].map(isDocumentPath)).toEqual([false, false, false, false, false]);
  });
});

describe('listDocuments', () => {
  it('lists documents sorted, without kept originals', async () => {
    const dir = folder({ 'b.md': '', '2024/a.md': '', 'sources/2024/a.md': '', 'nhap/sources/x.md': '', 'nhap/2024/c.md': '' });
    expect(await listDocuments(dir)).toEqual({ files: ['2024/a.md', 'b.md', 'nhap/2024/c.md'], skippedLinks: [] });
  });

  it('reports a symbolic link named like a document instead of reading it (defect 11)', async () => {
    const outside = folder({ 'ngoai.md': '' });
    const dir = folder({ 'a.md': '' });
    symlinkSync(path.join(outside, 'ngoai.md'), path.join(dir, 'lien-ket.md'));
    symlinkSync('a.md', path.join(dir, 'ban-sao.md'));
    expect(await listDocuments(dir)).toEqual({
      files: ['a.md'],
      skippedLinks: [
        { file: 'ban-sao.md', target: 'a.md' },
        { file: 'lien-ket.md', target: path.join(outside, 'ngoai.md') },
      ],
    });
  });
});

describe('listDocuments and folder links', () => {
  it('reports a symbolic link to a folder, not a link to another kind of file', async () => {
    const outside = folder({ '2024/a.md': '', 'anh.png': '' });
    const dir = folder({ 'b.md': '' });
    symlinkSync(path.join(outside, '2024'), path.join(dir, 'thu-muc'));
    symlinkSync(path.join(outside, 'anh.png'), path.join(dir, 'anh.png'));
    expect(await listDocuments(dir)).toEqual({ files: ['b.md'], skippedLinks: [{ file: 'thu-muc', target: path.join(outside, '2024') }] });
  });
});

describe('assertContentFolder', () => {
  it('refuses a folder that does not exist, naming CONTENT_DIR (defect 10)', async () => {
    await expect(assertContentFolder('/khong/co/thu-muc')).rejects.toThrow(
      'Thư mục nội dung /khong/co/thu-muc không tồn tại. Hãy đặt CONTENT_DIR là thư mục chứa các văn bản (mặc định: content/).',
    );
  });

  it('refuses a file given as the content folder', async () => {
    const dir = folder({ 'a.md': '' });
    await expect(assertContentFolder(path.join(dir, 'a.md'))).rejects.toThrow(/không phải một thư mục/);
  });

  it('accepts an existing folder', async () => {
    await expect(assertContentFolder(folder({}))).resolves.toBeUndefined();
  });
});

describe('locateOriginal', () => {
  it('finds the original relative to the content folder', async () => {
    const dir = folder({ '2024/a.md': '', 'sources/2024/a.txt': 'x' });
    expect(await locateOriginal(dir, '2024/a.md', 'sources/2024/a.txt')).toBe('sources/2024/a.txt');
  });

  it('finds the original of an import made into a sub-folder of the content folder (defect 7)', async () => {
    const dir = folder({ 'nhap/2024/a.md': '', 'nhap/sources/2024/a.txt': 'x' });
    expect(await locateOriginal(dir, 'nhap/2024/a.md', 'sources/2024/a.txt')).toBe('nhap/sources/2024/a.txt');
  });

  it('names the document and the path when the original is missing (defect 6)', async () => {
    const dir = folder({ '2024/a.md': '' });
    await expect(locateOriginal(dir, '2024/a.md', 'sources/2024/a.txt')).rejects.toThrow(
      /^2024\/a\.md: không đọc được bản gốc "sources\/2024\/a\.txt" \(source\.path\): tệp không có trên đĩa/,
    );
  });

  it('refuses a path that climbs out of the content folder', async () => {
    const dir = folder({ 'a.md': '' });
    for (const bad of ['../../etc/passwd', '/etc/passwd', 'sources/../../x']) {
      await expect(locateOriginal(dir, 'a.md', bad)).rejects.toThrow(/phải là đường dẫn bên trong thư mục nội dung/);
    }
  });

  it('refuses an original that is a link to a file outside the content folder', async () => {
    const outside = folder({ 'mat-khau.txt': 'x' });
    const dir = folder({ 'a.md': '', 'sources/.keep': '' });
    symlinkSync(path.join(outside, 'mat-khau.txt'), path.join(dir, 'sources/a.txt'));
    await expect(locateOriginal(dir, 'a.md', 'sources/a.txt')).rejects.toThrow(/trỏ ra ngoài thư mục nội dung/);
  });
});
