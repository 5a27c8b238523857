/**
 * The implementation overview of a directive (issue 17): who has implemented it, where and
 * when, and which provinces have not yet. Computed from the same implementation tree the page
 * lists below it, so every number on the page can be checked against the tree.
 */
import { implementationTree, type GraphNode } from '../graph.ts';
import { LEVEL_ORDER, levelKeyOf, type IssuerInfo, type IssuerLookup, type LevelKey } from './issuer-info.ts';
import { buildTimeline, type Timeline } from './timeline.ts';

/** One implementing document with its place in the tree and its issuer. */
export interface Implementer {
  node: GraphNode;
  /** 1 for a direct implementer, 2 for one that implements a direct implementer, … */
  depth: number;
  issuer: IssuerInfo | null;
  level: LevelKey;
}

/** A body that has issued at least one implementing document. */
export interface ImplementingBody {
  name: string;
  province?: string;
  count: number;
}

/** Days from the directive's date to its implementing documents. */
export interface Delays {
  /** To the first implementing document. */
  first: number;
  /** To the median one (the lower middle of an even count: a real document). */
  median: number;
  /** How many dated documents the figures are over. */
  over: number;
}

export interface ImplementationOverview {
  /** Every implementing document, in the order of the tree (level by level, newest first). */
  implementers: Implementer[];
  byLevel: Array<{ level: LevelKey; count: number }>;
  byProvince: Array<{ province: string; count: number }>;
  timeline: Timeline;
  /** Null when the directive or every implementer lacks a date. */
  delays: Delays | null;
  /** Bodies by level, levels from the centre down, bodies by province then name. */
  bodies: Array<{ level: LevelKey; bodies: ImplementingBody[] }>;
  /** Provinces in force at the directive's date with no implementing document; null without a date. */
  provincesWithout: { date: string; inForce: number; missing: string[] } | null;
}

export interface OverviewOptions {
  issuerOf: IssuerLookup;
  /** Names of the provinces in force on an ISO date (63 before 1 July 2025, 34 from then); [] when unknown. */
  provincesAt: (isoDate: string) => string[];
}

const byName = (a: string, b: string) => a.localeCompare(b, 'vi');

/**
 * The implementers of a node, flattened from its implementation tree with their issuers.
 * @example listImplementers(nq43, { issuerOf }).map((i) => [i.node.number, i.depth])
 *   // [['79/KH-LĐLD', 1], ['27 /KH-LĐLD', 2]]
 */
export function listImplementers(root: GraphNode, { issuerOf }: Pick<OverviewOptions, 'issuerOf'>): Implementer[] {
  return implementationTree(root).flatMap((level, i) =>
    level.map((node) => {
      const issuer = issuerOf(node);
      return { node, depth: i + 1, issuer, level: levelKeyOf(issuer) };
    }),
  );
}

/**
 * Count implementers by level, in LEVEL_ORDER, levels with none left out.
 * @example countByLevel(implementers) // [{ level: 'tinh', count: 1 }, { level: 'huyen', count: 1 }]
 */
export function countByLevel(implementers: Implementer[]): Array<{ level: LevelKey; count: number }> {
  return LEVEL_ORDER.map((level) => ({ level, count: implementers.filter((i) => i.level === level).length })).filter(
    (c) => c.count > 0,
  );
}

/**
 * Count implementers by province, most first then by name; documents of no province left out.
 * @example countByProvince(implementers) // [{ province: 'Bình Phước', count: 2 }]
 */
export function countByProvince(implementers: Implementer[]): Array<{ province: string; count: number }> {
  const counts = new Map<string, number>();
  for (const { issuer } of implementers) {
    if (issuer?.province) counts.set(issuer.province, (counts.get(issuer.province) ?? 0) + 1);
  }
  return [...counts]
    .map(([province, count]) => ({ province, count }))
    .sort((a, b) => b.count - a.count || byName(a.province, b.province));
}

/**
 * Whole days from one ISO date to another (negative when `to` is earlier).
 * @example daysBetween('2023-11-24', '2024-08-02') === 252
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Days from a directive's date to the first and the median implementing document. Dates
 * before the directive's are misreadings (nothing implements what does not exist yet) and are
 * left out rather than shown as negative delays.
 * @example measureDelays('2023-11-24', ['2024-08-08', '2024-08-02']) // { first: 252, median: 252, over: 2 }
 */
export function measureDelays(directiveDate: string | undefined, dates: Array<string | undefined>): Delays | null {
  if (!directiveDate) return null;
  const days = dates
    .filter((d): d is string => Boolean(d))
    .map((d) => daysBetween(directiveDate, d))
    .filter((n) => n >= 0)
    .sort((a, b) => a - b);
  if (days.length === 0) return null;
  return { first: days[0]!, median: days[(days.length - 1) >> 1]!, over: days.length };
}

/**
 * The bodies that have issued implementing documents, grouped by level.
 * @example groupBodiesByLevel(implementers)[0] // { level: 'tinh', bodies: [{ name: 'Liên đoàn …', province: 'Bình Phước', count: 1 }] }
 */
export function groupBodiesByLevel(implementers: Implementer[]): ImplementationOverview['bodies'] {
  const groups = new Map<LevelKey, Map<string, ImplementingBody>>();
  for (const { issuer, level } of implementers) {
    const name = issuer?.name ?? '';
    let bodies = groups.get(level);
    if (!bodies) groups.set(level, (bodies = new Map<string, ImplementingBody>()));
    const body = bodies.get(name) ?? { name, province: issuer?.province, count: 0 };
    body.count++;
    bodies.set(name, body);
  }
  return LEVEL_ORDER.filter((level) => groups.has(level)).map((level) => ({
    level,
    bodies: [...groups.get(level)!.values()].sort(
      (a, b) => byName(a.province ?? '', b.province ?? '') || byName(a.name, b.name),
    ),
  }));
}

/**
 * The provinces in force on a date that no implementer belongs to, in the list's order.
 * @example findProvincesWithout(['Bình Phước'], ['Hà Nội', 'Bình Phước']) // ['Hà Nội']
 */
export function findProvincesWithout(covered: Iterable<string>, inForce: string[]): string[] {
  const have = new Set(covered);
  return inForce.filter((p) => !have.has(p));
}

/**
 * The whole overview of a directive.
 * @example buildImplementationOverview(nq43, { issuerOf, provincesAt }).byLevel.length === 2
 */
export function buildImplementationOverview(root: GraphNode, options: OverviewOptions): ImplementationOverview {
  const implementers = listImplementers(root, options);
  const byProvince = countByProvince(implementers);
  // An empty list means the list of provinces is not known: no claim of "none yet" then.
  const inForce = root.date ? options.provincesAt(root.date) : [];
  return {
    implementers,
    byLevel: countByLevel(implementers),
    byProvince,
    timeline: buildTimeline(implementers.map((i) => ({ date: i.node.date, level: i.level }))),
    delays: measureDelays(
      root.date,
      implementers.map((i) => i.node.date),
    ),
    bodies: groupBodiesByLevel(implementers),
    provincesWithout:
      root.date && inForce.length > 0
        ? {
            date: root.date,
            inForce: inForce.length,
            missing: findProvincesWithout(
              byProvince.map((p) => p.province),
              inForce,
            ),
          }
        : null,
  };
}
