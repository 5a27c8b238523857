/**
 * Document numbers (số, ký hiệu văn bản): parse them, find them in running text, and fold
 * them to a match key. Two systems:
 * - Party numbers, Quy định 66-QĐ/TW and Hướng dẫn 36-HD/VPTW: `N-TYPE/ISSUER` (`43-NQ/TW`,
 *   joint issuers `06-HD/BTCTW-BTGTW`);
 * - State numbers, Nghị định 30/2020/NĐ-CP (Điều 8, Phụ lục I): `N/TYPE-ISSUER`
 *   (`1268/QĐ-TTg`), normative documents `N/YEAR/TYPE-ISSUER` (`30/2020/NĐ-CP`), laws and
 *   resolutions of the National Assembly `N/YEAR/QHnn`, and công văn with no type code
 *   `N/ISSUER-UNIT` (`5865/BQP-TC`).
 *
 * Canonical form (our decision): white space removed, dashes unified, Cyrillic look-alikes
 * repaired, the type code in the spelling of kinds.ts (`CTr`, `QĐ`, `TTr`), issuer segments in
 * upper case except `TTg` (the one mixed-case issuer code, Thủ tướng, Nghị định 30/2020/NĐ-CP
 * Phụ lục III), leading zeros kept as printed: `09 -NQ/TW` → `09-NQ/TW`, `27 /KH-LĐLD` →
 * `27/KH-LĐLD` (we cannot know which D was meant as Đ, so the issuer is not "corrected"; the key
 * makes `LĐLD` and `LĐLĐ` equal). The key is the canonical form with diacritics stripped
 * (đ→d), upper case, and the serial's leading zeros dropped: `09-NQ/TW` → `9-NQ/TW`.
 *
 * Depends only on vietnamese.ts and kinds.ts: numberKey also runs in the browser at search time.
 */
import { canonicalKindCode, KIND_CODES, KIND_NAMES, type KindName } from './kinds.ts';
import { keptAnswers } from '../text/memo.ts';
import { foldSameLength, repairCyrillic, stripDiacritics, unifyDashes } from '../text/vietnamese.ts';
import { joinLetterSpacedNumbers } from './letter-spacing.ts';

/** A document number as printed, with its canonical form and folded match key. */
export interface DocumentNumber {
  /** As printed, white space runs collapsed (line breaks inside the number removed). */
  printed: string;
  /** Canonical spelling, see the module comment (`27/KH-LĐLD`, `09-NQ/TW`). */
  canonical: string;
  /** Folded match key: `9-NQ/TW`, `27/KH-LDLD`. */
  key: string;
  /** The serial part as printed (`09`, `0125`, `66.4`). */
  serial: string;
  /** The year printed inside the number (`30/2020/NĐ-CP` → 2020). */
  year?: number;
  /** The type code, canonical spelling (`NQ`, `CTr`, `QĐ`); absent for State công văn and laws. */
  kindCode?: string;
  /** The kind the number's type code names (a Party `TT` is a Thông tri, a State `TT` a Thông tư). */
  kindName?: KindName;
  /** The issuer part, canonical spelling (`TW`, `KH-LĐLD` → `LĐLD`, `BTCTW-BTGTW`, `QH15`). */
  issuerCode: string;
  /** `party` for `N-TYPE/ISSUER`, `state` for every form with the type after the slash. */
  system: 'party' | 'state';
}

/** A number found in running text, with its place in the text (UTF-16 offsets). */
export type FoundDocumentNumber = DocumentNumber & { index: number; length: number };

/**
 * A serial as compared and keyed: leading zeros dropped, one digit kept (`09` → `9`, `0` → `0`).
 * @example dropLeadingZeros('0125') === '125'
 */
export function dropLeadingZeros(serial: string): string {
  return serial.replace(/^0+(?=\d)/, '');
}

/** Slash look-alikes. */
const SLASHES = /[\u2044\u2215\uFF0F]/g;

/** Optional blanks around a separator, including one line break (a number split by a wrap). */
const SP = '[ \\t]*(?:\\r?\\n[ \\t]*)?';
/** The serial: digits, a letter suffix ("30a/2008/NQ-CP", "1234A/QĐ-UBND"), a sub-number ("66.4"). */
const SERIAL = '(\\d{1,5}[a-zA-Z]?(?:\\.\\d{1,3})?)';
/**
 * What may stand right before a serial: no letter, digit or number punctuation, except "số"
 * glued to it ("số12/QĐ-UBND": a space lost in extraction or OCR).
 */
