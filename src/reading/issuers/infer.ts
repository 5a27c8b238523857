/**
 * inferIssuer: the issuing body of a document whose header lost it, read from what the rest of
 * the document says — the issuer code of its number (`…/KH-BHXH`, `…-CV/TU`), the body's own
 * "X ban hành …"/"X yêu cầu …" sentence, the closing "Trên đây là Kế hoạch của X", the place
 * line, the signature block and the "Lưu VPTU" line of the recipients. The result is always
 * marked inferred, with the evidence and review flags in Vietnamese; the province stays unknown
 * (and flagged) when nothing states it, and disagreeing evidence gives null with the reason.
 */
import { findAuthoritiesByCode, nameKey } from './authorities.ts';
import { LOCAL_FAMILIES } from './local-bodies.ts';
import { provinceOfPlace } from './places.ts';
import { findProvince, provinceLabel, type Province } from './provinces.ts';
import { AUTHORITIES } from './authorities.ts';
import { resolveIssuer } from './resolve.ts';
import type { ResolvedIssuer } from './types.ts';

/** What a document says about its issuer outside the header. */
export interface IssuerEvidence {
  /** Issuer part of the document's own number (`BHXH`, `TU`, `LĐLD`, `MTTQ-BTT`): DocumentNumber.issuerCode. */
  issuerCode?: string;
  /** Body text (opening and closing paragraphs are read). */
  body?: string;
  /** Place of the place-and-date line ("Lâm Đồng"). */
  place?: string;
  /** Signature block: "T/M BAN THƯỜNG VỤ" and "PHÓ BÍ THƯ". */
  signer?: { onBehalf?: string; title?: string };
  /** Nơi nhận items ("Lưu VPTU"). */
  recipients?: string[];
  /** Superior organ line, when the header kept it. */
  parent?: string;
  /** ISO date of the document. */
  date?: string;
}

export interface InferredIssuer extends ResolvedIssuer {
  inferred: true;
  /** Visible note: "Suy ra từ nội dung: …". */
  note: string;
}

export interface IssuerInference {
  issuer: InferredIssuer | null;
  /** Each piece of evidence used, in Vietnamese. */
  evidence: string[];
  /** Review flags in Vietnamese: always the inference itself, the unknown province, a conflict. */
  flags: string[];
  /** Why there is no issuer (Vietnamese), when issuer is null. */
  reason?: string;
}

/** Body ids a clue allows, with what else it says. */
interface Clue {
  bodies: Set<string>;
  what: string;
  resolved?: ResolvedIssuer;
  subject?: string;
}

/** Party committees at province level share the code `TU` (Tỉnh ủy, and Thành ủy of a centrally-run city). */
const SAME_BODY: Record<string, string[]> = { 'tinh-uy': ['thanh-uy'], 'thanh-uy': ['tinh-uy'] };

/** Body ids for the first segment of a number's issuer code. */
function bodiesOfCode(code: string): Set<string> {
  const head = code.split(/\s*-\s*/)[0] ?? '';
  const folded = nameKey(head).replace(/ /g, '');
  const ids = findAuthoritiesByCode(head).map((a) => a.id);
  for (const family of LOCAL_FAMILIES) {
    if (family.codes.some((c) => nameKey(c).replace(/ /g, '') === folded))
      ids.push(family.id, ...(SAME_BODY[family.id] ?? []));
  }
  return new Set(ids);
}

/**
 * Verbs whose subject is the issuer when they open or close the document ("BHXH Việt Nam ban
 * hành Kế hoạch", "Ban Thường vụ Tỉnh ủy yêu cầu …"). "hướng dẫn", "chủ trì", "thông báo" are
 * left out: in the tasks section their subjects are the bodies given the tasks.
 */
const VERBS = 'ban hành|yêu cầu|xây dựng kế hoạch|xây dựng chương trình';
/** The opening and the closing of a body: where the issuer speaks of itself. */
const EDGE = 2500;
/** "…, BHXH Việt Nam ban hành Kế hoạch": the clause before the verb is the subject. */
const SUBJECT_RE = new RegExp(`([^.;:!?\\n,()“”"]{2,90}?)\\s+(?:${VERBS})(?=[\\s,.:])`, 'giu');
/** "Trên đây là Kế hoạch của BTV Liên đoàn Lao động huyện về …". */
const CLOSING_RE =
  /Trên đây là\s+[^.;\n]{0,60}?\s+của\s+([^.;:,\n]{2,90}?)\s+(?:về|triển khai|thực hiện|nhằm|trong|đề nghị)\s/giu;

/** Words after which a body is a cited document's issuer or a partner, not the subject ("… của Bộ Y tế ban hành"). */
const NOT_SUBJECT_AFTER = new Set(['của', 'do', 'theo', 'với', 'và', 'cho', 'tại', 'giữa']);

/**
 * The longest tail of a phrase that names a body ("năm 2025 BHXH Việt Nam" → "BHXH Việt Nam");
 * none past a "của"/"do": "… của Thủ tướng Chính phủ ban hành" is about a cited document.
 */
