/**
 * Provinces and centrally-run cities (tỉnh, thành phố trực thuộc Trung ương) as data with
 * validity dates, so that "the provinces in force at a date" is a lookup (issue 17).
 *
 * - 63 units until 30 June 2025. Thừa Thiên Huế became the centrally-run city Huế on
 *   1 January 2025 (Nghị quyết 1314/NQ-UBTVQH15), so the 63 are counted with Thừa Thiên Huế
 *   before that day and with Huế after it.
 * - 34 units from 1 July 2025 (Nghị quyết 202/2025/QH15 on the arrangement of provincial
 *   units): 11 unchanged, 23 formed by merging, each named after one of the merged units.
 */
import { foldText } from '../../text/vietnamese.ts';

export type ProvinceType = 'tinh' | 'thanh-pho';

export interface Province {
  /** Stable id: slug of the name, with "-2025" for a unit formed on 1 July 2025 under an old name. */
  id: string;
  /** Canonical name, without "tỉnh"/"thành phố" except for "Thành phố Hồ Chí Minh" (its full name). */
  name: string;
  type: ProvinceType;
  /** First day in force (ISO), absent when in force before any document we read. */
  validFrom?: string;
  /** Last day in force (ISO), absent while in force. */
  validUntil?: string;
  /** Id of the unit it became (part of) the day after validUntil. */
  successor?: string;
  /** Ids of the units merged into it. */
  mergedFrom?: string[];
  /** Other spellings, compared folded ("Thanh Hoá", "Đắc Lắc", "TP.HCM"). */
  aliases: string[];
}

/** Day before the 2025 arrangement takes effect (Nghị quyết 202/2025/QH15, Điều 2). */
const LAST_DAY_OF_63 = '2025-06-30';
const FIRST_DAY_OF_34 = '2025-07-01';

/** The 63 units before 1 July 2025: [name, type, aliases]. */
const OLD_UNITS: Array<[string, ProvinceType, string[]]> = [
  ['Hà Nội', 'thanh-pho', ['HN']],
  ['Thành phố Hồ Chí Minh', 'thanh-pho', ['Hồ Chí Minh', 'HCM', 'TPHCM', 'TP HCM', 'Sài Gòn']],
  ['Hải Phòng', 'thanh-pho', []],
  ['Đà Nẵng', 'thanh-pho', []],
  ['Cần Thơ', 'thanh-pho', []],
  ['Hà Giang', 'tinh', []],
  ['Cao Bằng', 'tinh', []],
  ['Bắc Kạn', 'tinh', ['Bắc Cạn']],
  ['Tuyên Quang', 'tinh', []],
  ['Lào Cai', 'tinh', []],
  ['Điện Biên', 'tinh', []],
  ['Lai Châu', 'tinh', []],
  ['Sơn La', 'tinh', []],
  ['Yên Bái', 'tinh', []],
  ['Hòa Bình', 'tinh', []],
  ['Thái Nguyên', 'tinh', []],
  ['Lạng Sơn', 'tinh', []],
  ['Quảng Ninh', 'tinh', []],
  ['Bắc Giang', 'tinh', []],
  ['Phú Thọ', 'tinh', []],
  ['Vĩnh Phúc', 'tinh', []],
  ['Bắc Ninh', 'tinh', []],
  ['Hải Dương', 'tinh', []],
  ['Hưng Yên', 'tinh', []],
  ['Thái Bình', 'tinh', []],
  ['Hà Nam', 'tinh', []],
  ['Nam Định', 'tinh', []],
  ['Ninh Bình', 'tinh', []],
  ['Thanh Hóa', 'tinh', []],
  ['Nghệ An', 'tinh', []],
  ['Hà Tĩnh', 'tinh', []],
  ['Quảng Bình', 'tinh', []],
  ['Quảng Trị', 'tinh', []],
  ['Thừa Thiên Huế', 'tinh', ['Thừa Thiên - Huế', 'TT Huế', 'TTHuế', 'Huế']],
  ['Quảng Nam', 'tinh', []],
  ['Quảng Ngãi', 'tinh', []],
  ['Bình Định', 'tinh', []],
  ['Phú Yên', 'tinh', []],
  ['Khánh Hòa', 'tinh', []],
  ['Ninh Thuận', 'tinh', []],
  ['Bình Thuận', 'tinh', []],
  ['Kon Tum', 'tinh', ['Kontum']],
  ['Gia Lai', 'tinh', []],
  ['Đắk Lắk', 'tinh', ['Đắc Lắc', 'Đắk Lăk', 'Daklak', 'Dak Lak']],
  ['Đắk Nông', 'tinh', ['Đắc Nông', 'Daknong']],
  ['Lâm Đồng', 'tinh', []],
  ['Bình Phước', 'tinh', []],
  ['Tây Ninh', 'tinh', []],
  ['Bình Dương', 'tinh', []],
  ['Đồng Nai', 'tinh', []],
  ['Bà Rịa - Vũng Tàu', 'tinh', ['Bà Rịa Vũng Tàu', 'BR-VT', 'BRVT']],
  ['Long An', 'tinh', []],
  ['Tiền Giang', 'tinh', []],
  ['Bến Tre', 'tinh', []],
  ['Trà Vinh', 'tinh', []],
  ['Vĩnh Long', 'tinh', []],
  ['Đồng Tháp', 'tinh', []],
  ['An Giang', 'tinh', []],
  ['Kiên Giang', 'tinh', []],
  ['Hậu Giang', 'tinh', []],
  ['Sóc Trăng', 'tinh', []],
  ['Bạc Liêu', 'tinh', []],
  ['Cà Mau', 'tinh', []],
];