const SERIAL_START = '(?:(?<![\\p{L}\\p{N}/.:,\\-])|(?<=(?:^|[^\\p{L}])[Ss][ốỐ]))';
const CODE = '([A-ZĐ][A-Za-zĐđ]{0,5})';
const SEG = '[A-ZĐ][A-Za-zĐđ0-9&]*';
const ISSUERS = `(${SEG}(?:${SP}-${SP}${SEG})*)`;

/**
 * One pattern for every form; the alternatives are checked against the kind-code whitelist in
 * code, which is what keeps "2020 - 2025", "quý I/2025", "1/2 ngày" and "3/7" out.
 * `issuerSeparators` are the characters allowed between the type code and the issuer: `-`,
 * and `/` for joint circulars printed "69/2000/TTLT/BNN-TCTK".
 */
function numberPattern(issuerSeparators: string, flags: string): RegExp {
  return new RegExp(
    `${SERIAL_START}${SERIAL}${SP}(?:` +
      `-${SP}${CODE}${SP}/${SP}${ISSUERS}` + // party: N-TYPE/ISSUER
      `|/${SP}(?:(\\d{4})${SP}([/-])${SP})?(${SEG})(?:${SP}([${issuerSeparators}])${SP}${ISSUERS})?` + // state forms
      `)(?![\\p{L}\\p{N}&])`,
    flags,
  );
}
const NUMBER_RE = numberPattern('\\-/', 'gu');
/** The same at one position, the issuer after a dash only: the retry when a slash misled. */
const DASH_NUMBER_RE = numberPattern('\\-', 'uy');

/** "Ð" (U+00D0, Latin eth) and "ð" typed for "Đ" and "đ" (they look the same in most fonts). */
const ETH_RE = /[\u00D0\u00F0]/g;

/** Markdown's backslash before punctuation ("57\\-NQ/TW" in a transcription), not part of the number. */
const MD_ESCAPE_RE = /\\(?=[-_*.])/g;

/** A number as printed: Markdown escapes dropped, white space runs collapsed. */
function printedForm(slice: string): string {
  return slice.replace(MD_ESCAPE_RE, '').replace(/\s+/g, ' ').trim();
}

/**
 * OCR reads 0 as "O" and 1 as "l" or "I" inside a serial or a year ("1O/NQ-HĐND", "l2/QĐ-UBND",
 * "15/2O24/NĐ-CP"): a run of digits and those letters holding a digit, right before a separator
 * and a code (or between the slashes of a year), is read as digits. A word never holds a digit.
 */
const OCR_SERIAL_RE =
  /(?<![\p{L}\p{N}])(?=[0-9OlI]*\d)(?=[0-9]*[OlI])[0-9OlI]{2,5}(?=[ \t]*[-/][ \t]*(?:[0-9OlI]{4}[ \t]*\/[ \t]*)?[A-ZĐ])/gu;
const OCR_YEAR_RE = /(?<=\/[ \t]*)(?=[0-9OlI]*\d)(?=[0-9]*[OlI])[0-9OlI]{4}(?=[ \t]*\/[ \t]*[A-ZĐ])/gu;
const ocrDigits = (run: string): string => run.replace(/O/g, '0').replace(/[lI]/g, '1');

/** Replace dash and slash look-alikes, Cyrillic look-alike letters, Markdown escapes and OCR digit slips; keeps the length. */
function prepare(text: string): string {
  return repairCyrillic(unifyDashes(text.replace(MD_ESCAPE_RE, ' ')).replace(SLASHES, '/'))
    .replace(ETH_RE, (c) => (c === 'Ð' ? 'Đ' : 'đ'))
    .replace(OCR_SERIAL_RE, ocrDigits)
    .replace(OCR_YEAR_RE, ocrDigits);
}

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Issuer segments: upper case, except the conventional mixed-case `TTg`. */
function canonicalIssuer(issuers: string): string {
  return squash(issuers)
    .split('-')
    .map((seg) => (seg.toUpperCase() === 'TTG' ? 'TTg' : seg.toUpperCase()))
    .join('-');
}

