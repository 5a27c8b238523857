import { describe, it, expect } from 'vitest';
import {
  buildArchive,
  documentFileCandidates,
  documentIdentity,
  documentSlugBase,
  documentYear,
  DuplicateIdentityError,
  type ArchiveEntry,
} from '../../src/archive/identity.ts';
import { capSlug, shortDigest } from '../../src/text/slug-cap.ts';
import { DocumentSchema, type DocumentInput } from '../../src/content/schema.ts';

const data = (d: Partial<DocumentInput>) => DocumentSchema.parse({ kind: 'Kế hoạch', title: 'Kế hoạch thử', ...d });
const entry = (file: string, d: Partial<DocumentInput>): ArchiveEntry => ({ id: file, filePath: file, data: data(d) });

describe('documentYear', () => {
  it('takes the year of the date', () => {
    expect(documentYear(data({ number: '27/KH-LĐLĐ', date: '2024-08-08' }))).toBe(2024);
  });
  it('falls back to the year a normative number carries', () => {
    expect(documentYear(data({ number: '30/2020/NĐ-CP' }))).toBe(2020);
  });
  it('is null when nothing gives a year', () => {
    expect(documentYear(data({ number: '27/KH-LĐLĐ' }))).toBeNull();
  });
});

describe('documentIdentity', () => {
  it('folds printing noise out of the number', () => {
    const a = documentIdentity(data({ number: '09 -NQ/TW', date: '2002-11-08', issuer: 'Bộ Chính trị' }));
    const b = documentIdentity(data({ number: '9-NQ/TW', date: '2002-11-08', issuer: 'BỘ CHÍNH TRỊ' }));
    expect(a).toBe(b);
  });
  it('tells apart the same number of two years or two issuers', () => {
    const base = { number: '27/KH-LĐLĐ', date: '2024-08-08', issuer: 'LĐLĐ huyện Phú Riềng' };
    expect(documentIdentity(data(base))).not.toBe(documentIdentity(data({ ...base, date: '2023-08-08' })));
    expect(documentIdentity(data(base))).not.toBe(documentIdentity(data({ ...base, issuer: 'LĐLĐ huyện Đồng Phú' })));
  });
  it('reads the issuing body, so two printings of one body are one issuer (issue 13)', () => {
    const base = { number: '3304-CV/TU', date: '2023-11-29' };
    const printed = documentIdentity(data({ ...base, issuer: 'BAN THƯỜNG VỤ TỈNH ỦY LÂM ĐỒNG' }));
    expect(printed).toBe('3304-CV/TU|2023|tỉnh ủy lâm đồng');
    expect(documentIdentity(data({ ...base, issuer: 'Tỉnh ủy Lâm Đồng' }))).toBe(printed);
    expect(documentIdentity(data({ ...base, issuer: 'Ban Tuyên giáo Tỉnh ủy Lâm Đồng' }))).not.toBe(printed);
  });
  it('keeps an issuer the authority does not know as printed, folded', () => {
    expect(documentIdentity(data({ number: '5/KH-X', date: '2024-01-01', issuer: 'CÔNG TY  TNHH AN PHÚ' }))).toBe(
      '5/KH-X|2024|công ty tnhh an phú',
    );
  });
});

describe('documentSlugBase', () => {
  it('is readable, free of diacritics and guessable from number and year', () => {
    expect(documentSlugBase(data({ number: '43-NQ/TW' }), 2023)).toBe('2023/43-nq-tw');
    expect(documentSlugBase(data({ number: '27 /KH-LĐLD' }), 2024)).toBe('2024/27-kh-ldld');
  });
  it('uses kind and title for a document without a number', () => {
    expect(documentSlugBase(data({ title: 'Thực hiện Kết luận số 196-KL/TW' }), null)).toBe(
      'khong-ro-nam/ke-hoach-thuc-hien-ket-luan-so-196-kl-tw',
    );
  });
});

describe('buildArchive', () => {
  it('fails on two files with the same identity, naming both files', () => {
    const run = () =>
      buildArchive([
        entry('content/a.md', { number: '27 /KH-LĐLD', date: '2024-08-08', issuer: 'LĐLĐ huyện Phú Riềng' }),
        entry('content/b.md', { number: '27/KH-LĐLĐ', date: '2024-01-02', issuer: 'LĐLĐ HUYỆN PHÚ RIỀNG' }),
      ]);
    expect(run).toThrow(DuplicateIdentityError);
    expect(run).toThrow(/content\/a\.md và content\/b\.md/);
  });

  it('fails on one document filed twice with its issuer printed two ways', () => {
    const run = () =>
      buildArchive([
        entry('content/a.md', {
          number: '27/KH-LĐLĐ',
          date: '2024-08-08',
          issuer: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG',
        }),
        entry('content/b.md', { number: '27/KH-LĐLĐ', date: '2024-08-08', issuer: 'LĐLĐ huyện Phú Riềng' }),
      ]);
    expect(run).toThrow(DuplicateIdentityError);
  });

  it('gives colliding slugs an issuer suffix', () => {
    const { documents } = buildArchive([
      entry('a.md', { number: '27/KH-LĐLĐ', date: '2024-08-08', issuer: 'LĐLĐ huyện Phú Riềng' }),
      entry('b.md', { number: '27/KH-LĐLĐ', date: '2024-03-01', issuer: 'LĐLĐ huyện Đồng Phú' }),
    ]);
    expect(documents.map((d) => d.slug).sort()).toEqual([
      '2024/27-kh-ldld-ldld-huyen-dong-phu',
      '2024/27-kh-ldld-ldld-huyen-phu-rieng',
    ]);
  });
});

