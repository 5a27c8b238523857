/** A bounded cache of a pure function's answers (src/text/memo.ts). */
import { describe, it, expect } from 'vitest';
import { keptAnswers } from '../../src/text/memo.ts';

describe('keptAnswers', () => {
  it('computes an answer once per key and keeps null answers too', () => {
    const answers = keptAnswers<string | null>(10);
    let calls = 0;
    const ask = (key: string) => answers(key, () => (calls++, key === 'x' ? null : key.toUpperCase()));
    expect([ask('a'), ask('a'), ask('x'), ask('x')]).toEqual(['A', 'A', null, null]);
    expect(calls).toBe(2);
  });

  it('empties its store past the limit, then computes again', () => {
    const answers = keptAnswers<number>(2);
    let calls = 0;
    const ask = (key: string) => answers(key, () => ++calls);
    ask('a');
    ask('b');
    ask('c'); // the store was full: emptied, then c kept
    expect(ask('a')).toBe(4);
    expect(calls).toBe(4);
  });
});
