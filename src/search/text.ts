/**
 * Text of search results: our number tokens kept out of excerpts. (The spellings a query asks
 * for are in d-words.ts, how a page matches it in match.ts.)
 *
 * Pure: runs in the browser and in unit tests.
 */
/**
 * Remove our number tokens (`vb43nqtw`) from an excerpt: they live in metadata, but keep any
 * that might reach text out of sight.
 * @example stripTokens('Kế hoạch vb27khldld thực hiện') === 'Kế hoạch thực hiện'
 */
export function stripTokens(text: string): string {
  return text.replace(/\s*\bvb\d[0-9a-z]*\b/g, '');
}
