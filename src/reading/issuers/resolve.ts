/**
 * resolveIssuer: from the issuer block as printed ("LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG", with
 * its parent line "LĐLĐ TỈNH BÌNH PHƯỚC") to the body: canonical name in normal case, level,
 * province, code. Pure and browser-safe; every rule reads the structure of the name (body head,
 * level word, place), never a list of whole names of local bodies.
 */
import { keptAnswers } from '../../text/memo.ts';
import { foldName } from '../../text/vietnamese.ts';
import { findAuthority, nameKey, type Authority } from './authorities.ts';
import {
  EXECUTIVE_HEADS,
  LEADER_TITLES,
  LEVEL_WORDS,
  LOCAL_FAMILIES,
  UNIT_HEADS,
  type LocalFamily,
} from './local-bodies.ts';
import { toFieldCase, toPlaceCase } from './normal-case.ts';
import { provinceOfPlace } from './places.ts';
import { findProvince, foldWords, PROVINCES, provinceEra, provinceLabel, type Province } from './provinces.ts';
import type { IssuerContext, IssuerLevel, ResolvedIssuer } from './types.ts';

/** Context inside the resolver: a nested body may not borrow the parent line as its own body. */
type Ctx = IssuerContext & { nested?: boolean };

/** A word of the printed text: folded key, exact form (case and tone placement only), place in the text. */
interface Token {
  key: string;
  exact: string;
  start: number;
  end: number;
}