describe('documentIdentity with issuers that differ only in diacritics', () => {
  it('keeps "Đông Hải" and "Đồng Hải" apart, but not old and new tone placement', () => {
    const base = { number: '36/KH-UBND', date: '2009-05-01' };
    const dong = documentIdentity(data({ ...base, issuer: 'Ủy ban nhân dân huyện Đông Hải' }));
    expect(dong).not.toBe(documentIdentity(data({ ...base, issuer: 'Ủy ban nhân dân huyện Đồng Hải' })));
    expect(dong).toBe(documentIdentity(data({ ...base, issuer: 'UỶ BAN NHÂN DÂN HUYỆN ĐÔNG HẢI' })));
  });
});

describe('documentIdentity without a number (issue 13)', () => {
  const letter = (sha: string) =>
    data({ kind: 'Công văn', title: 'Công văn', source: { file: 'a.txt', path: null, sha256: sha.repeat(64) } });
  it('tells apart two letters that share kind and title by their source digest', () => {
    expect(documentIdentity(letter('a'))).not.toBe(documentIdentity(letter('b')));
  });
  it('recognises the same source as the same document', () => {
    expect(documentIdentity(letter('a'))).toBe(documentIdentity(letter('a')));
  });
  it('tells apart unnumbered documents by date and issuer', () => {
    const base = { kind: 'Công văn' as const, title: 'Về việc báo cáo' };
    expect(documentIdentity(data({ ...base, date: '2024-01-02' }))).not.toBe(
      documentIdentity(data({ ...base, date: '2024-01-03' })),
    );
    expect(documentIdentity(data({ ...base, issuer: 'Huyện ủy A' }))).not.toBe(
      documentIdentity(data({ ...base, issuer: 'Huyện ủy B' })),
    );
  });
  it('lets the archive hold both letters', () => {
    const entries = [
      { id: 'a', filePath: 'a.md', data: letter('a') },
      { id: 'b', filePath: 'b.md', data: letter('b') },
    ];
    expect(
      buildArchive(entries)
        .documents.map((d) => d.slug)
        .sort(),
    ).toEqual(['khong-ro-nam/cong-van-cong-van-a', 'khong-ro-nam/cong-van-cong-van-b']);
  });
});

describe('documentFileCandidates', () => {
  it('offers the plain name, then the issuer suffix, then a digest of the identity', () => {
    const d = data({ number: '27/KH-LĐLĐ', date: '2024-08-08', issuer: 'LĐLĐ huyện Đồng Phú' });
    expect(documentFileCandidates(d)).toEqual([
      '2024/27-kh-ldld',
      '2024/27-kh-ldld-ldld-huyen-dong-phu',
      `2024/27-kh-ldld-${shortDigest('27/KH-LDLD|2024|lđlđ huyện đồng phú')}`,
    ]);
  });
  it('keeps the digest of the issuer as printed, so a file named with it keeps its name', () => {
    const d = data({
      kind: 'Công văn',
      title: 'Công văn',
      issuer: 'BAN THƯỜNG VỤ TỈNH ỦY LÂM ĐỒNG',
      source: { file: 'a.txt', path: null, sha256: 'a'.repeat(64) },
    });
    expect(documentFileCandidates(d)[2]).toBe(
      `khong-ro-nam/cong-van-cong-van-${shortDigest(`cong van: cong van|?|ban thường vụ tỉnh ủy lâm đồng|${'a'.repeat(16)}`)}`,
    );
  });
  it('skips the issuer suffix when the issuer is unknown', () => {
    expect(documentFileCandidates(data({ number: '27/KH-LĐLĐ', date: '2024-08-08' }))).toHaveLength(2);
  });
});

describe('capSlug', () => {
  it('leaves a slug of 80 characters or fewer alone', () => {
    expect(capSlug('a'.repeat(80))).toBe('a'.repeat(80));
  });
  it('cuts a longer slug to 80 characters ending in a digest of the whole', () => {
    const long = `${'a'.repeat(100)}-b`;
    expect(capSlug(long)).toBe(`${'a'.repeat(71)}-${shortDigest(long)}`);
    expect(capSlug(long)).not.toBe(capSlug(`${'a'.repeat(100)}-c`));
  });
  it('keeps a document slug from an over-long title short enough for any file system', () => {
    expect(documentSlugBase(data({ title: 'x'.repeat(5000) }), null).length).toBeLessThanOrEqual(100);
  });
});
