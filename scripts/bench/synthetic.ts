/**
 * A synthetic archive for benchmarks: documents in the archive's own Markdown format, realistic
 * in length, outline, vocabulary, issuers, years and citation graph (central directives
 * implemented by provincial plans, implemented in turn by district plans; numbers that repeat
 * across issuers). Deterministic for a seed: the same seed gives the same files.
 */
import type { DocumentInput } from '../../src/content/schema.ts';
import type { KindName } from '../../src/reading/kinds.ts';

/**
 * A small, fast, seedable pseudo-random generator: Tommy Ettinger's mulberry32 (public domain),
 * 32 bits of state, uniform draws in [0, 1). The one PRNG of the repository's generated data
 * (benchmark archives, property tests, random frontmatter): the same seed gives the same
 * sequence on every machine, so a failing generated case can be replayed from its seed. Not
 * for anything secret.
 * @example
 * const rand = createRandom(1);
 * rand(); // 0.6270739405881613
 * rand(); // always the same second number for seed 1
 */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = [
  'Hà Nội',
  'Hải Phòng',
  'Đà Nẵng',
  'Cần Thơ',
  'Huế',
  'Lai Châu',
  'Điện Biên',
  'Sơn La',
  'Lào Cai',
  'Tuyên Quang',
  'Cao Bằng',
  'Lạng Sơn',
  'Thái Nguyên',
  'Phú Thọ',
  'Bắc Ninh',
  'Hưng Yên',
  'Ninh Bình',
  'Quảng Ninh',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Quảng Trị',
  'Quảng Ngãi',
  'Gia Lai',
  'Đắk Lắk',
  'Khánh Hòa',
  'Lâm Đồng',
  'Đồng Nai',
  'Tây Ninh',
  'Đồng Tháp',
  'Vĩnh Long',
  'An Giang',
  'Cà Mau',
  'Thành phố Hồ Chí Minh',
];
const PLACE_WORDS = [
  'Phú',
  'Tân',
  'Bình',
  'An',
  'Hòa',
  'Thạnh',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Long',
  'Vĩnh',
  'Đức',
  'Hưng',
  'Sơn',
  'Lâm',
  'Thuận',
  'Mỹ',
  'Quang',
  'Trung',
  'Riềng',
  'Đồng',
  'Xuân',
  'Hải',
];

const CENTRAL: Array<{ issuer: string; code: string; kind: KindName; party: boolean }> = [
  { issuer: 'Ban Chấp hành Trung ương Đảng', code: 'NQ', kind: 'Nghị quyết', party: true },
  { issuer: 'Bộ Chính trị', code: 'NQ', kind: 'Nghị quyết', party: true },
  { issuer: 'Bộ Chính trị', code: 'KL', kind: 'Kết luận', party: true },
  { issuer: 'Ban Bí thư', code: 'CT', kind: 'Chỉ thị', party: true },
  { issuer: 'Ban Bí thư', code: 'KL', kind: 'Kết luận', party: true },
  { issuer: 'Thủ tướng Chính phủ', code: 'QĐ', kind: 'Quyết định', party: false },
  { issuer: 'Chính phủ', code: 'NQ', kind: 'Nghị quyết', party: false },
];

const TOPICS = [
  'tăng cường sự lãnh đạo của Đảng đối với công tác cựu chiến binh',
  'phát huy truyền thống, sức mạnh đại đoàn kết dân tộc',
  'đổi mới tổ chức và hoạt động của Công đoàn Việt Nam',
  'chuyển đổi số quốc gia',
  'phát triển khoa học, công nghệ và đổi mới sáng tạo',
  'công tác người cao tuổi',
  'phòng, chống tham nhũng, lãng phí, tiêu cực',
  'bảo vệ môi trường và ứng phó với biến đổi khí hậu',
  'xây dựng nông thôn mới',
  'giảm nghèo bền vững',
  'phát triển văn hóa đọc',
  'bảo đảm an sinh xã hội',
  'nâng cao chất lượng giáo dục nghề nghiệp',
  'phát triển kinh tế tư nhân',
  'hội nhập quốc tế',
  'xây dựng xã hội học tập',
  'chăm sóc sức khỏe Nhân dân',
  'phát triển đội ngũ trí thức',
  'công tác thanh niên',
  'bình đẳng giới và vì sự tiến bộ của phụ nữ',
  'quốc phòng toàn dân',
  'cải cách hành chính',
  'thi đua yêu nước',
  'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
];

