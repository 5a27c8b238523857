import { describe, expect, it } from 'vitest';
import { sniffBytes } from '../../../src/import/formats/sniff.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('sniffBytes', () => {
  it('recognises binary formats by their magic numbers', () => {
    expect(sniffBytes(bytes('%PDF-1.7\n'))).toEqual('pdf');
    expect(sniffBytes(new Uint8Array([0x50, 0x4b, 3, 4, 0]))).toEqual('zip');
    expect(sniffBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual('ole');
    expect(sniffBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toEqual('png');
    expect(sniffBytes(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toEqual('jpeg');
    expect(sniffBytes(new Uint8Array([0x49, 0x49, 0x2a, 0x00]))).toEqual('tiff');
  });

  it('finds a PDF header after junk bytes, as PDF readers do', () => {
    expect(sniffBytes(bytes('\r\n  %PDF-1.4\n'))).toEqual('pdf');
  });

  it('reads a Word web page saved as .txt as HTML', () => {
    expect(sniffBytes(bytes('<html xmlns:v="urn:schemas-microsoft-com:vml">\n<head>'))).toEqual('html');
    expect(sniffBytes(bytes('\uFEFF<!DOCTYPE html><p>x</p>'))).toEqual('html');
    expect(sniffBytes(bytes('<!-- saved --><html><body>'))).toEqual('html');
  });

  it('leaves text that merely mentions a tag as text', () => {
    expect(sniffBytes(bytes('KẾ HOẠCH\nDùng thẻ <html> trong trang web'))).toEqual('text');
  });

  it('says empty for no bytes', () => {
    expect(sniffBytes(new Uint8Array())).toEqual('empty');
  });
});