/** Units unchanged on 1 July 2025 (Nghị quyết 202/2025/QH15, Điều 1). */
const UNCHANGED = [
  'Hà Nội',
  'Huế',
  'Lai Châu',
  'Điện Biên',
  'Sơn La',
  'Lạng Sơn',
  'Quảng Ninh',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Cao Bằng',
];

/** Units formed on 1 July 2025: [new name, type, the other units merged into it]. */
const MERGED: Array<[string, ProvinceType, string[]]> = [
  ['Tuyên Quang', 'tinh', ['Hà Giang']],
  ['Lào Cai', 'tinh', ['Yên Bái']],
  ['Thái Nguyên', 'tinh', ['Bắc Kạn']],
  ['Phú Thọ', 'tinh', ['Vĩnh Phúc', 'Hòa Bình']],
  ['Bắc Ninh', 'tinh', ['Bắc Giang']],
  ['Hưng Yên', 'tinh', ['Thái Bình']],
  ['Hải Phòng', 'thanh-pho', ['Hải Dương']],
  ['Ninh Bình', 'tinh', ['Hà Nam', 'Nam Định']],
  ['Quảng Trị', 'tinh', ['Quảng Bình']],
  ['Đà Nẵng', 'thanh-pho', ['Quảng Nam']],
  ['Quảng Ngãi', 'tinh', ['Kon Tum']],
  ['Gia Lai', 'tinh', ['Bình Định']],
  ['Khánh Hòa', 'tinh', ['Ninh Thuận']],
  ['Lâm Đồng', 'tinh', ['Đắk Nông', 'Bình Thuận']],
  ['Đắk Lắk', 'tinh', ['Phú Yên']],
  ['Thành phố Hồ Chí Minh', 'thanh-pho', ['Bình Dương', 'Bà Rịa - Vũng Tàu']],
  ['Đồng Nai', 'tinh', ['Bình Phước']],
  ['Tây Ninh', 'tinh', ['Long An']],
  ['Cần Thơ', 'thanh-pho', ['Sóc Trăng', 'Hậu Giang']],
  ['Vĩnh Long', 'tinh', ['Bến Tre', 'Trà Vinh']],
  ['Đồng Tháp', 'tinh', ['Tiền Giang']],
  ['Cà Mau', 'tinh', ['Bạc Liêu']],
  ['An Giang', 'tinh', ['Kiên Giang']],
];

const slug = (name: string): string =>
  foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Build the table once from the lists above. */
function buildProvinces(): Province[] {
  const aliasesOf = new Map(OLD_UNITS.map(([name, , aliases]) => [name, aliases]));
  const mergedNew = new Map(MERGED.map(([name, type, others]) => [name, { type, others }]));
  const absorbedInto = new Map(MERGED.flatMap(([name, , others]) => others.map((o) => [o, name] as const)));
  const table: Province[] = [];
  for (const [name, type, aliases] of OLD_UNITS) {
    const id = slug(name);
    if (name === 'Thừa Thiên Huế') {
      table.push({ id, name, type, aliases, validUntil: '2024-12-31', successor: 'hue' });
    } else if (UNCHANGED.includes(name)) {
      table.push({ id, name, type, aliases });
    } else {
      const into = mergedNew.has(name) ? name : absorbedInto.get(name);
      if (!into) throw new Error(`provinces.ts: ${name} is neither unchanged nor merged`);
      table.push({ id, name, type, aliases, validUntil: LAST_DAY_OF_63, successor: `${slug(into)}-2025` });
    }
  }
  table.push({
    id: 'hue',
    name: 'Huế',
    type: 'thanh-pho',
    validFrom: '2025-01-01',
    mergedFrom: ['thua-thien-hue'],
    aliases: ['Thành phố Huế'],
  });
  for (const [name, { type, others }] of mergedNew) {
    const own = slug(name);
    table.push({
      id: `${own}-2025`,
      name,
      type,
      validFrom: FIRST_DAY_OF_34,
      mergedFrom: [own, ...others.map(slug)],
      aliases: aliasesOf.get(name) ?? [],
    });
  }
  return table;
}

/** Every province-level unit that has existed since before 2024, with its validity dates. */
export const PROVINCES: readonly Province[] = buildProvinces();

const byId = new Map(PROVINCES.map((p) => [p.id, p]));