/** Clauses harvested from real documents, recombined into sentences. */
export function harvestClauses(texts: string[]): string[] {
  const clauses = new Set<string>();
  for (const text of texts) {
    for (const sentence of text.replace(/[#*|>_]/g, ' ').split(/[.;:!?\n]+/)) {
      for (const clause of sentence.split(/,\s+/)) {
        const c = clause.replace(/\s+/g, ' ').trim();
        // Plain prose only: no numbers that look like document numbers, no all-caps headings.
        if (c.length >= 20 && c.length <= 160 && /\p{Ll}/u.test(c) && !/\d+\s*[-/]\s*\p{Lu}/u.test(c)) clauses.add(c);
      }
    }
  }
  return [...clauses].sort();
}

interface PlannedDoc {
  index: number;
  level: 0 | 1 | 2;
  number: string;
  kind: KindName;
  issuer: string;
  issuerParent: string | null;
  place: string;
  date: string;
  topic: string;
  implementsIdx: number[];
  mentionsIdx: number[];
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Plan N documents and their citation graph: ~2% central directives, ~18% provincial plans
 * implementing one, the rest district and union plans implementing a provincial plan (chains
 * three levels deep). District union plans reuse small numbers, so `…/KH-LĐLĐ` numbers repeat
 * across issuers as they do in reality.
 */
export function planArchive(count: number, seed: number): PlannedDoc[] {
  const rand = createRandom(seed);
  const docs: PlannedDoc[] = [];
  const central = Math.max(1, Math.round(count * 0.02));
  const provincial = Math.max(1, Math.round(count * 0.18));
  // Serial numbers per issuer and year, starting at random: small union numbers repeat across
  // issuers (ambiguous when cited without issuer), never within one issuer and year.
  const serial = new Map<string, number>();
  const next = (key: string, max: number) => {
    const n = (serial.get(key) ?? Math.floor(rand() * Math.min(max, 50))) + 1;
    serial.set(key, n);
    return n;
  };
  const addDays = (iso: string, days: number) =>
    new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
  const province = new Map<number, { name: string; union: boolean }>();
  for (let i = 0; i < count; i++) {
    const level: 0 | 1 | 2 = i < central ? 0 : i < central + provincial ? 1 : 2;
    const topic = pick(rand, TOPICS);
    if (level === 0) {
      const year = 2008 + Math.floor(rand() * 14);
      const date = `${year}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}`;
      const c = pick(rand, CENTRAL);
      const n = next(`${c.issuer}${c.code}${year}`, 400);
      const number = c.party ? `${n}-${c.code}/TW` : c.issuer === 'Chính phủ' ? `${n}/NQ-CP` : `${100 + n * 7}/QĐ-TTg`;
      docs.push({
        index: i,
        level,
        number,
        kind: c.kind,
        issuer: c.issuer,
        issuerParent: null,
        place: 'Hà Nội',
        date,
        topic,
        implementsIdx: [],
        mentionsIdx: [],
      });
      continue;
    }
    // A provincial plan implements a central directive; a district plan implements a plan of its
    // own province, of the same branch (People's Committee or labour federation), made later.
    const [from, to] = level === 1 ? [0, central] : [central, central + provincial];
    const parent = from + Math.floor(rand() * (to - from));
    const parentDoc = docs[parent]!;
    const home = level === 1 ? { name: pick(rand, PROVINCES), union: rand() < 0.4 } : province.get(parent)!;
    province.set(i, home);
    const date = addDays(parentDoc.date, 5 + Math.floor(rand() * 400));
    const year = Number(date.slice(0, 4));
    const district = `${pick(rand, PLACE_WORDS)} ${pick(rand, PLACE_WORDS)}`;
    const issuer = home.union
      ? level === 1
        ? `Liên đoàn Lao động tỉnh ${home.name}`
        : `Liên đoàn Lao động huyện ${district}`
      : level === 1
        ? `Ủy ban nhân dân tỉnh ${home.name}`
        : `Ủy ban nhân dân huyện ${district}`;
    const n = next(`${issuer}${year}`, level === 2 && home.union ? 60 : 900);
    const implementsIdx = [parent];
    const grand = parentDoc.implementsIdx[0];
    if (grand !== undefined && rand() < 0.5) implementsIdx.push(grand);
    const mentionsIdx = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => Math.floor(rand() * central)).filter(
      (m) => docs[m]!.date < date,
    );
    docs.push({
      index: i,
      level,
      number: `${n}/${home.union ? 'KH-LĐLĐ' : 'KH-UBND'}`,
      kind: 'Kế hoạch',
      issuer,
      issuerParent:
        level === 1 ? null : home.union ? `Liên đoàn Lao động tỉnh ${home.name}` : `Ủy ban nhân dân tỉnh ${home.name}`,
      place: level === 1 ? home.name : district,
      date,
      topic: parentDoc.topic,
      implementsIdx,
      mentionsIdx,
    });
  }
  return docs;
}

const viDate = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
};

function citeText(doc: PlannedDoc): string {
  return `${doc.kind} số ${doc.number}, ngày ${viDate(doc.date)} của ${doc.issuer} về ${doc.topic}`;
}

/**
 * Write one planned document: frontmatter in the archive's schema and a Markdown body with the
 * document's own outline (I., 1., a)), 5–30 KB long, citing what it implements and mentions.
 */
export function renderSyntheticDocument(
  doc: PlannedDoc,
  all: PlannedDoc[],
  clauses: string[],
  seed: number,
): { data: DocumentInput; body: string } {
  const rand = createRandom(seed * 1_000_003 + doc.index);
  const sentence = () => {
    const n = 2 + Math.floor(rand() * 3);
    const parts = Array.from({ length: n }, () => pick(rand, clauses));
    const s = parts.join(', ');
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 2 + Math.floor(rand() * 4) }, sentence).join(' ');
  const targetBytes = 5_000 + Math.floor(rand() * 25_000);
  const implemented = doc.implementsIdx.map((i) => all[i]!);
  const mentioned = doc.mentionsIdx.map((i) => all[i]!).filter((m) => !implemented.includes(m));
  const lines: string[] = [];
  if (implemented.length > 0) {
    lines.push(
      `Thực hiện ${implemented.map(citeText).join('; ')}, ${doc.issuer} ban hành Kế hoạch triển khai thực hiện như sau:`,
      '',
    );
  }
  const sections = ['MỤC ĐÍCH, YÊU CẦU', 'NHIỆM VỤ, GIẢI PHÁP', 'TỔ CHỨC THỰC HIỆN'];
  const roman = ['I', 'II', 'III'];
  let mentionAt = 0;
  for (let s = 0; s < sections.length; s++) {
    lines.push(`## ${roman[s]}. ${sections[s]}`, '');
    const items = 2 + Math.floor(rand() * 4);
    for (let k = 1; k <= items; k++) {
      const heading = sentence()
        .slice(0, 90)
        .replace(/[,.\s]+$/, '');
      lines.push(`### ${k}. ${heading}`, '');
      const paragraphs = Math.max(1, Math.round(targetBytes / 3 / items / 700));
      for (let p = 0; p < paragraphs; p++) {
        let text = paragraph();
        if (mentionAt < mentioned.length && rand() < 0.3) {
          const m = mentioned[mentionAt++]!;
          text += ` Tiếp tục quán triệt ${m.kind} số ${m.number}, ngày ${viDate(m.date)} của ${m.issuer}.`;
        }
        lines.push(text, '');
      }
      if (rand() < 0.4) {
        for (const letter of ['a', 'b', 'c'].slice(0, 1 + Math.floor(rand() * 3)))
          lines.push(`- ${letter}) ${sentence()}`);
        lines.push('');
      }
    }
  }
  while (mentionAt < mentioned.length) {
    const m = mentioned[mentionAt++]!;
    lines.push(
      `Các cơ quan, đơn vị tiếp tục thực hiện ${m.kind} số ${m.number}, ngày ${viDate(m.date)} của ${m.issuer}.`,
      '',
    );
  }
  const cited = (d: PlannedDoc) => ({
    number: d.number,
    kind: d.kind,
    date: d.date,
    issuer: d.issuer,
    subject: d.topic,
  });
  const data: DocumentInput = {
    number: doc.number,
    kind: doc.kind,
    title: implemented.length > 0 ? `Thực hiện ${citeText(implemented[0]!)}` : `Về ${doc.topic}`,
    issuer: doc.issuer,
    issuerParent: doc.issuerParent,
    date: doc.date,
    place: doc.place,
    signer: {
      name: `Nguyễn Văn ${pick(rand, PLACE_WORDS)}`,
      title: doc.level === 0 ? 'TỔNG BÍ THƯ' : 'CHỦ TỊCH',
      onBehalf: doc.level === 0 ? 'T/M BỘ CHÍNH TRỊ' : 'TM. ỦY BAN NHÂN DÂN',
    },
    implements: implemented.map(cited),
    mentions: mentioned.map(cited),
    recipients: ['Như trên', 'Lưu: VT'],
  };
  return { data, body: lines.join('\n') };
}
