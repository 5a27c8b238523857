import { describe, it, expect } from 'vitest';
import { buildTimeline, MAX_MONTHS } from '../../../src/archive/overview/timeline.ts';

describe('buildTimeline', () => {
  it('buckets by month with empty months kept, across a new year', () => {
    const t = buildTimeline([
      { date: '2024-11-30', level: 'tinh' },
      { date: '2025-01-02', level: 'huyen' },
      { date: '2025-01-20', level: 'huyen' },
    ]);
    expect(t.unit).toEqual('month');
    expect(t.buckets.map((b) => [b.key, b.total, b.counts.huyen])).toEqual([
      ['2024-11', 1, 0],
      ['2024-12', 0, 0],
      ['2025-01', 2, 2],
    ]);
  });

  it('counts documents without a date apart', () => {
    const t = buildTimeline([
      { date: null, level: 'xa' },
      { date: '2024-08-08', level: 'huyen' },
    ]);
    expect([t.undated, t.buckets.length]).toEqual([1, 1]);
  });

  it('draws by year past MAX_MONTHS months, and by month at exactly MAX_MONTHS', () => {
    const at = buildTimeline([
      { date: '2020-01-01', level: 'tinh' },
      { date: '2023-12-31', level: 'tinh' },
    ]);
    expect([at.unit, at.buckets.length]).toEqual(['month', MAX_MONTHS]);
    const past = buildTimeline([
      { date: '2020-01-01', level: 'tinh' },
      { date: '2024-01-01', level: 'tinh' },
    ]);
    expect([past.unit, past.buckets.map((b) => b.key)]).toEqual(['year', ['2020', '2021', '2022', '2023', '2024']]);
  });

  it('gives no bars when nothing is dated', () => {
    expect(buildTimeline([{ date: undefined, level: 'khong-ro' }])).toEqual({ unit: 'month', buckets: [], undated: 1 });
  });
});