function bodyAtEnd(phrase: string, date?: string): { subject: string; resolved: ResolvedIssuer } | undefined {
  const words = phrase.replace(/[*_]/g, ' ').trim().split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    if (k > 0 && NOT_SUBJECT_AFTER.has(words[k - 1]!.toLocaleLowerCase('vi'))) return undefined;
    const subject = words.slice(k).join(' ');
    const resolved = resolveIssuer(subject, date ? { date } : {});
    if (resolved && !resolved.members) return { subject, resolved };
  }
  return undefined;
}

/** The first body sentence with a body as subject, preferring "ban hành". */
function clueFromBody(body: string, date?: string): Clue | undefined {
  const edges = body.length > 2 * EDGE ? `${body.slice(0, EDGE)}\n${body.slice(-EDGE)}` : body;
  const found: Array<{ verb: boolean; clue: Clue }> = [];
  for (const m of edges.matchAll(SUBJECT_RE)) {
    const hit = bodyAtEnd(m[1] ?? '', date);
    if (hit)
      found.push({
        verb: /ban hành/iu.test(m[0]),
        clue: {
          bodies: new Set([hit.resolved.body]),
          what: `câu trong nội dung: “${hit.subject} ${m[0].slice((m[1] ?? '').length).trim()}”`,
          ...hit,
        },
      });
  }
  for (const m of body.slice(-EDGE).matchAll(CLOSING_RE)) {
    const hit = bodyAtEnd(m[1] ?? '', date);
    if (hit)
      found.push({
        verb: false,
        clue: { bodies: new Set([hit.resolved.body]), what: `câu kết: “${m[0].trim()}”`, ...hit },
      });
  }
  return (found.find((f) => f.verb) ?? found[0])?.clue;
}

/** "Lưu VPTU", "Lưu: Văn phòng Tỉnh ủy": the committee whose office keeps the file. */
function clueFromRecipients(recipients: string[]): Clue | undefined {
  const offices: Array<[RegExp, string[]]> = [
    [/(?<!\p{L})(?:VPTU|VPTƯ|văn phòng tỉnh ủy|văn phòng thành ủy)(?!\p{L})/iu, ['tinh-uy', 'thanh-uy']],
    [/(?<!\p{L})(?:VPHU|văn phòng huyện ủy)(?!\p{L})/iu, ['huyen-uy']],
    [/(?<!\p{L})(?:VPĐU|văn phòng đảng ủy)(?!\p{L})/iu, ['dang-uy']],
  ];
  for (const item of recipients) {
    const text = item.normalize('NFC').replace(/uỷ/giu, 'ủy');
    if (!/^[\s\-–•*]*lưu(?!\p{L})/iu.test(text)) continue;
    const office = offices.find(([re]) => re.test(text));
    if (office) return { bodies: new Set(office[1]), what: `nơi lưu: “${item.trim()}”` };
  }
  return undefined;
}

const isParty = (body: string): boolean =>
  LOCAL_FAMILIES.some((f) => f.id === body && f.party) || ['bch-tw', 'bo-chinh-tri', 'ban-bi-thu'].includes(body);
const isYouth = (body: string): boolean => /doan/.test(body) && !/ldld/.test(body);

/** Whether the signer's title fits the body: a Party committee signs as Bí thư, never as Chủ tịch. */
function signerConflict(signer: IssuerEvidence['signer'], body: string): string | undefined {
  const title = nameKey(signer?.title ?? '');
  if (!title) return undefined;
  if (/\bbi thu\b/.test(title) && !isParty(body) && !isYouth(body))
    return 'người ký là Bí thư nhưng cơ quan không phải cấp ủy đảng hay tổ chức Đoàn';
  if (/\bchu tich\b/.test(title) && isParty(body)) return 'người ký là Chủ tịch nhưng cơ quan là cấp ủy đảng';
  return undefined;
}

/** A failed inference: no issuer, and why. */
function refuse(reason: string, evidence: string[]): IssuerInference {
  return { issuer: null, evidence, flags: [`Không suy ra được cơ quan ban hành: ${reason}.`], reason };
}

/** The single body the clues leave, as a first reading (name without place). */
function baseIssuer(
  bodies: Set<string>,
  sentence: Clue | undefined,
  place: Province | undefined,
  parent: string | undefined,
  date?: string,
): ResolvedIssuer | string {
  if (sentence?.resolved && bodies.has(sentence.resolved.body)) return sentence.resolved;
  let ids = [...bodies];
  // Tỉnh ủy and a centrally-run city's Thành ủy share `TU`: the place line tells them apart.
  if (ids.length === 2 && ids.includes('tinh-uy') && ids.includes('thanh-uy') && place)
    ids = [place.type === 'thanh-pho' ? 'thanh-uy' : 'tinh-uy'];
  if (ids.length !== 1) return `mã cơ quan dùng chung cho nhiều cơ quan (${ids.join(', ')})`;
  const id = ids[0]!;
  const name = AUTHORITIES.find((a) => a.id === id)?.name ?? LOCAL_FAMILIES.find((f) => f.id === id)?.display ?? id;
  const context = { ...(parent ? { parent } : {}), ...(date ? { date } : {}) };
  const resolved =
    id === 'thanh-uy' && place ? resolveIssuer(`Thành ủy ${place.name}`, context) : resolveIssuer(name, context);
  return resolved ?? 'không rõ cấp của cơ quan (tỉnh, huyện hay xã)';
}