function kindNameFor(code: string | undefined, system: 'party' | 'state'): KindName | undefined {
  if (!code) return undefined;
  // Hướng dẫn 36-HD/VPTW: in Party numbers TT abbreviates Thông tri, not Thông tư.
  if (system === 'party' && code === 'TT') return 'Thông tri';
  return KIND_CODES[code];
}

function makeKey(canonical: string, serial: string): string {
  const rest = canonical.slice(serial.length);
  const folded = dropLeadingZeros(serial) + rest;
  return stripDiacritics(folded).toUpperCase();
}

/** Build a DocumentNumber from the groups of NUMBER_RE, or null when the whitelist rejects it. */
function fromMatch(m: RegExpExecArray, original: string): DocumentNumber | null {
  const [, serial = '', partyCode, partyIssuers, year, yearSep, seg, issuerSep, stateIssuers] = m;
  const printed = printedForm(original);
  if (partyCode !== undefined) return fromPartyMatch(printed, serial, partyCode, partyIssuers);
  if (seg === undefined) return null;
  const parts =
    year !== undefined
      ? readYearForm(Number(year), yearSep, seg, issuerSep, stateIssuers)
      : readPlainStateForm(seg, issuerSep, stateIssuers);
  if (!parts) return null;
  const { kindCode, issuerCode } = parts;
  const canonical = `${serial}/${year !== undefined ? `${year}/` : ''}${kindCode ? `${kindCode}-` : ''}${issuerCode}`;
  const result: DocumentNumber = {
    printed,
    canonical,
    key: makeKey(canonical, serial),
    serial,
    issuerCode,
    system: 'state',
  };
  if (year !== undefined) result.year = Number(year);
  if (kindCode) {
    result.kindCode = kindCode;
    const name = kindNameFor(kindCode, 'state');
    if (name) result.kindName = name;
  } else if (year === undefined) {
    result.kindName = 'Công văn';
  }
  return result;
}

/** N-TYPE/ISSUER (Hướng dẫn 36-HD/VPTW), the type code in the whitelist. */
function fromPartyMatch(
  printed: string,
  serial: string,
  partyCode: string,
  partyIssuers: string | undefined,
): DocumentNumber | null {
  const kindCode = canonicalKindCode(partyCode);
  if (!kindCode || !partyIssuers) return null;
  const issuerCode = canonicalIssuer(partyIssuers);
  const canonical = `${serial}-${kindCode}/${issuerCode}`;
  return {
    printed,
    canonical,
    key: makeKey(canonical, serial),
    serial,
    kindCode,
    kindName: kindNameFor(kindCode, 'party'),
    issuerCode,
    system: 'party',
  };
}

type StateParts = { kindCode?: string; issuerCode: string } | null;

/** N/YEAR/TYPE-ISSUER, a joint circular's N/YEAR/TTLT/ISSUERS, or a law's N/YEAR/QHnn. */
function readYearForm(
  year: number,
  yearSep: string | undefined,
  seg: string,
  issuerSep: string | undefined,
  stateIssuers: string | undefined,
): StateParts {
  if (year < 1945 || year > 2100) return null;
  const segCode = canonicalKindCode(seg);
  if (segCode && stateIssuers) return { kindCode: segCode, issuerCode: canonicalIssuer(stateIssuers) };
  // N/YEAR/QHnn: laws and resolutions of the National Assembly carry no type code; the
  // legislature's number is always printed ("2021/2025/QH" is not a number); "UBTV" is kept
  // for a code split by a line wrap (joinSplitAssemblyCode).
  if (
    !segCode &&
    yearSep === '/' &&
    /^(?:[A-ZĐ]{2,}\d{1,2}|UBTV)$/.test(seg) &&
    !stateIssuers &&
    issuerSep === undefined
  )
    return { issuerCode: canonicalIssuer(seg) };
  return null;
}

/** N/TYPE-ISSUER, or a State công văn N/ISSUER-UNIT (Nghị định 30/2020/NĐ-CP, Phụ lục III, mục II). */
function readPlainStateForm(seg: string, issuerSep: string | undefined, stateIssuers: string | undefined): StateParts {
  // Without a year, the issuer follows the type code after a dash only.
  if (!stateIssuers || issuerSep !== '-') return null;
  const segCode = canonicalKindCode(seg);
  if (segCode) return { kindCode: segCode, issuerCode: canonicalIssuer(stateIssuers) };
  // The issuer must look like an abbreviation: two or more capitals.
  if ((seg.match(/[A-ZĐ]/g) ?? []).length < 2) return null;
  return { issuerCode: canonicalIssuer(`${seg}-${stateIssuers}`) };
}

