import { describe, expect, it } from 'vitest';
import { quickerStartWait, START_WAIT } from '../../../src/search/build/pagefind-script.ts';

describe('quickerStartWait', () => {
  const script = `async getPtr(){while(this.raw_ptr===null){${START_WAIT}return this.raw_ptr;}async mergeIndex(){while(this.primary.wasm===null){await asyncSleep(50);}}`;

  it("makes the start-up wait of Pagefind's getPtr look every 4 ms", () => {
    const quick = quickerStartWait(script);
    expect(quick).toContain('throw this.initError;}await asyncSleep(4);}');
    expect(quick).not.toContain(START_WAIT);
    // Nothing else changes.
    expect(quick.replace('asyncSleep(4)', 'asyncSleep(50)')).toBe(script);
  });

  it('leaves a script without that wait as it is', () => {
    expect(quickerStartWait('const pagefind_version="9.0.0";')).toBe('const pagefind_version="9.0.0";');
  });
});