/** Complete a local body with the place line: "LĐLĐ tỉnh" + "Lai Châu" → "Liên đoàn Lao động tỉnh Lai Châu". */
function withPlace(
  base: ResolvedIssuer,
  subject: string,
  place: string | undefined,
  evidence: IssuerEvidence,
): ResolvedIssuer | string {
  if (!place || base.level === 'trung-uong') return base;
  const own = findProvince(place, evidence.date, true);
  const province = own ?? provinceOfPlace(place);
  if (base.province) {
    if (province && province.name !== base.province && base.level === 'tinh')
      return `địa danh “${place}” không thuộc ${base.province}`;
    return base;
  }
  const date = evidence.date ? { date: evidence.date } : {};
  // A provincial body writes its province (Nghị định 30/2020/NĐ-CP, Phụ lục I): read it as the
  // body's parent line. A district or commune body writes its own place, so a province name
  // there says nothing about the body.
  let completed: ResolvedIssuer | null = null;
  if (base.level === 'tinh' && province)
    completed = resolveIssuer(subject, { parent: evidence.parent ?? provinceLabel(province), ...date });
  else if (base.level !== 'tinh' && !own)
    completed = resolveIssuer(`${subject} ${place}`, {
      ...(evidence.parent ? { parent: evidence.parent } : {}),
      ...date,
    });
  return completed && completed.body === base.body && completed.level === base.level ? completed : base;
}

/**
 * The issuer of a document whose header lost it, from the rest of the document. Never silent
 * (the result is marked inferred, with its evidence and review flags) and never a confident
 * wrong answer (disagreeing evidence gives null and the reason).
 * @example inferIssuer({ issuerCode: 'BHXH', body: '… BHXH Việt Nam ban hành Kế hoạch …', place: 'Hà Nội' }).issuer?.name
 *   // 'Bảo hiểm xã hội Việt Nam'
 */
export function inferIssuer(evidence: IssuerEvidence): IssuerInference {
  const clues: Clue[] = [];
  const code = evidence.issuerCode?.trim();
  if (code) {
    const bodies = bodiesOfCode(code);
    if (bodies.size) clues.push({ bodies, what: `mã cơ quan trong số hiệu: ${code}` });
  }
  const sentence = evidence.body ? clueFromBody(evidence.body, evidence.date) : undefined;
  if (sentence) clues.push(sentence);
  const office = evidence.recipients ? clueFromRecipients(evidence.recipients) : undefined;
  if (office) clues.push(office);
  const used = clues.map((c) => c.what);
  if (!clues.length) return refuse('văn bản không có mã cơ quan, câu nêu chủ thể ban hành hay nơi lưu', used);
  // The filing line only supports other evidence: templates are copied with it ("Lưu VPHU" in a commune's letter).
  if (clues.length === 1 && office) return refuse('chỉ có nơi lưu, chưa đủ để suy ra cơ quan ban hành', used);
  let bodies = clues[0]!.bodies;
  for (const clue of clues.slice(1)) {
    const common = new Set([...bodies].filter((b) => clue.bodies.has(b)));
    if (!common.size) return refuse(`${clues[0]!.what} và ${clue.what} chỉ hai cơ quan khác nhau`, used);
    bodies = common;
  }
  const place = evidence.place?.trim() || undefined;
  const placeProvince = place ? findProvince(place, evidence.date, true) : undefined;
  const base = baseIssuer(bodies, sentence, placeProvince, evidence.parent, evidence.date);
  if (typeof base === 'string') return refuse(base, used);
  const subject =
    sentence?.resolved && bodies.has(sentence.resolved.body) ? (sentence.subject ?? base.name) : base.name;
  const placed = withPlace(base, subject, place, evidence);
  if (typeof placed === 'string') return refuse(placed, used);
  if (place && placed.level !== 'trung-uong') used.push(`địa danh: ${place}`);
  const conflict = signerConflict(evidence.signer, placed.body);
  if (conflict) return refuse(conflict, used);
  if (evidence.signer?.title)
    used.push(`khối chữ ký: ${[evidence.signer.onBehalf, evidence.signer.title].filter(Boolean).join(' / ')}`);
  const flags = ['Cơ quan ban hành được suy ra từ nội dung, cần kiểm tra lại.'];
  if (placed.level !== 'trung-uong' && !placed.province)
    flags.push('Chưa rõ tỉnh, thành phố của cơ quan ban hành: văn bản không ghi.');
  // Nothing was printed as the issuer: keep what the text did print (the sentence's subject, or the code).
  const printed =
    (sentence?.resolved && bodies.has(sentence.resolved.body) ? sentence.subject : undefined) ?? code ?? placed.name;
  const issuer: InferredIssuer = { ...placed, printed, inferred: true, note: `Suy ra từ nội dung: ${used.join('; ')}` };
  return { issuer, evidence: used, flags };
}
