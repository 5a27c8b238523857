import { describe, it, expect } from 'vitest';
import { buildTimeline } from '../../src/archive/overview/timeline.ts';
import { legendSwatch, patternDefs, renderTimelineSvg } from '../../src/render/timeline-svg.ts';

const timeline = buildTimeline([
  { date: '2024-08-02', level: 'tinh' },
  { date: '2024-08-08', level: 'huyen' },
  { date: '2024-10-01', level: 'huyen' },
]);

describe('renderTimelineSvg', () => {
  const svg = renderTimelineSvg(timeline, { title: 'Văn bản <thực hiện> theo tháng' });

  it('writes each bar’s count and the month under it, the year at the first bar', () => {
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toEqual(['2', '8', '2024', '9', '1', '10']);
  });

  it('draws text and lines in the text colour, so they follow dark mode', () => {
    expect(svg).toMatch(/^<svg [^>]*fill="currentColor"/);
  });

  it('fills each level with its own pattern, so it reads without colour', () => {
    expect(svg).toContain('fill="url(#mau-tinh)"');
    expect(svg).toContain('fill="url(#mau-huyen)"');
  });

  it('has an accessible name, escaped, and no inline style the CSP would block', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="bieu-do-tieu-de"/);
    expect(svg).toContain('<title id="bieu-do-tieu-de">Văn bản &lt;thực hiện&gt; theo tháng</title>');
    expect(svg).not.toMatch(/style=/);
  });
});

describe('patternDefs', () => {
  it('defines one pattern per level', () => {
    expect([...patternDefs().matchAll(/<pattern id="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'mau-trung-uong',
      'mau-tinh',
      'mau-huyen',
      'mau-xa',
      'mau-khong-ro',
    ]);
  });
});

describe('legendSwatch', () => {
  it('draws a square in the level’s pattern, hidden from screen readers', () => {
    expect(legendSwatch('xa')).toMatch(/aria-hidden="true".*url\(#mau-xa\)/);
  });
});
