/**
 * The incremental benchmark's command line (scripts/bench/incremental.ts); the benchmark
 * itself builds archives and is run by hand, not as a test.
 */
import { describe, it, expect } from 'vitest';
import { readIncrementalOptions } from '../../scripts/bench/incremental.ts';

describe('readIncrementalOptions', () => {
  it('runs every scenario three times by default', () => {
    const options = readIncrementalOptions(['--docs', '1000']);
    expect([options.docs, options.runs, options.scenarios]).toEqual([1000, 3, ['add', 'body', 'title']]);
  });

  it('takes a list of scenarios', () => {
    expect(readIncrementalOptions(['--docs', '10', '--scenarios', 'add,title']).scenarios).toEqual(['add', 'title']);
  });

  it('measures the full build only when the list of scenarios is empty', () => {
    expect(readIncrementalOptions(['--docs', '10', '--scenarios', '', '--jobs', '1'])).toMatchObject({
      scenarios: [],
      jobs: 1,
    });
  });

  it('refuses an unknown scenario, naming the known ones', () => {
    expect(() => readIncrementalOptions(['--docs', '10', '--scenarios', 'add,xoa'])).toThrow(
      'Không có tình huống "xoa" (chọn trong: add, body, title).',
    );
  });

  it('refuses a missing --docs and an unknown option', () => {
    expect(() => readIncrementalOptions([])).toThrow(/Thiếu --docs/);
    expect(() => readIncrementalOptions(['--docs', '1', '--rebuild'])).toThrow(/Không hiểu tùy chọn --rebuild/);
  });
});