/** "số" (or "số:") right before a position, the blank possibly lost. */
const SO_BEFORE_RE = /(?<![a-z])so\s*:?\s*$/;

/**
 * A capital letter after the serial ("1234A/QĐ-UBND") is a suffix only right after "số": alone,
 * "3A/QĐ-UBND" is as likely an item label or a scrap of a table. A small letter is always one.
 */
function isSuffixAllowed(serial: string, prepared: string, index: number): boolean {
  return !/[A-Z]$/.test(serial) || SO_BEFORE_RE.test(foldSameLength(prepared.slice(Math.max(0, index - 12), index)));
}

/**
 * Every document number in running text, in order, with its offset and length in `text`.
 * Offsets refer to `text` as given (pass NFC text: the importer stores NFC).
 * @example findDocumentNumbers('Nghị quyết số 43-NQ/TW, ngày 24/11/2023')[0].canonical === '43-NQ/TW'
 */
export function findDocumentNumbers(text: string): FoundDocumentNumber[] {
  // Every pattern below needs an ASCII digit, and reading OCR letters as digits (prepare) only
  // happens next to one: a text without any has no number. Most paragraphs of a body have none.
  if (!/[0-9]/.test(text)) return [];
  const joined = joinLetterSpacedNumbers(text);
  if (!joined) return findNumbersIn(text);
  // Letter-spaced lines ("4 0 / Q Đ - U B N D"): found in the joined text, placed in the original.
  return findNumbersIn(joined.text).map((n) => {
    const index = joined.toOriginal[n.index] ?? n.index;
    const end = (joined.toOriginal[n.index + n.length - 1] ?? n.index + n.length - 1) + 1;
    return { ...n, index, length: end - index, printed: printedForm(text.slice(index, end)) };
  });
}

function findNumbersIn(text: string): FoundDocumentNumber[] {
  const prepared = prepare(text);
  const found: FoundDocumentNumber[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(prepared); m; m = NUMBER_RE.exec(prepared)) {
    let number = fromMatch(m, prepared.slice(m.index, m.index + m[0].length));
    if (!number && m[7] === '/') {
      // "85/2015/QH13/…", "5/KH/…": read again with the issuer after a dash only.
      DASH_NUMBER_RE.lastIndex = m.index;
      const retry = DASH_NUMBER_RE.exec(prepared);
      if (retry) {
        number = fromMatch(retry, prepared.slice(retry.index, retry.index + retry[0].length));
        if (number) m = retry;
      }
    }
    if (number && !isSuffixAllowed(number.serial, prepared, m.index)) number = null;
    if (!number) {
      // Let a shorter overlapping candidate start inside a rejected one.
      NUMBER_RE.lastIndex = m.index + 1;
      continue;
    }
    found.push({
      ...number,
      printed: printedForm(text.slice(m.index, m.index + m[0].length)),
      index: m.index,
      length: m[0].length,
    });
  }
  const led = findKindLedNumbers(prepared, text).filter(
    (n) => !found.some((f) => n.index < f.index + f.length && f.index < n.index + n.length),
  );
  return [...found, ...led]
    .sort((a, b) => a.index - b.index)
    .map((n) => joinSplitAssemblyCode(joinSpacedIssuer(n, text), text));
}

/**
 * Old and non-standard numbers, accepted only by the kind word printed in front of them (the
 * type-code whitelist cannot vouch for them): numbers before Nghị định 30/2020/NĐ-CP and its
 * predecessors with no type code ("Nghị định số 88/CP", "Quyết định 131/TTg", "Nghị định
 * 235/HĐBT", "Quyết định số 25-HĐBT", "Thông tư 84 TC/CĐKT"), and type codes outside the list
 * ("Kế hoạch hành động số 45-KHHĐ/TU"). A Prime Minister's "N/TTg" needs no kind word: no
 * other text has that shape.
 */
