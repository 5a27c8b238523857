/**
 * The timeline of an implementation as an SVG drawn at build time (issue 17): no charting
 * script in the browser. Bars are stacked by level, each level with its own fill pattern, and
 * every bar carries its count as text, so the chart reads without colour; everything is drawn
 * in `currentColor`, so it follows the page's light or dark colours. Presentation attributes
 * only: the Content-Security-Policy (src/render/csp.ts) forbids inline `style`.
 */
import { LEVEL_ORDER, type LevelKey } from '../archive/overview/issuer-info.ts';
import type { Timeline } from '../archive/overview/timeline.ts';
import { escapeXml } from './atom.ts';

/** Bar width and step, in SVG units (CSS pixels at scale 1). */
const BAR = 24;
const STEP = 34;
const PAD = 8;
/** Height of the tallest bar; room above for its count, below for two lines of labels. */
const PLOT = 120;
const TOP = 18;
const BOTTOM = 34;

/** The pattern id of a level, shared by the chart and the legend swatches. */
export const patternId = (level: LevelKey): string => `mau-${level}`;

/** One pattern per level: solid, diagonal lines, dots, crossed lines, and empty for unknown. */
const PATTERNS: Record<LevelKey, string> = {
  'trung-uong': '<rect width="6" height="6" fill="currentColor"/>',
  tinh: '<path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke="currentColor" stroke-width="1.5"/>',
  huyen: '<circle cx="3" cy="3" r="1.3" fill="currentColor"/>',
  xa: '<path d="M0,3 h6 M3,0 v6" stroke="currentColor" stroke-width="1.2"/>',
  'khong-ro': '',
};

/**
 * The `<defs>` with one pattern per level, for the chart and the legend.
 * @example patternDefs().includes('id="mau-tinh"')
 */
export function patternDefs(): string {
  const patterns = LEVEL_ORDER.map(
    (level) =>
      `<pattern id="${patternId(level)}" width="6" height="6" patternUnits="userSpaceOnUse">${PATTERNS[level]}</pattern>`,
  );
  return `<defs>${patterns.join('')}</defs>`;
}

/** The two label lines under a bar: month number and, at the first bar and each January, the year. */
function bucketLabels(key: string, index: number, unit: Timeline['unit']): [string, string] {
  if (unit === 'year') return [key, ''];
  const [year, month] = key.split('-') as [string, string];
  return [String(Number(month)), index === 0 || month === '01' ? year : ''];
}

/**
 * Draw a timeline as an SVG element (a string of markup, every text escaped).
 * @example renderTimelineSvg(timeline, { title: 'Số văn bản theo tháng' }).startsWith('<svg')
 */
export function renderTimelineSvg(timeline: Timeline, { title }: { title: string }): string {
  const n = timeline.buckets.length;
  const width = PAD * 2 + Math.max(n, 1) * STEP;
  const height = TOP + PLOT + BOTTOM;
  const max = Math.max(1, ...timeline.buckets.map((b) => b.total));
  const scale = PLOT / max;
  const bars = timeline.buckets.map((bucket, i) => {
    const x = PAD + i * STEP + (STEP - BAR) / 2;
    let y = TOP + PLOT;
    const segments = LEVEL_ORDER.filter((level) => bucket.counts[level] > 0).map((level) => {
      const h = bucket.counts[level] * scale;
      y -= h;
      return `<rect x="${x}" y="${y.toFixed(1)}" width="${BAR}" height="${h.toFixed(1)}" fill="url(#${patternId(level)})" stroke="currentColor"/>`;
    });
    const [line1, line2] = bucketLabels(bucket.key, i, timeline.unit);
    const cx = x + BAR / 2;
    const count =
      bucket.total > 0
        ? `<text x="${cx}" y="${(y - 4).toFixed(1)}" text-anchor="middle" font-size="11">${bucket.total}</text>`
        : '';
    const labels =
      `<text x="${cx}" y="${TOP + PLOT + 14}" text-anchor="middle" font-size="11">${escapeXml(line1)}</text>` +
      (line2
        ? `<text x="${cx}" y="${TOP + PLOT + 28}" text-anchor="middle" font-size="11">${escapeXml(line2)}</text>`
        : '');
    return `<g>${segments.join('')}${count}${labels}</g>`;
  });
  const axis = `<line x1="${PAD}" y1="${TOP + PLOT}" x2="${width - PAD}" y2="${TOP + PLOT}" stroke="currentColor"/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" fill="currentColor" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-labelledby="bieu-do-tieu-de">` +
    `<title id="bieu-do-tieu-de">${escapeXml(title)}</title>${patternDefs()}${axis}${bars.join('')}</svg>`
  );
}

/**
 * A legend swatch: a small square in a level's pattern (the patterns are the chart's).
 * @example legendSwatch('tinh').includes('url(#mau-tinh)')
 */
export function legendSwatch(level: LevelKey): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><rect x="0.5" y="0.5" width="15" height="15" fill="url(#${patternId(level)})" stroke="currentColor"/></svg>`;
}

/**
 * A bucket's key as a reader writes it: "8/2024" for a month, "2024" for a year.
 * @example formatBucket('2024-08') === '8/2024'
 */
export function formatBucket(key: string): string {
  const [year, month] = key.split('-');
  return month ? `${Number(month)}/${year}` : key;
}
