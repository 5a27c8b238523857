/**
 * Optical character recognition with tesseract.js and the Vietnamese model shipped by the npm
 * package @tesseract.js-data/vie. Nothing is downloaded: the model is read from that package's
 * folder and the engine (tesseract.js-core) is loaded from node_modules by the worker; the
 * cache is off so nothing is written next to the caller either.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { createWorker, OEM, type Block, type Worker } from 'tesseract.js';
import { layoutPage, type TextRun } from './pdf-layout.ts';
import {
  dropDoubtfulSerials,
  keptDate,
  keptSerial,
  type DoubtfulSerial,
  type KeptDate,
  type KeptSerial,
} from './ocr-fills.ts';

const require = createRequire(import.meta.url);

/** The folder holding `vie.traineddata.gz` (the LSTM "best_int" model, the one tesseract.js uses by default). */
export function vietnameseModelPath(): string {
  return path.join(path.dirname(require.resolve('@tesseract.js-data/vie/package.json')), '4.0.0_best_int');
}

/** The text of one image and tesseract's mean word confidence (0–100). */
export interface Recognition {
  /** Laid out like a text-layer page (columns apart, wrapped lines re-joined). */
  text: string;
  confidence: number;
  /** Serials left out of `text` because OCR read them with too little confidence. */
  doubtfulSerials: DoubtfulSerial[];
  /** The serial kept in `text` (its digits after "Số" at the start of a line), and where its line is. */
  serial?: KeptSerial;
  /** The first "ngày D tháng M" of the page (the date line of a first page), and where its line is. */
  date?: KeptDate;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)]!;
}

/**
 * Turn tesseract's words into text runs in deskewed page coordinates, so the layout rules of
 * text-layer PDFs (columns, re-joined lines) apply to scans too. Every word of a recognised
 * line gets that line's baseline; the page's skew is the median slope of the baselines.
 */
export function wordsToRuns(blocks: Block[]): TextRun[] {
  const lines = blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
  const slope = median(
    lines
      .filter((l) => l.baseline.x1 > l.baseline.x0)
      .map((l) => (l.baseline.y1 - l.baseline.y0) / (l.baseline.x1 - l.baseline.x0)),
  );
  const runs: TextRun[] = [];
  for (const line of lines) {
    const size = Math.max(1, line.rowAttributes?.rowHeight ?? line.bbox.y1 - line.bbox.y0);
    const baseline = (line.baseline.y0 + line.baseline.y1) / 2 - slope * ((line.baseline.x0 + line.baseline.x1) / 2);
    for (const word of line.words) {
      if (word.text.trim() === '') continue;
      runs.push({ x: word.bbox.x0, y: baseline, width: word.bbox.x1 - word.bbox.x0, size, text: word.text });
    }
  }
  return runs;
}

/** A started OCR engine; reuse it across pages and files, then terminate it. */
export interface OcrEngine {
  recognize(image: Uint8Array): Promise<Recognition>;
  terminate(): Promise<void>;
}

/**
 * Start an OCR engine for Vietnamese, offline.
 * @example const ocr = await createOcrEngine(); const { text } = await ocr.recognize(png); await ocr.terminate();
 */
export async function createOcrEngine(): Promise<OcrEngine> {
  const worker: Worker = await createWorker('vie', OEM.LSTM_ONLY, {
    langPath: vietnameseModelPath(),
    cacheMethod: 'none',
    gzip: true,
    // Without a handler tesseract.js throws a failed job from an event callback, which kills
    // the process; with one, the job's promise rejects and the caller reports the file.
    errorHandler: () => {},
  });
  // Keep the spaces between words as printed (tesseract drops some between Vietnamese syllables otherwise).
  await worker.setParameters({ preserve_interword_spaces: '1' });
  return {
    async recognize(image) {
      const { data } = await worker.recognize(Buffer.from(image), {}, { text: true, blocks: true });
      const lines = (data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
      const doubtfulSerials = dropDoubtfulSerials(lines);
      const serial = keptSerial(lines);
      const date = keptDate(lines);
      const runs = data.blocks ? wordsToRuns(data.blocks) : [];
      const text = runs.length > 0 ? layoutPage(runs).join('\n') : data.text;
      return {
        text: tidyOcrText(text),
        confidence: data.confidence,
        doubtfulSerials,
        ...(serial ? { serial } : {}),
        ...(date ? { date } : {}),
      };
    },
    async terminate() {
      await worker.terminate();
    },
  };
}

/** Tidy OCR text: trailing spaces off, runs of spaces collapsed, at most one blank line. */
export function tidyOcrText(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
