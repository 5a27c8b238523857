/**
 * Recognise an original by its first bytes (magic numbers) and, for text, by sniffing for HTML:
 * a Word "Save as Web Page" export renamed to .txt is still HTML.
 */

/** What the bytes are, before any reading. */
export type SniffedKind =
  'pdf' | 'zip' | 'ole' | 'png' | 'jpeg' | 'tiff' | 'webp' | 'bmp' | 'gif' | 'rtf' | 'html' | 'text' | 'empty';

const MAGIC: Array<{ bytes: number[]; kind: SniffedKind }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'pdf' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'zip' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], kind: 'zip' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'ole' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], kind: 'png' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'jpeg' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], kind: 'tiff' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], kind: 'tiff' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'gif' },
  { bytes: [0x42, 0x4d], kind: 'bmp' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], kind: 'rtf' },
];

function startsWith(bytes: Uint8Array, prefix: number[], at = 0): boolean {
  return at + prefix.length <= bytes.length && prefix.every((b, i) => bytes[at + i] === b);
}

/** Tags that only HTML documents open with (after an optional BOM, whitespace, XML prolog or comments). */
const HTML_START = /^(?:\s|<\?xml[^>]*>|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s)/i;

/**
 * Say what kind of file the bytes are. A PDF may start after a few junk bytes (the PDF spec lets
 * readers look in the first 1024), so the header is searched there.
 * @example sniffBytes(new TextEncoder().encode('<html><body>x</body></html>')) // 'html'
 */
export function sniffBytes(bytes: Uint8Array): SniffedKind {
  if (bytes.length === 0) return 'empty';
  for (const magic of MAGIC) if (startsWith(bytes, magic.bytes)) return magic.kind;
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  const text = head.replace(/^\uFEFF|^ï»¿|^þÿ|^ÿþ/, '').replace(/\0/g, '');
  return HTML_START.test(text) ? 'html' : 'text';
}
