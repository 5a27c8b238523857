/**
 * A worker thread of the read-ahead pool (read-ahead.ts): reads one original at a time, without
 * OCR. A file that is plain text (read by the importer itself), needs OCR, or cannot be read is
 * answered with `null`, and the importer reads it in the main thread with its OCR engine and its
 * own error messages.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { readOriginal } from './formats/index.ts';
import { sniffBytes } from './formats/sniff.ts';
import type { OriginalText } from './formats/types.ts';

/** What the pool asks: read the file at `path`, named `name` in messages; `id` comes back with the answer. */
export interface ReadRequest {
  id: number;
  path: string;
  name: string;
}
export interface ReadAnswer {
  id: number;
  original: OriginalText | null;
}

/** OCR is the main thread's (one engine per run, its memory bounded): a page that needs it ends the read here. */
const noOcr = {
  recognize: () => Promise.reject(new Error('OCR in the main thread')),
  terminate: () => Promise.resolve(),
};

async function read(path: string, name: string): Promise<OriginalText | null> {
  try {
    const bytes = readFileSync(path);
    const kind = sniffBytes(bytes);
    if (kind === 'text' || kind === 'empty') return null;
    return await readOriginal(bytes, name, { ocr: noOcr });
  } catch {
    return null;
  }
}

parentPort?.on('message', (request: ReadRequest) => {
  void read(request.path, request.name).then((original) =>
    parentPort!.postMessage({ id: request.id, original } satisfies ReadAnswer),
  );
});