/** Letter-or-digit runs of a text ("&" reads "và"); punctuation is kept only in the slices. */
function tokenize(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{M}\p{N}]+|&/gu)].map((m) => ({
    key: m[0] === '&' ? 'va' : foldWords(m[0]),
    exact: foldName(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * Whether the words of `phrase` start at token i, compared folded. A one-word phrase is compared
 * with its diacritics when the text has them: "Số" is not "Sở", "Tư" is not "TU".
 */
function startsWith(tokens: Token[], i: number, phrase: string, exact?: string): boolean {
  const words = phrase.split(' ');
  if (!words.every((w, k) => tokens[i + k]?.key === w)) return false;
  const token = tokens[i]!;
  // Only vowel marks tell such words apart; a D typed for Đ ("LĐLD") is the same word, and a
  // word typed without any mark ("SO CONG THUONG") is given the benefit of the doubt.
  const plain = (w: string): string => w.replace(/đ/g, 'd');
  return (
    words.length > 1 || exact === undefined || plain(token.exact) === plain(exact) || plain(token.exact) === token.key
  );
}

const wordCount = (phrase: string): number => phrase.split(' ').length;
const byLength =
  <T>(key: (x: T) => string) =>
  (a: T, b: T): number =>
    wordCount(key(b)) - wordCount(key(a));

const FAMILY_HEADS = LOCAL_FAMILIES.flatMap((family) =>
  family.heads.map((h) => ({ head: nameKey(h), exact: foldName(h), family })),
).sort(byLength((x) => x.head));
const LEVELS = [...LEVEL_WORDS].sort(byLength((x) => x.words));
const UNITS = [...UNIT_HEADS].sort(byLength((x) => x.words));
const EXECUTIVES = [...EXECUTIVE_HEADS, ...LEADER_TITLES].sort((a, b) => wordCount(b) - wordCount(a));

/** "Hội nghị lần thứ sáu Ban Chấp hành Trung ương": the plenum is its body's. */
const PLENUM_RE = /^(?:Hội nghị|HỘI NGHỊ)(?:\s+(?:lần thứ|LẦN THỨ)\s+\S+)?(?:\s+(?:của|CỦA))?\s+/u;

/** The term after a body's name in citations: "khóa XIII", "nhiệm kỳ 2020 - 2025", "khóa XIV, kỳ họp thứ 20". */
const TERM_RE = /[\s,]+(?:[Kk]h[oó][aá]|KH[OÓ][AÁ]|[Nn]hiệm kỳ|NHIỆM KỲ)\s+(?:\d|[IVXLC]+(?!\p{L}))[\s\S]*$/u;

/** Markdown, escapes, the body's term and stray punctuation around a printed block. */
function cleanPrinted(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[*_#|>`\\]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(TERM_RE, '')
    .replace(PLENUM_RE, '')
    .replace(/^[\s\-–•.:]+|[\s.,;:]+$/g, '')
    .trim();
}

/** Result for a central body. */
function fromAuthority(authority: Authority, printed: string): ResolvedIssuer {
  const code = authority.codes[0];
  return {
    name: authority.name,
    printed,
    level: 'trung-uong',
    body: authority.id,
    matchedBy: 'alias',
    ...(code ? { code } : {}),
  };
}

/** The printed parent chain resolved, if any. */
function resolveParent(context: IssuerContext): ResolvedIssuer | null {
  return context.parent ? resolveIssuer(context.parent, { date: context.date }) : null;
}

/** The province the parent chain states: its resolved body's, or a province named in it. */
function provinceFromParent(context: IssuerContext): Province | undefined {
  if (!context.parent) return undefined;
  const parent = resolveParent(context);
  if (parent?.province) return findProvince(parent.province, context.date, true);
  return findProvince(context.parent, context.date);
}

/** Two sources of a province: agree, or say nothing (never a confident wrong answer). */
function agreeOn(a: Province | undefined, b: Province | undefined): Province | undefined {
  if (!a || !b) return a ?? b;
  return a.name === b.name ? a : undefined;
}

interface PlaceReading {
  level: IssuerLevel;
  province?: Province;
  placeName?: string;
  levelDisplay?: string;
}
type LevelWord = (typeof LEVEL_WORDS)[number];

/**
 * The level a level word and place say. "thành phố X" (and "Thành ủy X") is a province when X
 * is a centrally-run city, else a district-level city; a bare place after a head that has no
 * level word ("UBND Lâm Đồng") is a province only when it is a province's name.
 */
function levelOf(
  levelWord: LevelWord | undefined,
  own: Province | undefined,
  family: LocalFamily,
  hasPlace: boolean,
): IssuerLevel | undefined {
  const cityHead = family.id === 'thanh-uy' || family.id === 'thanh-doan';
  if (levelWord && levelWord.display !== 'thành phố') return levelWord.level;
  // "Ủy ban nhân dân Thành phố" without a name may be either: unknown.
  if (levelWord?.display === 'thành phố' && !hasPlace) return undefined;
  if (levelWord || (cityHead && hasPlace)) return own?.type === 'thanh-pho' ? 'tinh' : 'huyen';
  if (family.fixedLevel) return family.fixedLevel;
  return hasPlace && own ? 'tinh' : undefined;
}

/** Level and province from a level word and a place ("huyện Phú Riềng", "thành phố Cần Thơ"). */
function readPlace(
  levelWord: LevelWord | undefined,
  place: string,
  family: LocalFamily,
  context: IssuerContext,
): PlaceReading | null {
  // A place name is capitalised; a lower-case word after the level word is running text.
  if (place && /^\p{Ll}/u.test(place)) return null;
  const own = place ? findProvince(place, context.date, true) : undefined;
  const level = levelOf(levelWord, own, family, Boolean(place));
  if (!level || !family.levels.includes(level)) return null;
  // "tỉnh X" where X is no province is not a province body (e.g. "Tư pháp" is not "TU Pháp").
  if (level === 'tinh' && place && !own) return null;
  const fromParent = provinceFromParent(context);
  let province: Province | undefined;
  if (level === 'tinh') province = place ? own : fromParent;
  else if (level === 'huyen' && place)
    province = agreeOn(own?.type === 'tinh' ? own : provinceOfPlace(place), fromParent);
  else province = fromParent;
  const placeName = place ? (level === 'tinh' && own ? own.name : toPlaceCase(place)) : undefined;
  const levelDisplay =
    levelWord?.display === 'thành phố' || levelWord?.words === 'tp' ? 'thành phố' : levelWord?.display;
  return {
    level,
    ...(province ? { province } : {}),
    ...(placeName ? { placeName } : {}),
    ...(levelDisplay ? { levelDisplay } : {}),
  };
}

/** The level word at token i, if any. */
function levelWordAt(tokens: Token[], i: number): (typeof LEVEL_WORDS)[number] | undefined {
  // "cơ quan" is not "cơ quận": a level word never follows "cơ".
  if (tokens[i - 1]?.key === 'co') return undefined;
  return LEVELS.find((l) => startsWith(tokens, i, l.words));
}

const EMBEDDED_LEVEL = new Set([
  'tinh-uy',
  'thanh-uy',
  'huyen-uy',
  'quan-uy',
  'thi-uy',
  'tinh-doan',
  'thanh-doan',
  'huyen-doan',
]);

/** The "huyện Phú Riềng" of a parent body's name ("Ủy ban nhân dân huyện Phú Riềng"). */
function placePartOf(parent: ResolvedIssuer | null, level: IssuerLevel): string | undefined {
  if (!parent || parent.level !== level) return undefined;
  const family = LOCAL_FAMILIES.find((f) => f.id === parent.body);
  const rest =
    family && parent.name.startsWith(`${family.display} `) ? parent.name.slice(family.display.length + 1) : undefined;
  return rest && LEVELS.some((l) => nameKey(rest).startsWith(`${l.words} `)) ? rest : undefined;
}

/** Name of a local body from its family and place reading. */
function localName(
  family: LocalFamily,
  field: string | undefined,
  reading: PlaceReading,
  context: IssuerContext,
): string {
  const head = field ? `${family.display} ${toFieldCase(field)}` : family.display;
  // A department of a district is named with its district: "Phòng Tư pháp huyện Phú Riềng".
  if (family.field && !reading.placeName && reading.level !== 'tinh') {
    const where = placePartOf(resolveParent(context), reading.level);
    if (where) return `${head} ${where}`;
  }
  if (EMBEDDED_LEVEL.has(family.id)) {
    const place = reading.placeName ?? (reading.level === 'tinh' ? reading.province?.name : undefined);
    return place ? `${head} ${place}` : head;
  }
  if (reading.level === 'tinh' && reading.province) return `${head} ${provinceLabel(reading.province)}`;
  if (!reading.levelDisplay) return head;
  return reading.placeName ? `${head} ${reading.levelDisplay} ${reading.placeName}` : `${head} ${reading.levelDisplay}`;
}

/** A Party committee printed without a place ("TỈNH ỦY") under its Đảng bộ line: the parent's body. */
function committeeFromParent(family: LocalFamily, context: IssuerContext): ResolvedIssuer | null {
  const parent = resolveParent(context);
  return parent && parent.body === family.id ? parent : null;
}

/** Words that never occur inside a body's name: a phrase holding them is a sentence, not a name. */
const SENTENCE_WORDS = new Set([
  'của',
  'được',
  'để',
  'theo',
  'tại',
  'về',
  'cho',
  'với',
  'là',
  'những',
  'này',
  'đã',
  'sẽ',
  'đang',
  'có',
  'không',
  'thì',
  'mà',
  'do',
  'trưởng',
  'phó',
  'ban',
  'số',
  'các',
]);
/** The longest field of a name we accept ("Thông tin, Tuyên truyền, Khánh tiết" has 6 words). */
const MAX_FIELD_WORDS = 8;

/** Whether tokens [from, to) can be the field of a name ("Công Thương", "Tuyên giáo và Dân vận"). */
function isNameField(tokens: Token[], from: number, to: number): boolean {
  return (
    to - from <= MAX_FIELD_WORDS &&
    tokens.slice(from, to).every((t) => !SENTENCE_WORDS.has(t.exact) && !/\d/.test(t.key))
  );
}

/** Text of tokens [from, to) as printed, punctuation between them kept. */
function sliceText(text: string, tokens: Token[], from: number, to = tokens.length): string {
  if (from >= to) return '';
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end).replace(/[\s.,;:(]+$/, '');
}

/** A Đảng bộ/Đảng ủy (or Đoàn) with a level word: the body it names (Tỉnh ủy, Huyện đoàn, Đảng ủy xã). */
function committeeFamily(family: LocalFamily, levelWord: LevelWord | undefined): LocalFamily {
  if (!family.byLevelWord || !levelWord) return family;
  const id = family.byLevelWord[levelWord.words];
  return (id && LOCAL_FAMILIES.find((f) => f.id === id)) || family;
}

/** "Đảng ủy" + a body ("Đảng ủy Ủy ban nhân dân tỉnh", "Đảng ủy Khối các cơ quan tỉnh"). */
function readPartyOfBody(
  text: string,
  tokens: Token[],
  i: number,
  printed: string,
  context: IssuerContext,
): ResolvedIssuer | null {
  if (tokens[i]?.key === 'khoi') {
    let j = i + 1;
    while (j < tokens.length && !levelWordAt(tokens, j)) j++;
    const levelWord = levelWordAt(tokens, j);
    if (!levelWord || j === i + 1) return null;
    const reading = readPlace(
      levelWord,
      sliceText(text, tokens, j + wordCount(levelWord.words)),
      LOCAL_FAMILIES.find((f) => f.id === 'ubnd')!,
      context,
    );
    if (!reading) return null;
    const bloc = `Khối ${sliceText(text, tokens, i + 1, j).toLocaleLowerCase('vi')}`;
    const where =
      reading.level === 'tinh' && reading.province
        ? provinceLabel(reading.province)
        : [reading.levelDisplay, reading.placeName].filter(Boolean).join(' ');
    return {
      name: `Đảng ủy ${bloc} ${where}`,
      printed,
      level: reading.level,
      body: 'dang-uy',
      matchedBy: 'pattern',
      ...(reading.province ? { province: reading.province.name } : {}),
    };
  }
  const inner = resolveOwn(sliceText(text, tokens, i), printed, context);
  if (!inner || inner.level === 'trung-uong' || inner.members) return null;
  return { ...inner, name: `Đảng ủy ${inner.name}`, body: 'dang-uy', code: 'ĐU', printed };
}

/** Body head + (field) + level word + place. */
function readFamily(
  text: string,
  tokens: Token[],
  family: LocalFamily,
  headLength: number,
  printed: string,
  context: IssuerContext,
): ResolvedIssuer | null {
  let i = headLength;
  let field: string | undefined;
  if (family.field) {
    let j = i;
    while (j < tokens.length && !levelWordAt(tokens, j)) j++;
    if (j === i || !isNameField(tokens, i, j)) return null;
    field = sliceText(text, tokens, i, j);
    i = j;
  }
  const levelWord = levelWordAt(tokens, i);
  if (family.id === 'dang-uy' && !levelWord && i < tokens.length)
    return readPartyOfBody(text, tokens, i, printed, context);
  const own = committeeFamily(family, levelWord);
  const place = sliceText(text, tokens, levelWord ? i + wordCount(levelWord.words) : i);
  if (!place && !levelWord && own.party) {
    const parent = committeeFromParent(own, context);
    if (parent) return { ...parent, printed };
    if (own.id === 'dang-uy') return null;
  }
  const reading = readPlace(levelWord, place, own, context);
  if (!reading) return null;
  // A centrally-run city's Thành ủy numbers its documents like a Tỉnh ủy (`TU`).
  const code = own.id === 'thanh-uy' && reading.level === 'tinh' ? 'TU' : own.codes[0];
  return {
    name: localName(own, field, reading, context),
    printed,
    level: reading.level,
    body: own.id,
    matchedBy: 'pattern',
    ...(reading.province ? { province: reading.province.name } : {}),
    ...(code ? { code } : {}),
  };
}

/** A unit of a body ("Ban Tuyên giáo Tỉnh ủy", "Văn phòng UBND tỉnh"), or of the parent line. */
function readUnit(text: string, tokens: Token[], printed: string, context: Ctx): ResolvedIssuer | null {
  const unit = UNITS.find((u) => startsWith(tokens, 0, u.words, foldName(u.display)));
  if (!unit) return null;
  const headLength = wordCount(unit.words);
  // "Ban Chỉ đạo Trung ương", "Ban Thi đua - Khen thưởng TW": a central body of its own.
  const last = tokens.length - 1;
  const tail =
    tokens[last]?.key === 'tw' ? 1 : tokens[last - 1]?.key === 'trung' && tokens[last]?.key === 'uong' ? 2 : 0;
  if (tail && tokens.length - tail > headLength && isNameField(tokens, headLength, tokens.length - tail)) {
    const field = sliceText(text, tokens, headLength, tokens.length - tail);
    return {
      name: `${unit.display} ${toFieldCase(field)} Trung ương`,
      printed,
      level: 'trung-uong',
      body: 'trung-uong/unit',
      matchedBy: 'pattern',
    };
  }
  for (let j = headLength; j < tokens.length && isNameField(tokens, headLength, j); j++) {
    const body = resolveOwn(sliceText(text, tokens, j), printed, { ...context, nested: true });
    // The body after a unit's name is a body, not another unit ("Ban Tổ chức Tỉnh ủy", not "Ban" + "Tổ chức Tỉnh ủy").
    if (body && !body.members && !body.body.endsWith('/unit')) {
      const field = sliceText(text, tokens, headLength, j);
      // A unit has no code of its own here: its number carries the body's code and a unit suffix.
      const { code: _code, ...rest } = body;
      return {
        ...rest,
        name: `${[unit.display, field && toFieldCase(field)].filter(Boolean).join(' ')} ${body.name}`,
        body: `${body.body}/unit`,
        printed,
      };
    }
  }
  const parent = context.nested ? null : resolveParent(context);
  if (!parent || parent.members) return null;
  if (!isNameField(tokens, headLength, tokens.length)) return null;
  const field = sliceText(text, tokens, headLength);
  // A commission of the Central Committee printed under it: "BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TỔ CHỨC".
  const central = parent.body === 'bch-tw' ? findAuthority(`${text} Trung ương`) : undefined;
  if (central) return fromAuthority(central, printed);
  const name = `${[unit.display, field && toFieldCase(field)].filter(Boolean).join(' ')} ${parent.name}`;
  const { code: _code, ...rest } = parent;
  return { ...rest, name, printed, body: `${parent.body}/unit`, matchedBy: 'parent' };
}

/** An executive organ ("BAN THƯỜNG VỤ TỈNH ỦY", "BAN THƯỜNG TRỰC" under its MTTQ line) is its body. */
function readExecutive(
  text: string,
  tokens: Token[],
  printed: string,
  context: IssuerContext,
): ResolvedIssuer | null | undefined {
  const executive = EXECUTIVES.find((e) => startsWith(tokens, 0, e));
  if (!executive) return undefined;
  const rest = sliceText(text, tokens, wordCount(executive));
  const body = rest ? resolveOwn(rest, printed, context) : resolveParent(context);
  return body ? { ...body, printed } : null;
}

/** Several bodies issuing together, printed "A - B - C". */
function readJoint(text: string, printed: string, context: IssuerContext): ResolvedIssuer | null {
  const parts = text.split(/\s+[-–—]\s+/);
  if (parts.length < 2) return null;
  const resolved = parts.map((part) => resolveOwn(part, part, context)).filter((m): m is ResolvedIssuer => m !== null);
  if (resolved.length !== parts.length) return null;
  const levels = new Set(resolved.map((m) => m.level));
  const provinces = new Set(resolved.map((m) => m.province));
  return {
    name: resolved.map((m) => m.name).join(' - '),
    printed,
    level: resolved[0]!.level,
    body: 'joint',
    matchedBy: 'joint',
    members: resolved,
    ...(levels.size === 1 && provinces.size === 1 && resolved[0]!.province ? { province: resolved[0]!.province } : {}),
  };
}

const compact = (text: string): string => nameKey(text).replace(/ /g, '');

/**
 * Letters spaced apart by a PDF extraction ("ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH"):
 * read body head, level word and province with the spaces removed, and rebuild the name.
 */
function readCompact(text: string, printed: string, context: IssuerContext): ResolvedIssuer | null {
  const squeezed = compact(text);
  for (const { head, family } of FAMILY_HEADS) {
    const afterHead = squeezed.startsWith(head.replace(/ /g, ''))
      ? squeezed.slice(head.replace(/ /g, '').length)
      : undefined;
    if (afterHead === undefined) continue;
    for (const level of ['', ...LEVELS.map((l) => l.words)]) {
      const placeKey = afterHead.startsWith(level.replace(/ /g, ''))
        ? afterHead.slice(level.replace(/ /g, '').length)
        : undefined;
      const province = placeKey
        ? PROVINCES.find((p) => compact(p.name) === placeKey || p.aliases.some((a) => compact(a) === placeKey))
        : undefined;
      if (!province) continue;
      const rebuilt = [family.display, LEVELS.find((l) => l.words === level)?.display, province.name]
        .filter(Boolean)
        .join(' ');
      const result = resolveOwn(rebuilt, printed, context);
      if (result) return result;
    }
  }
  return null;
}

/** Resolve one organ (no " / " chain) in the context of its parent. */
function resolveOwn(text: string, printed: string, context: Ctx): ResolvedIssuer | null {
  const clean = cleanPrinted(text);
  if (!clean) return null;
  const authority = findAuthority(clean);
  if (authority) return fromAuthority(authority, printed);
  const tokens = tokenize(clean);
  const executive = readExecutive(clean, tokens, printed, context);
  if (executive !== undefined) return executive;
  const head = FAMILY_HEADS.find((h) => startsWith(tokens, 0, h.head, h.exact));
  const local = head ? readFamily(clean, tokens, head.family, wordCount(head.head), printed, context) : null;
  return (
    local ??
    readUnit(clean, tokens, printed, context) ??
    readJoint(clean, printed, context) ??
    readCompact(clean, printed, context)
  );
}

/**
 * Issuers already read: an archive prints the same few hundred issuer lines on thousands of
 * documents (15 s of a 100,000-document build read them one by one).
 */
const alreadyRead = keptAnswers<ResolvedIssuer | null>(50_000);

/**
 * The issuing body of a printed issuer block: a central body of the authority table (by name,
 * alias or spelling variant), or a local body read by its pattern (head + level word + place),
 * a unit of a body ("Ban Tuyên giáo Tỉnh ủy"), an executive organ standing for its body
 * ("BAN THƯỜNG VỤ TỈNH ỦY" is the Tỉnh ủy), or a joint issuer. The parent line (context.parent,
 * or a " / " chain in the text itself) gives the province and the body of a bare unit. Returns
 * null when the text names no body we can read; the province is left out when nothing states it.
 * @example resolveIssuer('LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG', { parent: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH PHƯỚC' })
 *   // { name: 'Liên đoàn Lao động huyện Phú Riềng', level: 'huyen', province: 'Bình Phước', code: 'LĐLĐ', … }
 * @example resolveIssuer('THỦ TƯỚNG CHÍNH PHỦ')?.code === 'TTg'
 */
export function resolveIssuer(printed: string, context: IssuerContext = {}): ResolvedIssuer | null {
  // The date counts only as far as which provinces are in force (findProvince).
  const key = `${printed}\u0000${context.parent ?? ''}\u0000${provinceEra(context.date)}`;
  return alreadyRead(key, () => freeze(resolveUncached(printed, context)));
}

/** A shared result made read-only, its members too, so that no caller changes it for the next. */
function freeze(result: ResolvedIssuer | null): ResolvedIssuer | null {
  if (!result) return result;
  result.members?.forEach(freeze);
  Object.freeze(result.members);
  return Object.freeze(result);
}

function resolveUncached(printed: string, context: IssuerContext): ResolvedIssuer | null {
  const shown = printed.replace(/\s+/g, ' ').trim();
  const chain = cleanPrinted(printed)
    .split(/\s+\/\s+/)
    .filter(Boolean);
  const own = chain.pop();
  if (!own) return null;
  const parent = [context.parent, ...chain].filter(Boolean).join(' / ');
  return resolveOwn(own, shown, { ...context, ...(parent ? { parent } : { parent: undefined }) });
}

/**
 * The body named at the start of a phrase that runs on (an issuer phrase cut too late by a
 * citation reader: "Tỉnh ủy Lào Cai thành các chương trình"): the longest leading run of words
 * that resolves, with `printed` set to that run. Use resolveIssuer for a block known to be whole.
 * @example resolveIssuerPrefix('Quốc hội cho tỉnh Thanh Hóa')?.name === 'Quốc hội'
 */
export function resolveIssuerPrefix(phrase: string, context: IssuerContext = {}): ResolvedIssuer | null {
  const words = cleanPrinted(phrase).split(' ');
  for (let n = Math.min(words.length, 16); n > 0; n--) {
    const resolved = resolveIssuer(words.slice(0, n).join(' '), context);
    if (resolved) return resolved;
  }
  return null;
}