const KIND_LED_RE = new RegExp(
  `${SERIAL_START}(\\d{1,5}[a-zA-Z]?)(?:${SP}([-/])${SP}([A-ZĐ][A-Za-zĐđ]{1,7})(?:${SP}/${SP}${ISSUERS})?` +
    `|[ \\t]+([A-ZĐ]{2,6})${SP}/${SP}${ISSUERS})(?![\\p{L}\\p{N}&/])`,
  'gu',
);
/** Kind words folded; the blank inside may be lost in extraction ("Nghịđịnh", "Tờtrình"). */
const KIND_WORDS_FOLDED = KIND_NAMES.map((k) => foldSameLength(k).replace(/ /g, '\\s*')).join('|');
/** The kind word right before the number, "số" optional: "Nghị định 235/HĐBT", "Quyết định số 131/TTg". */
const KIND_RIGHT_BEFORE_RE = new RegExp(`(?<![a-z])(?:${KIND_WORDS_FOLDED})\\s+(?:so\\s*:?\\s*)?$`);
/** The kind word, up to three words, then "số": "Kế hoạch hành động số 45-KHHĐ/TU". */
const KIND_THEN_SO_RE = new RegExp(`(?<![a-z])(?:${KIND_WORDS_FOLDED})(?:\\s+[a-z]+){0,3}\\s+so\\s*:?\\s*$`);

/** Two capitals at least: an organ's abbreviation, not a word ("Sở", "Tỉnh"). */
const isAbbreviation = (code: string): boolean => (code.match(/[A-ZĐ]/g) ?? []).length >= 2;

function findKindLedNumbers(prepared: string, text: string): FoundDocumentNumber[] {
  const found: FoundDocumentNumber[] = [];
  for (const m of prepared.matchAll(KIND_LED_RE)) {
    // Only the 60 characters before a match are read: folding the whole text on every call
    // made number finding ten times slower on long bodies.
    const before = foldSameLength(prepared.slice(Math.max(0, m.index - 60), m.index));
    const number = fromKindLedMatch(m, KIND_RIGHT_BEFORE_RE.test(before), KIND_THEN_SO_RE.test(before));
    if (number)
      found.push({
        ...number,
        printed: printedForm(text.slice(m.index, m.index + m[0].length)),
        index: m.index,
        length: m[0].length,
      });
  }
  return found;
}

/** Build an old or non-standard number when its kind word allows it (see KIND_LED_RE). */
function fromKindLedMatch(m: RegExpMatchArray, kindRightBefore: boolean, kindThenSo: boolean): DocumentNumber | null {
  const [whole, serial = '', sep, code, issuers, spacedCode, spacedIssuers] = m;
  const printed = printedForm(whole);
  const state = (canonical: string, issuerCode: string, kindCode?: string): DocumentNumber => {
    const n: DocumentNumber = {
      printed,
      canonical,
      key: makeKey(canonical, serial),
      serial,
      issuerCode,
      system: sep === '-' && issuers ? 'party' : 'state',
    };
    if (kindCode) n.kindCode = kindCode;
    return n;
  };
  if (spacedCode !== undefined && spacedIssuers !== undefined) {
    // "Thông tư 84 TC/CĐKT": the old ministry form, a blank between serial and code.
    if (!kindRightBefore) return null;
    const issuerCode = canonicalIssuer(spacedIssuers);
    return state(`${serial} ${spacedCode}/${issuerCode}`, issuerCode, spacedCode);
  }
  if (code === undefined) return null;
  if (sep === '-' && issuers !== undefined) {
    // "45-KHHĐ/TU": a Party number whose type code is not in the list.
    if (!kindThenSo || canonicalKindCode(code) || !isAbbreviation(code)) return null;
    const issuerCode = canonicalIssuer(issuers);
    return state(`${serial}-${code}/${issuerCode}`, issuerCode, code);
  }
  if (issuers !== undefined || !isAbbreviation(code)) return null;
  // "Kế hoạch số 2025 - UBND tỉnh …": a year and an organ, not a number.
  if (sep === '-' && /^(?:19[4-9]|20\d)\d$/.test(serial)) return null;
  const issuerCode = canonicalIssuer(code);
  // "88/CP", "235/HĐBT" after a kind word; "131/TTg" anywhere; "25-HĐBT" only after "số".
  const allowed = sep === '/' ? kindRightBefore || kindThenSo || code === 'TTg' : kindThenSo;
  if (!allowed || canonicalKindCode(code)) return null;
  return state(`${serial}${sep}${issuerCode}`, issuerCode);
}

/**
 * A Standing Committee number split by a line wrap inside its code ("101/2025/UBTV\nQH15"):
 * `UBTVQHnn` is the code of the Ủy ban Thường vụ Quốc hội, `UBTV` alone names no legislature.
 */