/** Every day on which a unit's validity starts or ends, sorted. */
const BOUNDARIES = [
  ...new Set(PROVINCES.flatMap((p) => [p.validFrom, p.validUntil]).filter((d) => d !== undefined)),
].sort();

/**
 * A key that two days share exactly when they fall alike against every validity boundary
 * (before, on or after each), so that every unit is in force on both or on neither: what a
 * date changes in reading an issuer. "" for no date.
 * @example provinceEra('2024-08-08') === provinceEra('2019-01-01'); provinceEra('2025-07-01') !== provinceEra('2025-06-30')
 */
export function provinceEra(isoDate?: string): string {
  if (!isoDate) return '';
  let i = 0;
  while (i < BOUNDARIES.length && BOUNDARIES[i]! < isoDate) i++;
  return BOUNDARIES[i] === isoDate ? `=${i}` : `<${i}`;
}

/**
 * Whether a unit was in force on a day.
 * @example isProvinceInForce(findProvinceById('binh-phuoc')!, '2025-07-01') === false
 */
export function isProvinceInForce(province: Province, isoDate: string): boolean {
  return (
    (!province.validFrom || province.validFrom <= isoDate) && (!province.validUntil || isoDate <= province.validUntil)
  );
}

/**
 * The provinces and centrally-run cities in force on a day (63 before 1 July 2025, 34 from it).
 * @example provincesInForce('2024-08-08').length === 63; provincesInForce('2025-07-01').length === 34
 */
export function provincesInForce(isoDate: string): Province[] {
  return PROVINCES.filter((p) => isProvinceInForce(p, isoDate));
}

/**
 * A unit by id.
 * @example findProvinceById('hue')?.name === 'Huế'
 */
export function findProvinceById(id: string): Province | undefined {
  return byId.get(id);
}

/**
 * The unit an old unit became part of (the last one, following successors).
 * @example successorOf('Bình Phước')?.name === 'Đồng Nai'; successorOf('Hà Nội') === undefined
 */
export function successorOf(province: Province | string): Province | undefined {
  const start = typeof province === 'string' ? findProvince(province, LAST_DAY_OF_63) : province;
  let current = start?.successor ? byId.get(start.successor) : undefined;
  while (current?.successor) current = byId.get(current.successor);
  return current;
}

/**
 * A text folded to ASCII words separated by single spaces (Latin eth Ð read as Đ).
 * @example foldWords('TP.HCM') === 'tp hcm'
 */
export function foldWords(text: string): string {
  return foldText(text.replace(/[Ðð]/g, 'd'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Prefixes that are not part of a unit's name. */
const UNIT_PREFIX = /^(?:tinh|thanh pho|tp|t p)\s+/;

interface ProvinceKey {
  key: string;
  province: Province;
}
const KEYS: ProvinceKey[] = PROVINCES.flatMap((p) =>
  [p.name, ...p.aliases].map((n) => ({ key: foldWords(n).replace(UNIT_PREFIX, ''), province: p })),
).sort((a, b) => b.key.length - a.key.length);

/** Units whose name occurs as whole words in the folded text, longest names first. */
function matchKeys(folded: string, exact: boolean): ProvinceKey[] {
  const padded = ` ${folded} `;
  return KEYS.filter(({ key }) => (exact ? folded === key : padded.includes(` ${key} `)));
}

/**
 * The province named in a text, tolerant of case, diacritics, old/new tone placement, "tỉnh",
 * "TP." and "Thành phố". With a date, the unit in force that day; without, the newest unit of
 * that name. `exact` requires the whole text to be the name (after the prefix).
 * @example findProvince('UBND TỈNH BÌNH PHƯỚC')?.name === 'Bình Phước'
 * @example findProvince('TP.HCM')?.name === 'Thành phố Hồ Chí Minh'
 */
export function findProvince(text: string, isoDate?: string, exact = false): Province | undefined {
  const folded = foldWords(text).replace(exact ? UNIT_PREFIX : /^$/, '');
  const found = matchKeys(folded, exact);
  if (!found.length) return undefined;
  const longest = found.filter((f) => f.key.length === found[0]!.key.length);
  const inForce = isoDate ? longest.filter((f) => isProvinceInForce(f.province, isoDate)) : [];
  const pool = (inForce.length ? inForce : longest).map((f) => f.province);
  return (
    pool.find((p) => !p.validUntil) ?? pool.sort((a, b) => (b.validUntil ?? '').localeCompare(a.validUntil ?? ''))[0]
  );
}

/**
 * The name with its unit word, as in running text ("tỉnh Bình Phước", "thành phố Hà Nội",
 * "Thành phố Hồ Chí Minh").
 * @example provinceLabel(findProvince('Lai Châu')!) === 'tỉnh Lai Châu'
 */
export function provinceLabel(province: Province): string {
  if (/^Thành phố /.test(province.name)) return province.name;
  return `${province.type === 'tinh' ? 'tỉnh' : 'thành phố'} ${province.name}`;
}
