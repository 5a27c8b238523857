/**
 * Patterns of provincial, district and commune bodies (data): a body head ("Ủy ban nhân dân",
 * "Liên đoàn Lao động", "Tỉnh ủy") followed by a level word ("tỉnh", "huyện", "xã") and a place,
 * or with the level in the head itself ("Huyện ủy Phú Riềng"). Heads are compared folded, so
 * "UBND", "UB nhân dân" and "ỦY BAN NHÂN DÂN" are one head.
 */
import type { IssuerLevel } from './types.ts';

export interface LocalFamily {
  /** Family id, reported as ResolvedIssuer.body ("ubnd", "tinh-uy"). */
  id: string;
  /** Canonical head in normal case ("Ủy ban nhân dân", "Tỉnh ủy"). */
  display: string;
  /** Printed heads, compared folded ("UBND", "Ủy ban nhân dân", "UB nhân dân"). */
  heads: string[];
  /** Issuer codes the body prints in its numbers (`UBND`, `TU`). */
  codes: string[];
  /** The level the head itself says ("Tỉnh ủy" → tinh); otherwise the level word decides. */
  fixedLevel?: IssuerLevel;
  /** Levels at which the body exists. */
  levels: IssuerLevel[];
  /** A Party committee: its leader signs as Bí thư, the "Lưu VPTU"-style copy stays with its office. */
  party?: boolean;
  /** The head takes a field after it ("Sở Công Thương", "Phòng Tư pháp"). */
  field?: boolean;
  /** The body a level word makes of this head: the Đảng bộ of a province is its Tỉnh ủy. */
  byLevelWord?: Record<string, string>;
}

/** Level words before a place name, folded, and the level they mean. */
export const LEVEL_WORDS: Array<{ words: string; level: IssuerLevel; display: string }> = [
  { words: 'tinh', level: 'tinh', display: 'tỉnh' },
  { words: 'thanh pho', level: 'tinh', display: 'thành phố' },
  { words: 'tp', level: 'tinh', display: 'thành phố' },
  { words: 'huyen', level: 'huyen', display: 'huyện' },
  { words: 'quan', level: 'huyen', display: 'quận' },
  { words: 'thi xa', level: 'huyen', display: 'thị xã' },
  { words: 'tx', level: 'huyen', display: 'thị xã' },
  { words: 'xa', level: 'xa', display: 'xã' },
  { words: 'phuong', level: 'xa', display: 'phường' },
  { words: 'thi tran', level: 'xa', display: 'thị trấn' },
  { words: 'dac khu', level: 'xa', display: 'đặc khu' },
];

/**
 * The committee a Party organisation's level word names: the Đảng bộ/Đảng ủy of a province is
 * its Tỉnh ủy (Thành ủy for a city), of a district its Huyện ủy/Quận ủy/Thị ủy/Thành ủy, of a
 * commune its Đảng ủy (Điều lệ Đảng, Điều 11 and 21).
 */
export const COMMITTEE_BY_LEVEL_WORD: Record<string, string> = {
  tinh: 'tinh-uy',
  'thanh pho': 'thanh-uy',
  tp: 'thanh-uy',
  huyen: 'huyen-uy',
  quan: 'quan-uy',
  'thi xa': 'thi-uy',
  tx: 'thi-uy',
};

/** The Đoàn of a province is its Tỉnh đoàn, of a district its Huyện đoàn (Điều lệ Đoàn TNCS Hồ Chí Minh). */
export const YOUTH_BY_LEVEL_WORD: Record<string, string> = {
  tinh: 'tinh-doan',
  'thanh pho': 'thanh-doan',
  tp: 'thanh-doan',
  huyen: 'huyen-doan',
};

const ALL: IssuerLevel[] = ['tinh', 'huyen', 'xa'];

/**
 * Local bodies. Party committees per Điều lệ Đảng (Tỉnh ủy/Thành ủy for a province, Huyện ủy/
 * Quận ủy/Thị ủy/Thành ủy for a district, Đảng ủy for a commune or a bloc); codes per Hướng dẫn
 * 36-HD/VPTW (`TU`, `HU`, `ĐU`) and Nghị định 30/2020/NĐ-CP (`UBND`, `HĐND`).
 */
