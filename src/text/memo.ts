/**
 * Answers of a pure function kept by a text key, for work a large archive repeats on the same
 * few texts (issuer lines, cited numbers, words). Bounded: past `limit` keys the store is
 * emptied, so a long `astro dev` session or a stream of new texts cannot grow it without end.
 *
 * Pure apart from its own store.
 */

/**
 * A cache of at most `limit` answers: `(key, compute)` returns the kept answer for `key`, or
 * computes, keeps and returns it. Answers may be null (kept too).
 * @example const fold = keptAnswers<string>(1000); fold('Đoàn', () => 'doan') === 'doan'
 */
export function keptAnswers<T>(limit: number): (key: string, compute: () => T) => T {
  const store = new Map<string, T>();
  return (key, compute) => {
    if (store.has(key)) return store.get(key) as T;
    if (store.size >= limit) store.clear();
    const answer = compute();
    store.set(key, answer);
    return answer;
  };
}
