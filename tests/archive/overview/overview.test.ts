import { describe, it, expect } from 'vitest';
import { buildArchive, type ArchiveEntry } from '../../../src/archive/identity.ts';
import { buildReferenceGraph } from '../../../src/archive/graph.ts';
import {
  buildImplementationOverview,
  countByLevel,
  countByProvince,
  daysBetween,
  findProvincesWithout,
  groupBodiesByLevel,
  listImplementers,
  measureDelays,
} from '../../../src/archive/overview/overview.ts';
import { issuerInfoOf } from '../../../src/render/issuer-lookup.ts';
import { entry } from '../../helpers/archive.ts';

const nq43 = {
  number: '43-NQ/TW',
  kind: 'Nghị quyết' as const,
  date: '2023-11-24',
  issuer: 'BCH Trung ương Đảng khóa XIII',
};
const plan79 = {
  number: '79/KH-LĐLD',
  kind: 'Kế hoạch' as const,
  date: '2024-08-02',
  issuer: 'Liên đoàn Lao động tỉnh Bình Phước',
};

/**
 * The seed archive's shape: a district plan implementing 43-NQ/TW and the provincial plan that
 * implements it too (in the seeds the provincial plan is known from the citation's subject).
 */
function seedGraph(extra: ArchiveEntry[] = []) {
  const province = entry('79', { ...plan79, implements: [nq43] });
  const district = entry('27', {
    number: '27 /KH-LĐLD',
    date: '2024-08-08',
    issuer: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG',
    implements: [nq43, plan79],
  });
  return buildReferenceGraph(buildArchive([province, district, ...extra]).documents);
}

/** The graph resolves issuers through the authority; the overview reads them as pages do. */
const issuerOf = issuerInfoOf;
const provincesAt = (date: string) =>
  date < '2025-07-01' ? ['Hà Nội', 'Bình Phước', 'Lào Cai'] : ['Hà Nội', 'Đồng Nai', 'Lào Cai'];
const root = (g: ReturnType<typeof seedGraph>) => g.bySlug.get('2023/43-nq-tw')!;

describe('listImplementers', () => {
  it('lists the whole tree below a directive, level by level, with their issuers and levels', () => {
    const list = listImplementers(root(seedGraph()), { issuerOf });
    expect(list.map((i) => [i.node.number, i.depth, i.level])).toEqual([
      ['79/KH-LĐLĐ', 1, 'tinh'],
      ['27/KH-LĐLĐ', 2, 'huyen'],
    ]);
  });

  it('marks the level unknown when the authority does not know the body', () => {
    const g = seedGraph([
      entry('x', { number: '5/KH-ABC', date: '2024-09-01', issuer: 'MỘT CƠ QUAN LẠ', implements: [nq43] }),
    ]);
    const strange = listImplementers(root(g), { issuerOf }).find((i) => i.node.number === '5/KH-ABC');
    expect(strange?.level).toEqual('khong-ro');
  });
});

describe('countByLevel', () => {
  it('counts the seed archive as one provincial and one district document, in order from the centre down', () => {
    expect(countByLevel(listImplementers(root(seedGraph()), { issuerOf }))).toEqual([
      { level: 'tinh', count: 1 },
      { level: 'huyen', count: 1 },
    ]);
  });
});

describe('countByProvince', () => {
  it('counts both seed plans under Bình Phước and leaves central bodies out', () => {
    const g = seedGraph([
      entry('bnv', { number: '9/KH-BNV', date: '2024-01-05', issuer: 'BỘ NỘI VỤ', implements: [nq43] }),
    ]);
    expect(countByProvince(listImplementers(root(g), { issuerOf }))).toEqual([{ province: 'Bình Phước', count: 2 }]);
  });

  it('puts the province with most documents first, then by Vietnamese alphabetical order', () => {
    const g = seedGraph([
      entry('lc', { number: '9/KH-UBND', date: '2024-01-05', issuer: 'UBND TỈNH LÀO CAI', implements: [nq43] }),
    ]);
    expect(countByProvince(listImplementers(root(g), { issuerOf })).map((p) => p.province)).toEqual([
      'Bình Phước',
      'Lào Cai',
    ]);
  });
});

describe('daysBetween', () => {
  it('counts whole days across a leap year', () => {
    expect(daysBetween('2023-11-24', '2024-08-02')).toEqual(252);
    expect(daysBetween('2024-02-28', '2024-03-01')).toEqual(2);
  });
});

describe('measureDelays', () => {
  it('gives the first and the lower median delay over the dated documents', () => {
    expect(measureDelays('2024-01-01', ['2024-01-11', '2024-01-03', undefined, '2024-01-31', '2024-01-05'])).toEqual({
      first: 2,
      median: 4,
      over: 4,
    });
  });

  it('leaves out dates before the directive, which are misreadings', () => {
    expect(measureDelays('2024-01-01', ['2023-12-01', '2024-01-02'])).toEqual({ first: 1, median: 1, over: 1 });
  });

  it('says nothing when the directive has no date or no implementer has one', () => {
    expect(measureDelays(undefined, ['2024-01-02'])).toBeNull();
    expect(measureDelays('2024-01-01', [undefined])).toBeNull();
  });
});

describe('groupBodiesByLevel', () => {
  it('groups the bodies by level with their canonical names and counts', () => {
    expect(groupBodiesByLevel(listImplementers(root(seedGraph()), { issuerOf }))).toEqual([
      { level: 'tinh', bodies: [{ name: 'Liên đoàn Lao động tỉnh Bình Phước', province: 'Bình Phước', count: 1 }] },
      { level: 'huyen', bodies: [{ name: 'Liên đoàn Lao động huyện Phú Riềng', province: 'Bình Phước', count: 1 }] },
    ]);
  });
});

describe('findProvincesWithout', () => {
  it('keeps the order of the list in force', () => {
    expect(findProvincesWithout(['Lào Cai'], ['Hà Nội', 'Bình Phước', 'Lào Cai'])).toEqual(['Hà Nội', 'Bình Phước']);
  });
});

describe('buildImplementationOverview', () => {
  it('checks the provinces against the list in force at the directive date', () => {
    const overview = buildImplementationOverview(root(seedGraph()), { issuerOf, provincesAt });
    expect(overview.provincesWithout).toEqual({ date: '2023-11-24', inForce: 3, missing: ['Hà Nội', 'Lào Cai'] });
    expect(overview.delays).toEqual({ first: 252, median: 252, over: 2 });
  });

  it('makes no claim about provinces when their list is not known', () => {
    const overview = buildImplementationOverview(root(seedGraph()), { issuerOf, provincesAt: () => [] });
    expect(overview.provincesWithout).toBeNull();
  });

  it('counts every implementer once in levels and in the timeline', () => {
    const overview = buildImplementationOverview(root(seedGraph()), { issuerOf, provincesAt });
    const byLevel = overview.byLevel.reduce((s, l) => s + l.count, 0);
    const inTimeline = overview.timeline.buckets.reduce((s, b) => s + b.total, 0) + overview.timeline.undated;
    expect([byLevel, inTimeline]).toEqual([overview.implementers.length, overview.implementers.length]);
  });
});
