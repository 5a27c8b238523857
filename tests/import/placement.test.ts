import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importDocument, type ImportedDocument } from '../../src/import/import-document.ts';
import { placeDocument, type Claim } from '../../src/import/placement.ts';
import { ROOT } from '../helpers/build.ts';

const seed003 = () => {
  const result = importDocument(
    readFileSync(path.join(ROOT, 'tests/fixtures/seeds/003_d511720aff52e04e.txt')),
    '003.txt',
  );
  if (!result.ok) throw new Error(result.error);
  return result;
};
const files = (map: Record<string, string>) => (file: string) => map[file] ?? null;

describe('placeDocument', () => {
  it('takes the plain name when it is free', () => {
    const doc = seed003();
    expect(placeDocument(doc, 'out', new Map(), files({}))).toEqual({
      kind: 'new',
      base: '2023/3304-cv-tu',
      target: 'out/2023/3304-cv-tu.md',
    });
  });

  it('finds its own file again by identity, and records the original name when the bytes are the same', () => {
    const doc = seed003();
    const placed = placeDocument(doc, 'out', new Map(), files({ 'out/2023/3304-cv-tu.md': doc.markdown }));
    expect(placed).toEqual({
      kind: 'same',
      base: '2023/3304-cv-tu',
      target: 'out/2023/3304-cv-tu.md',
      existing: doc.markdown,
      sourceFile: '003.txt',
    });
  });

  it('passes over a name held by a different document', () => {
    const doc = seed003();
    const other = doc.markdown
      .replace(/^issuer: .*$/m, 'issuer: Huyện ủy Khác')
      .replace(/^ {2}sha256: .*$/m, `  sha256: ${'0'.repeat(64)}`);
    const placed = placeDocument(doc, 'out', new Map(), files({ 'out/2023/3304-cv-tu.md': other }));
    expect(placed).toMatchObject({ kind: 'new', base: doc.candidates[1] });
  });

  it('never evaluates a "---js" file in the way, and never overwrites it', () => {
    const g = globalThis as { pwnedByPlacement?: number };
    const hostile = '---js\n{ number: (globalThis.pwnedByPlacement = 1, "1/KH-A") }\n---\nx\n';
    const placed = placeDocument(seed003(), 'out', new Map(), files({ 'out/2023/3304-cv-tu.md': hostile }));
    expect(placed).toMatchObject({ kind: 'unreadable', target: 'out/2023/3304-cv-tu.md' });
    expect(g.pwnedByPlacement).toBeUndefined();
  });

  it("reads a file in the way with the build's frontmatter reader: an alias bomb is refused, named, and kept", () => {
    const bomb = [
      '---',
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`,
      ),
      '---',
      'x',
      '',
    ].join('\n');
    const placed = placeDocument(seed003(), 'out', new Map(), files({ 'out/2023/3304-cv-tu.md': bomb }));
    expect(placed).toMatchObject({ kind: 'unreadable', target: 'out/2023/3304-cv-tu.md' });
    expect((placed as { error: string }).error).toMatch(/bí danh YAML/);
  });

  it('reports the same bytes met twice in one run as an exact duplicate', () => {
    const doc: ImportedDocument = seed003();
    const claimed = new Map<string, Claim>([
      ['out/2023/3304-cv-tu.md', { identity: doc.identity, sha256: doc.data.source!.sha256, file: 'a.txt' }],
    ]);
    expect(placeDocument(doc, 'out', claimed, files({}))).toEqual({
      kind: 'duplicate',
      other: 'a.txt',
      target: 'out/2023/3304-cv-tu.md',
      exact: true,
    });
  });
});
