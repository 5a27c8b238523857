import { describe, it, expect } from 'vitest';
import { readCheckSiteOptions } from '../../scripts/check-site.ts';
import { UsageError } from '../../scripts/bench/cli.ts';

describe('readCheckSiteOptions', () => {
  it('reads the folder, the base and the origin', () => {
    expect(readCheckSiteOptions(['out', '--base', '/luu-tru/', '--origin', 'https://example.gov.vn'], {})).toEqual({
      help: false,
      dist: 'out',
      base: '/luu-tru/',
      origin: 'https://example.gov.vn',
    });
  });

  it('defaults to dist, and to the BASE_PATH and SITE_URL the build was given', () => {
    expect(readCheckSiteOptions([], { BASE_PATH: '/kho/', SITE_URL: 'https://a.vn' })).toEqual({
      help: false,
      dist: 'dist',
      base: '/kho/',
      origin: 'https://a.vn',
    });
    expect(readCheckSiteOptions([], {})).toMatchObject({ base: '/', origin: 'http://localhost:4321' });
  });

  it('takes a folder whose name starts with "-" after "--"', () => {
    expect(readCheckSiteOptions(['--', '--dist'], {}).dist).toBe('--dist');
  });

  it('refuses an unknown option and a second folder with a Vietnamese UsageError', () => {
    expect(() => readCheckSiteOptions(['--fix'], {})).toThrow(UsageError);
    expect(() => readCheckSiteOptions(['--fix'], {})).toThrow(/^Không hiểu tùy chọn --fix/);
    expect(() => readCheckSiteOptions(['a', 'b'], {})).toThrow('Chỉ nhận một thư mục, nhưng có 2: a, b.');
  });
});