export const LOCAL_FAMILIES: readonly LocalFamily[] = [
  {
    id: 'tinh-uy',
    display: 'Tỉnh ủy',
    heads: ['Tỉnh ủy', 'TU'],
    codes: ['TU'],
    fixedLevel: 'tinh',
    levels: ['tinh'],
    party: true,
  },
  { id: 'thanh-uy', display: 'Thành ủy', heads: ['Thành ủy'], codes: ['ThU'], levels: ['tinh', 'huyen'], party: true },
  {
    id: 'huyen-uy',
    display: 'Huyện ủy',
    heads: ['Huyện ủy', 'HU'],
    codes: ['HU'],
    fixedLevel: 'huyen',
    levels: ['huyen'],
    party: true,
  },
  {
    id: 'quan-uy',
    display: 'Quận ủy',
    heads: ['Quận ủy'],
    codes: ['QU'],
    fixedLevel: 'huyen',
    levels: ['huyen'],
    party: true,
  },
  {
    id: 'thi-uy',
    display: 'Thị ủy',
    heads: ['Thị ủy'],
    codes: [],
    fixedLevel: 'huyen',
    levels: ['huyen'],
    party: true,
  },
  {
    id: 'dang-uy',
    display: 'Đảng ủy',
    heads: ['Đảng ủy', 'Đảng bộ', 'ĐU'],
    // VPĐU: its Văn phòng, which numbers and files in the committee's name ("Lưu VPĐU").
    codes: ['ĐU', 'VPĐU'],
    levels: ALL,
    party: true,
    byLevelWord: COMMITTEE_BY_LEVEL_WORD,
  },
  {
    id: 'ubnd',
    display: 'Ủy ban nhân dân',
    heads: ['Ủy ban nhân dân', 'UBND', 'UB nhân dân', 'UBND'],
    codes: ['UBND'],
    levels: ALL,
  },
  { id: 'hdnd', display: 'Hội đồng nhân dân', heads: ['Hội đồng nhân dân', 'HĐND'], codes: ['HĐND'], levels: ALL },
  {
    id: 'ldld',
    display: 'Liên đoàn Lao động',
    heads: ['Liên đoàn Lao động', 'LĐLĐ', 'Liên đoàn LĐ'],
    codes: ['LĐLĐ'],
    levels: ['tinh', 'huyen'],
  },
  {
    id: 'mttq',
    display: 'Ủy ban Mặt trận Tổ quốc Việt Nam',
    heads: [
      'Ủy ban Mặt trận Tổ quốc Việt Nam',
      'Ủy ban Mặt trận Tổ quốc',
      'Ủy ban MTTQ Việt Nam',
      'Ủy ban MTTQVN',
      'Ủy ban MTTQ',
      'UB MTTQ Việt Nam',
      'UBMTTQ Việt Nam',
      'UBMTTQVN',
      'UB MTTQ',
      'UBMTTQ',
      'MTTQ Việt Nam',
      'MTTQ',
      'Mặt trận Tổ quốc Việt Nam',
      'Mặt trận Tổ quốc',
    ],
    codes: ['MTTQ'],
    levels: ALL,
  },
  {
    id: 'tinh-doan',
    display: 'Tỉnh đoàn',
    heads: ['Tỉnh đoàn'],
    codes: ['TĐTN'],
    fixedLevel: 'tinh',
    levels: ['tinh'],
  },
  { id: 'thanh-doan', display: 'Thành đoàn', heads: ['Thành đoàn'], codes: [], levels: ['tinh', 'huyen'] },
  { id: 'huyen-doan', display: 'Huyện đoàn', heads: ['Huyện đoàn'], codes: [], fixedLevel: 'huyen', levels: ['huyen'] },
  {
    id: 'doan-thanh-nien',
    display: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    heads: [
      'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
      'Đoàn TNCS Hồ Chí Minh',
      'Đoàn TNCS HCM',
      'Đoàn Thanh niên',
      'Đoàn',
    ],
    codes: ['ĐTN'],
    levels: ALL,
    byLevelWord: YOUTH_BY_LEVEL_WORD,
  },
  { id: 'hoi-ccb', display: 'Hội Cựu chiến binh', heads: ['Hội Cựu chiến binh', 'Hội CCB'], codes: [], levels: ALL },
  { id: 'hoi-nong-dan', display: 'Hội Nông dân', heads: ['Hội Nông dân', 'Hội ND'], codes: [], levels: ALL },
  {
    id: 'hoi-lhpn',
    display: 'Hội Liên hiệp Phụ nữ',
    heads: ['Hội Liên hiệp Phụ nữ', 'Hội LHPN', 'Hội Phụ nữ'],
    codes: [],
    levels: ALL,
  },
  { id: 'hoi-chu-thap-do', display: 'Hội Chữ thập đỏ', heads: ['Hội Chữ thập đỏ'], codes: [], levels: ALL },
  { id: 'hoi-nguoi-cao-tuoi', display: 'Hội Người cao tuổi', heads: ['Hội Người cao tuổi'], codes: [], levels: ALL },
  { id: 'uy-ban-bau-cu', display: 'Ủy ban bầu cử', heads: ['Ủy ban bầu cử', 'UBBC'], codes: ['UBBC'], levels: ALL },
  { id: 'cong-an', display: 'Công an', heads: ['Công an'], codes: [], levels: ALL },
  {
    id: 'bhxh',
    display: 'Bảo hiểm xã hội',
    heads: ['Bảo hiểm xã hội', 'BHXH'],
    codes: ['BHXH'],
    levels: ['tinh', 'huyen'],
  },
  {
    id: 'quan-su',
    display: 'Bộ Chỉ huy Quân sự',
    heads: ['Bộ Chỉ huy Quân sự', 'Bộ CHQS'],
    codes: [],
    fixedLevel: 'tinh',
    levels: ['tinh'],
  },
  {
    id: 'toa-an',
    display: 'Tòa án nhân dân',
    heads: ['Tòa án nhân dân', 'TAND'],
    codes: [],
    levels: ['tinh', 'huyen'],
  },
  {
    id: 'vien-kiem-sat',
    display: 'Viện kiểm sát nhân dân',
    heads: ['Viện kiểm sát nhân dân', 'VKSND'],
    codes: [],
    levels: ['tinh', 'huyen'],
  },
  // Đoàn đại biểu Quốc hội: one per province (Luật Tổ chức Quốc hội 2014, Điều 43).
  {
    id: 'doan-dbqh',
    display: 'Đoàn đại biểu Quốc hội',
    heads: ['Đoàn đại biểu Quốc hội', 'Đoàn ĐBQH', 'ĐĐBQH'],
    codes: ['ĐĐBQH'],
    levels: ['tinh'],
  },
  // Công đoàn of a sector or of civil servants in a province ("Công đoàn Viên chức tỉnh", Luật Công đoàn 2024).
  { id: 'cong-doan', display: 'Công đoàn', heads: ['Công đoàn'], codes: ['CĐ'], levels: ALL, field: true },
  // Ban Chỉ đạo: a steering committee named by its task ("Ban Chỉ đạo phòng, chống thiên tai tỉnh …").
  {
    id: 'ban-chi-dao',
    display: 'Ban Chỉ đạo',
    heads: ['Ban Chỉ đạo', 'BCĐ'],
    codes: ['BCĐ'],
    levels: ALL,
    field: true,
  },
  { id: 'so', display: 'Sở', heads: ['Sở'], codes: [], fixedLevel: 'tinh', levels: ['tinh'], field: true },
  { id: 'phong', display: 'Phòng', heads: ['Phòng'], codes: [], fixedLevel: 'huyen', levels: ['huyen'], field: true },
];

