/**
 * The document pages of a built site, read from the page records the build writes
 * (contract.ts RECORDS_FILE) rather than from the HTML: each record names its page, its sort
 * date, metadata and filters. A page's content hash lets an unchanged shard be reused: the
 * build manifest's digest of the page's inputs where the site was built by scripts/build.ts
 * (same inputs and same code give the same page, src/build/page-inputs.ts), so the pages are
 * not read; the hash of the file's bytes otherwise.
 *
 * Node only (reads files).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FILTER_NAMES, RECORDS_FILE, type PageRecord } from '../contract.ts';

/** A document page ready for indexing. */
export interface DocumentPage extends PageRecord {
  /** Path of the HTML file inside dist/, e.g. "van-ban/2019/44-kh-ubnd/index.html". */
  file: string;
  /** The page's digest in the build manifest, or the SHA-1 of the file's bytes. */
  hash: string;
}

const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((v) => typeof v === 'string');

/**
 * Is this one page record as the endpoint writes it?
 * @example isPageRecord({ url: 'van-ban/2019/a/', date: '', meta: {}, filters: { loai: 'Kế hoạch', 'co-quan': 'X', nam: '2019' } }) === true
 */
export function isPageRecord(value: unknown): value is PageRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r['url'] === 'string' &&
    typeof r['date'] === 'string' &&
    isStringRecord(r['meta']) &&
    isStringRecord(r['filters']) &&
    FILTER_NAMES.every((f) => typeof (r['filters'] as Record<string, string>)[f] === 'string')
  );
}

/**
 * The HTML file of a page URL under the site's base (directory format: "…/index.html").
 * @example pageFile('van-ban/2019/a/') === 'van-ban/2019/a/index.html'
 */
export function pageFile(url: string): string {
  return `${url}index.html`;
}

/**
 * Parse the page records file; a clear Vietnamese error names the file and the first bad record.
 * @example parseRecords('[]', 'dist/tim-kiem/ban-ghi.json') // []
 */
export function parseRecords(json: string, where: string): PageRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`${where}: không phải JSON hợp lệ (${(error as Error).message})`, { cause: error });
  }
  if (!Array.isArray(data)) throw new Error(`${where}: cần một mảng bản ghi trang`);
  const bad = data.findIndex((r) => !isPageRecord(r));
  if (bad >= 0) throw new Error(`${where}: bản ghi thứ ${bad + 1} thiếu url, date, meta hoặc filters`);
  return data as PageRecord[];
}

/**
 * Every document page of a built site, from its page records; a missing page is an error.
 * `digests` gives pages' content hashes already known (the build manifest's), by file.
 */
export function readDocumentPages(dist: string, digests: ReadonlyMap<string, string> = new Map()): DocumentPage[] {
  const recordsPath = path.join(dist, RECORDS_FILE);
  if (!existsSync(recordsPath))
    throw new Error(`Không có tệp bản ghi trang ${recordsPath} (hãy chạy astro build trước)`);
  return parseRecords(readFileSync(recordsPath, 'utf8'), recordsPath).map((record) => {
    const file = pageFile(record.url);
    const full = path.join(dist, file);
    if (!existsSync(full)) throw new Error(`${recordsPath}: trang ${file} không có trong ${dist}`);
    const hash = digests.get(file) ?? createHash('sha1').update(readFileSync(full)).digest('hex');
    return { ...record, file, hash };
  });
}
