/**
 * Read an HTML original (a Word "Save as Web Page" export, often windows-1258 or windows-1252
 * with numeric entities): decode the bytes by the charset the file declares, then convert.
 */
import iconv from 'iconv-lite';
import { htmlToMarkdown } from './html-to-markdown.ts';

/** The charset an HTML file declares in its first bytes (`<meta charset>` or http-equiv), if any. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decode HTML bytes to a string: a BOM wins, then the declared charset (when iconv-lite knows
 * it), then UTF-8 if valid, else windows-1258 (the Vietnamese ANSI page Word uses by default).
 * @example decodeHtml(new TextEncoder().encode('<meta charset="utf-8"><p>Kế hoạch</p>')).text.includes('Kế hoạch')
 */
export function decodeHtml(bytes: Uint8Array): { text: string; charset: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), charset: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), charset: 'utf-16be' };
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8' && declared !== 'utf8' && iconv.encodingExists(declared)) {
    return { text: iconv.decode(Buffer.from(bytes), declared), charset: declared };
  }
  if (isValidUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8' };
  return { text: iconv.decode(Buffer.from(bytes), 'windows-1258'), charset: 'windows-1258' };
}

/** Read HTML bytes to Markdown-ish text (NFC: windows-1258 spells tones as combining marks). */
export function readHtml(bytes: Uint8Array): string {
  return htmlToMarkdown(decodeHtml(bytes).text).normalize('NFC');
}
