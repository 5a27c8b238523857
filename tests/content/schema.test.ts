import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { DocumentSchema } from '../../src/content/schema.ts';

const good = {
  number: '27 /KH-LĐLD',
  kind: 'Kế hoạch',
  title: 'Thực hiện Nghị quyết số 43-NQ/TW',
  issuer: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG',
  date: '2024-08-08',
};

function problems(data: unknown): string[] {
  const result = DocumentSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('DocumentSchema', () => {
  it('accepts a complete document and fills defaults', () => {
    const parsed = DocumentSchema.parse(good);
    expect(parsed.implements).toEqual([]);
    expect(parsed.recipients).toEqual([]);
    expect(parsed.signer).toBeNull();
  });

  it('accepts the bundled fixture document as gray-matter reads it', () => {
    const file = readFileSync(new URL('../fixtures/content-good/ke-hoach-27.md', import.meta.url), 'utf8');
    const parsed = DocumentSchema.parse(matter(file).data);
    expect(parsed.implements[0]?.number).toBe('43-NQ/TW');
    expect(parsed.signer?.onBehalf).toBe('TM. BAN THƯỜNG VỤ');
  });

  it('names a missing title in plain words', () => {
    const { title: _omit, ...rest } = good;
    expect(problems(rest)).toEqual(['title: thiếu trích yếu (title)']);
  });

  it('names a missing kind', () => {
    const { kind: _omit, ...rest } = good;
    expect(problems(rest)).toEqual(['kind: thiếu loại văn bản (kind)']);
  });

  it('refuses a kind outside the known list and lists the known ones', () => {
    const [message] = problems({ ...good, kind: 'Kế hoach' });
    expect(message).toMatch(/^kind: loại văn bản "Kế hoach" không có trong danh sách: Nghị quyết, Kết luận/);
  });

  it('refuses an impossible date', () => {
    expect(problems({ ...good, date: '2023-02-29' })).toEqual([
      `date: ngày không hợp lệ: "2023-02-29" — cần một ngày có thật dạng 'yyyy-mm-dd', ví dụ '2024-08-08'`,
    ]);
  });

  it('refuses a date that YAML has already turned into a Date object', () => {
    expect(problems({ ...good, date: new Date('2024-08-08') })[0]).toMatch(/dấu nháy/);
  });

  it('does not suggest the rolled-over date for an unquoted 2024-02-30 read as a Date (issue 12, defect 17)', () => {
    const rolledOver = matter('---\ndate: 2024-02-30\n---\n').data.date as Date;
    expect(rolledOver.toISOString().slice(0, 10)).toBe('2024-03-01');
    const [message] = problems({ ...good, date: rolledOver });
    expect(message).toMatch(/^date: ngày phải viết trong dấu nháy dạng 'yyyy-mm-dd'/);
    expect(message).not.toMatch(/'2024-03-01'/);
  });

  it('refuses a title of only spaces (defect 16)', () => {
    expect(problems({ ...good, title: '   ' })).toEqual(['title: trích yếu (title) không được để trống hoặc chỉ có dấu cách']);
    expect(problems({ ...good, title: '' })).toEqual(['title: trích yếu (title) không được để trống hoặc chỉ có dấu cách']);
  });

  it('accepts any issuer text: the render stage gives every one a browse address (defect 6)', () => {
    expect(problems({ ...good, issuer: '…!!! --- ()' })).toEqual([]);
    expect(problems({ ...good, issuer: 'LIÊN ĐOÀN '.repeat(30) })).toEqual([]);
    expect(problems({ ...good, issuer: null })).toEqual([]);
  });

  it('accepts a title with a word too long for a file name (the archive caps each address segment)', () => {
    expect(problems({ ...good, number: null, title: `Kế ${'a'.repeat(300)}` })).toEqual([]);
  });

  it('accepts a long title of ordinary words (the address keeps ten of them)', () => {
    expect(problems({ ...good, number: null, title: 'tổ chức thực hiện '.repeat(60) })).toEqual([]);
  });

  it('describes implements with the one list of openings', () => {
    expect(DocumentSchema.shape.implements.description).toMatch(/"Thực hiện …", "Căn cứ …", "Triển khai …"/);
  });

  it('refuses an impossible date inside a citation, naming the path', () => {
    expect(problems({ ...good, implements: [{ number: '43-NQ/TW', date: '2023-11-31' }] })[0]).toMatch(
      /^implements\.0\.date: ngày không hợp lệ/,
    );
  });

  it('refuses a malformed source fingerprint', () => {
    expect(problems({ ...good, source: { file: 'a.txt', path: null, sha256: 'abc' } })[0]).toMatch(
      /^source\.sha256:/,
    );
  });
});