function joinSplitAssemblyCode(n: FoundDocumentNumber, text: string): FoundDocumentNumber {
  if (n.year === undefined || n.kindCode || n.issuerCode !== 'UBTV') return n;
  const split = /^[ \t]*(?:\r?\n[ \t]*)?(QH\d{2})(?![\p{L}\p{N}])/u.exec(text.slice(n.index + n.length));
  if (!split?.[1]) return n;
  const issuerCode = `UBTV${split[1]}`;
  return withLongerIssuer(n, text, issuerCode, `${n.serial}/${n.year}/${issuerCode}`, split[0].length);
}

/** A found number whose issuer code reads on past its match by `extra` characters of `text`. */
function withLongerIssuer(
  n: FoundDocumentNumber,
  text: string,
  issuerCode: string,
  canonical: string,
  extra: number,
): FoundDocumentNumber {
  const length = n.length + extra;
  return {
    ...n,
    issuerCode,
    canonical,
    key: makeKey(canonical, n.serial),
    length,
    printed: printedForm(text.slice(n.index, n.index + length)),
  };
}

/**
 * Letter-spaced issuer ("3210/QĐ - U B ND"): PDF text extraction splits capitals apart. When the
 * last issuer segment is a single capital followed by more spaced capitals and then a blank or a
 * table bar, join them.
 */
function joinSpacedIssuer(n: FoundDocumentNumber, text: string): FoundDocumentNumber {
  if (!/-[A-ZĐ]$/u.test(n.canonical)) return n;
  const after = text.slice(n.index + n.length);
  const spaced = /^((?:[ \t][A-ZĐ]{1,2})+)(?=[ \t]*(?:$|\r?\n|\|)|[ \t]{2,})/u.exec(after);
  if (!spaced?.[1]) return n;
  const issuerCode = canonicalIssuer(n.issuerCode + squash(spaced[1]));
  const canonical = n.canonical.slice(0, n.canonical.length - n.issuerCode.length) + issuerCode;
  return withLongerIssuer(n, text, issuerCode, canonical, spaced[1].length);
}

/**
 * Parse one number given on its own ("27 /KH-LĐLD", "Số: 3304 - CV/TU", a frontmatter value),
 * tolerant of the same noise as findDocumentNumbers plus letter-spaced issuers ("QĐ - U B ND").
 * Returns null when the text does not start with a number.
 * @example parseDocumentNumber('Số: 09 -NQ/TW')?.key === '9-NQ/TW'
 */
export function parseDocumentNumber(text: string): DocumentNumber | null {
  const stripped = text.replace(/^[\s*_|#]*(?:s[ốo]\s*:?\s*)?/iu, '');
  const offset = text.length - stripped.length;
  const first = findDocumentNumbers(text).find((n) => n.index >= offset && n.index <= offset + 2);
  if (!first) return parseKindLedNumber(text, offset);
  const { index: _index, length: _length, ...number } = first;
  return number;
}

/**
 * A number given on its own is known to be one: old and non-standard forms ("88/CP",
 * "45-KHHĐ/TU") are read as if their kind word stood before them, as in the text they came from.
 */
function parseKindLedNumber(text: string, offset: number): DocumentNumber | null {
  const prepared = prepare(text);
  KIND_LED_RE.lastIndex = 0;
  for (const m of prepared.matchAll(KIND_LED_RE)) {
    if (m.index < offset || m.index > offset + 2) continue;
    const number = fromKindLedMatch(m, true, true);
    return number ? { ...number, printed: printedForm(text.slice(m.index, m.index + m[0].length)) } : null;
  }
  return null;
}

/**
 * Keys already read: a directive's number is cited by every document that implements it (5 s
 * of a 100,000-document build read them one by one).
 */
const keys = keptAnswers<string>(100_000);

/**
 * The folded match key of a printed number ('' when it is not one): NFC, dashes unified,
 * blanks around `-` and `/` removed, diacritics stripped with đ→d, upper case, leading zeros
 * of the serial dropped. Used by the importer, the graph and the search box alike.
 * @example numberKey('09 -NQ/TW') === '9-NQ/TW'; numberKey('27/KH-LĐLĐ') === numberKey('27 /KH-LĐLD')
 */
export function numberKey(text: string): string {
  return keys(text, () => parseDocumentNumber(text.normalize('NFC'))?.key ?? '');
}
