import { describe, it, expect } from 'vitest';
import { downloadName, publishedSourcePath, sourceContentType } from '../../src/render/sources.ts';

describe('publishedSourcePath', () => {
  it('publishes .pdf, .docx, .doc and .txt originals under their own name, in any letter case', () => {
    for (const p of [
      'sources/2024/27-kh-ldld.txt',
      'sources/a.pdf',
      'sources/a.docx',
      'sources/a.doc',
      'sources/A.PDF',
      'sources/b.Txt',
    ]) {
      expect(publishedSourcePath(p), p).toEqual(p);
    }
  });

  it('publishes raster scans as images (they run nothing), never SVG', () => {
    for (const [p, type] of [
      ['sources/2024/scan.png', 'image/png'],
      ['sources/2024/scan.JPG', 'image/jpeg'],
      ['sources/2024/scan.tif', 'image/tiff'],
    ] as const) {
      expect([publishedSourcePath(p), sourceContentType(p)], p).toEqual([p, type]);
    }
    expect(publishedSourcePath('sources/2024/scan.svg')).toEqual('sources/2024/scan.svg.txt');
  });

  it('publishes every other original as text, under its name plus .txt', () => {
    for (const p of [
      'sources/x.html',
      'sources/x.htm',
      'sources/x.svg',
      'sources/x.xhtml',
      'sources/x.js',
      'sources/x.md',
      'sources/x.xml',
    ]) {
      expect(publishedSourcePath(p), p).toEqual(`${p}.txt`);
    }
  });

  it('publishes an original without an extension, or named like one, as text', () => {
    expect(publishedSourcePath('sources/README')).toEqual('sources/README.txt');
    expect(publishedSourcePath('sources/.txt')).toEqual('sources/.txt.txt');
    expect(publishedSourcePath('sources/pdf')).toEqual('sources/pdf.txt');
  });

  it('reads the extension of the file name, not of a folder', () => {
    expect(publishedSourcePath('sources/a.pdf/x')).toEqual('sources/a.pdf/x.txt');
  });
});

describe('sourceContentType', () => {
  it('gives each published extension its type', () => {
    expect(sourceContentType('a.pdf')).toEqual('application/pdf');
    expect(sourceContentType('a.docx')).toEqual(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(sourceContentType('a.doc')).toEqual('application/msword');
    expect(sourceContentType('a.txt')).toEqual('text/plain; charset=utf-8');
    expect(sourceContentType('x.html.txt')).toEqual('text/plain; charset=utf-8');
  });

  it('never gives a type a browser would run', () => {
    expect(sourceContentType(publishedSourcePath('x.svg'))).toEqual('text/plain; charset=utf-8');
    expect(sourceContentType(publishedSourcePath('x.html'))).toEqual('text/plain; charset=utf-8');
  });
});

describe('downloadName', () => {
  it('is the published file name', () => {
    expect(downloadName('sources/2024/x.html.txt')).toEqual('x.html.txt');
    expect(downloadName('a.pdf')).toEqual('a.pdf');
  });
});