/** Units inside a body: "Ban Tuyên giáo" of a Tỉnh ủy, "Văn phòng" of a UBND, "Tiểu ban …" of a committee. */
export const UNIT_HEADS: Array<{ words: string; display: string }> = [
  { words: 'ban can su dang', display: 'Ban cán sự đảng' },
  { words: 'uy ban kiem tra', display: 'Ủy ban Kiểm tra' },
  { words: 'ubkt', display: 'Ủy ban Kiểm tra' },
  { words: 'van phong', display: 'Văn phòng' },
  { words: 'vp', display: 'Văn phòng' },
  { words: 'dang doan', display: 'Đảng đoàn' },
  { words: 'tieu ban', display: 'Tiểu ban' },
  { words: 'trung tam', display: 'Trung tâm' },
  { words: 'chi cuc', display: 'Chi cục' },
  { words: 'hoi dong', display: 'Hội đồng' },
  { words: 'ban', display: 'Ban' },
  { words: 'vu', display: 'Vụ' },
  { words: 'cuc', display: 'Cục' },
  { words: 'to', display: 'Tổ' },
  { words: 'doan', display: 'Đoàn' },
];

/**
 * Leaders who sign in their body's name: a Quyết định "của Bộ trưởng Bộ Y tế" is numbered and
 * filed as the Bộ Y tế's (Nghị định 30/2020/NĐ-CP, Phụ lục III: the body's code). Folded.
 */
export const LEADER_TITLES = [
  'bo truong',
  'thu truong',
  'tong giam doc',
  'giam doc',
  'chu tich',
  'truong ban',
  'chanh van phong',
  'tong thanh tra',
  'thong doc',
];

/** Executive organs that speak for their body (the document is the body's). */
export const EXECUTIVE_HEADS = [
  'ban thuong vu',
  'ban chap hanh',
  'ban thuong truc',
  'thuong truc',
  'doan chu tich',
  'btv',
  'bch',
  'ban thuong vu dang uy',
];
