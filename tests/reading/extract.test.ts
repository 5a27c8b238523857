import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { extractDocument } from '../../src/reading/extract.ts';

const seeds = new URL('../fixtures/seeds/', import.meta.url);
const expected = new URL('../fixtures/expected/', import.meta.url);

describe('extractDocument', () => {
  for (const file of readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    it(`reads seed ${file} exactly as its fixture says`, () => {
      const d = extractDocument(readFileSync(new URL(file, seeds), 'utf8'), `tests/fixtures/seeds/${file}`);
      const want: unknown = JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, '.json'), expected), 'utf8'));
      const { header, fullCitations, aliases, issues, citations: _c, ...summary } = d;
      expect({
        ...summary,
        citations: fullCitations.map((c) => ({
          raw: c.raw,
          number: c.number.printed,
          canonical: c.number.canonical,
          key: c.number.key,
          kind: c.kind ?? null,
          date: c.date ?? null,
          issuer: c.issuer ?? null,
          subject: c.subject ?? null,
          implements: c.implements,
          line: c.line,
        })),
        aliases,
        issues,
        header: {
          issuer: header.issuer ?? null,
          superiorIssuer: header.superiorIssuer ?? null,
          place: header.place ?? null,
          signer: header.signer ?? null,
          recipients: header.recipients,
          addressees: header.addressees,
          missing: header.missing,
          headerLines: header.headerLines,
          signatureLines: header.signatureLines,
          recipientLines: header.recipientLines,
        },
      }).toEqual(want);
    });
  }
  it("never lists the document's own number among its citations", () => {
    const d = extractDocument(
      'Số: 27 /KH-LĐLD\n\nKẾ HOẠCH\n\nTiêu đề\n\nKế hoạch số 27/KH-LĐLĐ này và Kế hoạch số 79/KH-LĐLĐ.',
    );
    expect(d.citations.map((c) => c.canonical)).toEqual(['79/KH-LĐLĐ']);
  });
  it('reads the seed 000 inconsistencies as warnings with codes', () => {
    const d = extractDocument(readFileSync(new URL('000_9104aafdbe7cdd86.txt', seeds), 'utf8'));
    expect(d.issues.map((i) => i.code)).toContain('conflicting-dates');
    expect(d.issues.map((i) => i.code)).toContain('alias-mismatch');
    expect(d.warnings).toContain('Số 09-NQ/TW được trích dẫn với hai ngày khác nhau: 08/11/2002 và 08/11/2022.');
  });
});
