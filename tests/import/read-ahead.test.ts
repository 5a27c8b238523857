/**
 * The importer's read-ahead threads give what readOriginal gives in the main thread, and leave
 * to the importer what they must not read: plain text, a page that needs OCR, a file that fails.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readOriginal } from '../../src/import/formats/index.ts';
import { ReadAhead } from '../../src/import/read-ahead.ts';
import { ROOT } from '../helpers/build.ts';
import { tempDir } from './helpers.ts';

const BIN = path.join(ROOT, 'tests/fixtures/bin');
const dir = tempDir('read-ahead-');
const broken = path.join(dir, 'hong.pdf');
writeFileSync(broken, '%PDF-1.7\n1 0 obj <<');

describe('ReadAhead', () => {
  const files = [
    `${BIN}/b21.pdf`,
    `${BIN}/generated/seed002.docx`,
    `${BIN}/b03.doc`,
    `${BIN}/generated/seed000.txt`,
    `${BIN}/generated/seed001-scan.pdf`,
    broken,
    path.join(dir, 'khong-co.pdf'),
    `${BIN}/generated/seed004.pdf`,
  ];
  const pool = new ReadAhead(files, 2);
  afterAll(() => pool.close());

  it('answers each file in the order asked, as readOriginal reads it, or null for the importer to read', async () => {
    const answers = [];
    for (let i = 0; i < files.length; i++) answers.push(await pool.get(i));
    expect(answers.map((a) => a?.format ?? null)).toEqual([
      'pdf-text',
      'docx',
      'doc',
      null,
      null,
      null,
      null,
      'pdf-text',
    ]);
    for (const i of [0, 1, 2, 7]) {
      const file = files[i]!;
      expect(answers[i], file).toEqual(await readOriginal(readFileSync(file), path.basename(file)));
    }
  }, 60_000);

  it('answers null past the end of its files', async () => {
    expect(await pool.get(files.length)).toBeNull();
  });
});
