import { describe, expect, it } from 'vitest';
import { readInlineManifest } from '../../../src/search/client/search.ts';

const shard = (name: string, pages: number) => ({ name, pages, oldest: name.slice(0, 4) });

describe('readInlineManifest', () => {
  it('reads the manifest the index step wrote into the page', () => {
    const manifest = { version: 1, shards: [shard('2024', 3)] };
    expect(readInlineManifest(JSON.stringify(manifest))).toEqual(manifest);
  });

  it('gives null for an unfilled slot, a missing one, broken JSON or an empty list', () => {
    expect(readInlineManifest('null')).toBeNull();
    expect(readInlineManifest(undefined)).toBeNull();
    expect(readInlineManifest('{"version":1,')).toBeNull();
    expect(readInlineManifest('{"version":1,"shards":[]}')).toBeNull();
  });

  it('reads the head of a large archive, and refuses a size that is not one', () => {
    const head = { version: 1, shards: [shard('2024', 3)], whole: { pages: 900, shards: 4 } };
    expect(readInlineManifest(JSON.stringify(head))).toEqual(head);
    expect(readInlineManifest(JSON.stringify({ ...head, whole: { pages: '900', shards: 4 } }))).toBeNull();
    expect(readInlineManifest(JSON.stringify({ ...head, whole: null }))).toBeNull();
  });
});
