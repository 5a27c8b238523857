/**
 * How kept originals are published under /nguon/ (DESIGN.md: "kept originals are published
 * only as inert downloads"; issue 12, defect 2). A static host picks the Content-Type from the
 * file name's extension, so the name decides what a browser does with the file: only types a
 * browser will not run on the site's origin keep their name; anything else (`.html`, `.svg`,
 * `.xml`, `.js` …) is published as plain text under its name plus `.txt`.
 */

/** Extensions published as themselves, with the type a host should serve them as. */
const INERT_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  txt: 'text/plain; charset=utf-8',
  // Raster scans (issue 16): an image format runs no script; SVG, which can, is not here.
  png: 'image/png',
  jpg: 'image/jpeg',
  tif: 'image/tiff',
};

const PLAIN_TEXT = INERT_TYPES.txt!;

function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/**
 * The path under /nguon/ a kept original is published at: its own for .pdf, .docx, .doc, .txt
 * and the raster scans .png, .jpg, .tif (any letter case), else its own plus ".txt".
 * @example publishedSourcePath('sources/2024/27-kh-ldld.txt') === 'sources/2024/27-kh-ldld.txt'
 * @example publishedSourcePath('sources/2024/x.html') === 'sources/2024/x.html.txt'
 */
export function publishedSourcePath(path: string): string {
  return extensionOf(path) in INERT_TYPES ? path : `${path}.txt`;
}

/**
 * The Content-Type of a published original, from its published path.
 * @example sourceContentType('sources/2024/x.html.txt') === 'text/plain; charset=utf-8'
 */
export function sourceContentType(publishedPath: string): string {
  return INERT_TYPES[extensionOf(publishedPath)] ?? PLAIN_TEXT;
}

/**
 * The file name a browser should save a published original under (the `download` attribute).
 * @example downloadName('sources/2024/x.html.txt') === 'x.html.txt'
 */
export function downloadName(publishedPath: string): string {
  return publishedPath.slice(publishedPath.lastIndexOf('/') + 1);
}
