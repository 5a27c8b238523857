/**
 * Read the originals of a folder ahead of the importer, in worker threads (read-worker.ts), so
 * that Word and PDF files are read on every core while the importer places and writes them in
 * order. The importer asks for each file in turn; the pool keeps the next files being read. A
 * file the workers leave (plain text, a page that needs OCR, an error) comes back as `null` and
 * the importer reads it itself, so the results and messages are those of a sequential run.
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { OriginalText } from './formats/types.ts';
import type { ReadAnswer, ReadRequest } from './read-worker.ts';

/** The threads to read with by default: one per core, at most four (each holds a PDF engine). */
export const defaultReadThreads = (): number => Math.max(1, Math.min(4, os.availableParallelism()));

interface Deferred {
  promise: Promise<OriginalText | null>;
  resolve: (original: OriginalText | null) => void;
}

function deferred(): Deferred {
  let resolve!: (original: OriginalText | null) => void;
  const promise = new Promise<OriginalText | null>((r) => (resolve = r));
  return { promise, resolve };
}

/** How many files past the one the importer waits for are read ahead (their texts wait in memory). */
const LOOKAHEAD = 16;

export class ReadAhead {
  private readonly files: string[];
  private readonly reads: Array<Deferred | undefined>;
  private readonly workers: Worker[];
  private readonly idle: Worker[] = [];
  private next = 0;
  private asked = 0;

  /** Start `threads` workers over `files`, in the order the importer will ask for them. */
  constructor(files: string[], threads = defaultReadThreads()) {
    this.files = files;
    this.reads = files.map(() => deferred());
    this.workers = Array.from({ length: Math.max(1, threads) }, () => {
      const worker = new Worker(new URL('./read-worker.ts', import.meta.url));
      worker.on('message', (answer: ReadAnswer) => {
        this.reads[answer.id]?.resolve(answer.original);
        this.idle.push(worker);
        this.fill();
      });
      // A worker that fails leaves every file not yet answered to the importer.
      worker.on('error', () => this.release());
      return worker;
    });
    this.idle.push(...this.workers);
    this.fill();
  }

  /** Hand each idle worker the next file. */
  private fill(): void {
    while (this.idle.length > 0 && this.next < Math.min(this.files.length, this.asked + LOOKAHEAD)) {
      const id = this.next++;
      const file = this.files[id]!;
      this.idle.pop()!.postMessage({ id, path: file, name: path.basename(file) } satisfies ReadRequest);
    }
  }

  /** Answer every read not yet answered with null (a promise resolves once: answered ones keep theirs). */
  private release(): void {
    this.next = this.files.length;
    for (const read of this.reads) read?.resolve(null);
  }

  /** The original of `files[index]` as read ahead, or null for the importer to read itself. */
  get(index: number): Promise<OriginalText | null> {
    const read = this.reads[index];
    // Forget the text once it is answered: the importer holds it from here.
    void read?.promise.then(() => (this.reads[index] = undefined));
    this.asked = Math.max(this.asked, index + 1);
    this.fill();
    return read?.promise ?? Promise.resolve(null);
  }

  async close(): Promise<void> {
    this.release();
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
