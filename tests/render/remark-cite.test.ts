/**
 * Fixture folders for the citation-linking plugin, as remark-github tests itself:
 * tests/fixtures/remark-cite/<case>/input.md renders to output.html. Regenerate the expected
 * files after a deliberate change with `UPDATE_FIXTURES=1 npx vitest run tests/render`, then
 * read the diff.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderBody } from '../../src/render/render-body.ts';
import type { DocumentNumber } from '../../src/reading/document-number.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/remark-cite');
const UPDATE = process.env.UPDATE_FIXTURES === '1';

/** The archive the fixtures link into: folded key → page. Any other number stays text. */
const KNOWN = new Map([
  ['43-NQ/TW', '/van-ban/2023/43-nq-tw/'],
  ['27/KH-LDLD', '/van-ban/2024/27-kh-ldld/'],
  ['79/KH-LDLD', '/van-ban/2024/79-kh-ldld/'],
  ['1268/QD-TTG', '/van-ban/2021/1268-qd-ttg/'],
  ['9-NQ/TW', '/van-ban/2002/9-nq-tw/'],
  ['196-KL/TW', '/van-ban/2025/196-kl-tw/'],
  ['2-NQ/TW', '/van-ban/2021/2-nq-tw/'],
]);
const buildUrl = (n: DocumentNumber) => KNOWN.get(n.key) ?? false;

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('remarkCitationLinks through renderBody', () => {
  it.each(cases)('renders the fixture "%s" as its output.html', (name) => {
    const input = readFileSync(path.join(FIXTURES, name, 'input.md'), 'utf8');
    const expectedFile = path.join(FIXTURES, name, 'output.html');
    const actual = `${renderBody(input, { buildUrl }).html}\n`;
    if (UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, actual);
    expect(actual).toEqual(readFileSync(expectedFile, 'utf8'));
  });
});
