/**
 * HTML character references, decoded: one rule for every reader of built HTML.
 * Browser-safe (no Node APIs).
 */

const NAMED: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'", nbsp: '\u00a0' };

/**
 * Decode numeric (`&#39;`, `&#x27;`) and the common named references; unknown names stay as written.
 * @example decodeEntities('A &amp; B &#x27;C&#39;') === "A & B 'C'"
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[e.toLowerCase()] ?? whole;
  });
}
