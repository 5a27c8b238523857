import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isPageRecord, pageFile, parseRecords, readDocumentPages } from '../../../src/search/build/records.ts';
import { RECORDS_FILE, type PageRecord } from '../../../src/search/contract.ts';

const record: PageRecord = {
  url: 'van-ban/2019/44-kh-ubnd/',
  date: '2019-05-02',
  meta: { key: '44/KH-UBND', title: 'Về chuyển đổi số' },
  filters: { loai: 'Kế hoạch', 'co-quan': 'UBND tỉnh', nam: '2019' },
};

describe('isPageRecord', () => {
  it('accepts a record as the endpoint writes it', () => {
    expect(isPageRecord(record)).toBe(true);
  });

  it('refuses a record missing a filter, with a non-string value, or not an object', () => {
    expect(isPageRecord({ ...record, filters: { loai: 'Kế hoạch', nam: '2019' } })).toBe(false);
    expect(isPageRecord({ ...record, meta: { key: 44 } })).toBe(false);
    expect(isPageRecord(null)).toBe(false);
    expect(isPageRecord([record])).toBe(false);
  });
});

describe('pageFile', () => {
  it('gives the HTML file of a directory-style URL', () => {
    expect(pageFile('van-ban/2019/44-kh-ubnd/')).toBe('van-ban/2019/44-kh-ubnd/index.html');
  });
});

describe('parseRecords', () => {
  it('reads an array of records', () => {
    expect(parseRecords(JSON.stringify([record]), 'ban-ghi.json')).toEqual([record]);
  });

  it('names the file and the problem for bad JSON, a non-array or a bad record', () => {
    expect(() => parseRecords('{', 'dist/ban-ghi.json')).toThrow(/dist\/ban-ghi\.json: không phải JSON hợp lệ/);
    expect(() => parseRecords('{}', 'dist/ban-ghi.json')).toThrow(/dist\/ban-ghi\.json: cần một mảng/);
    expect(() => parseRecords(JSON.stringify([record, { url: 'x' }]), 'dist/ban-ghi.json')).toThrow(/bản ghi thứ 2/);
  });
});

describe('readDocumentPages', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'records-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  mkdirSync(path.join(dist, 'tim-kiem'), { recursive: true });
  mkdirSync(path.join(dist, record.url), { recursive: true });
  writeFileSync(path.join(dist, pageFile(record.url)), '<html></html>');

  it('joins each record to its page file and the file content hash', () => {
    writeFileSync(path.join(dist, RECORDS_FILE), JSON.stringify([record]));
    const hash = createHash('sha1').update('<html></html>').digest('hex');
    expect(readDocumentPages(dist)).toEqual([{ ...record, file: 'van-ban/2019/44-kh-ubnd/index.html', hash }]);
  });

  it('names a record whose page is missing', () => {
    writeFileSync(path.join(dist, RECORDS_FILE), JSON.stringify([{ ...record, url: 'van-ban/2020/mat/' }]));
    expect(() => readDocumentPages(dist)).toThrow(/van-ban\/2020\/mat\/index\.html/);
  });
});
